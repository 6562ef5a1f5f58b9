import articles from './0001_articles';
import readerState from './0002_reader_state';
import annotations from './0003_annotations';
import search from './0004_search';

/** Every migration in order; the id is the schema version it brings the library to. */
export const migrations: { id: number; name: string; sql: string }[] = [
  { id: 1, name: 'articles', sql: articles },
  { id: 2, name: 'reader_state', sql: readerState },
  { id: 3, name: 'annotations', sql: annotations },
  { id: 4, name: 'search', sql: search },
];
