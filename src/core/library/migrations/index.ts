import articles from './0001_articles';
import readerState from './0002_reader_state';
import annotations from './0003_annotations';
import search from './0004_search';
import searchChars from './0005_search_chars';
import packedContent from './0006_packed_content';
import claims from './0007_claims';
import globalIds from './0008_global_ids';
import library from './0009_library';
import merges from './0010_merges';
import bandsInMemory from './0011_bands_in_memory';
import liveArticles from './0012_live_articles';
import notedHighlights from './0013_noted_highlights';

/** Every migration in order; the id is the schema version it brings the library to. */
export const migrations: { id: number; name: string; sql: string }[] = [
  { id: 1, name: 'articles', sql: articles },
  { id: 2, name: 'reader_state', sql: readerState },
  { id: 3, name: 'annotations', sql: annotations },
  { id: 4, name: 'search', sql: search },
  { id: 5, name: 'search_chars', sql: searchChars },
  { id: 6, name: 'packed_content', sql: packedContent },
  { id: 7, name: 'claims', sql: claims },
  { id: 8, name: 'global_ids', sql: globalIds },
  { id: 9, name: 'library', sql: library },
  { id: 10, name: 'merges', sql: merges },
  { id: 11, name: 'bands_in_memory', sql: bandsInMemory },
  { id: 12, name: 'live_articles', sql: liveArticles },
  { id: 13, name: 'noted_highlights', sql: notedHighlights },
];
