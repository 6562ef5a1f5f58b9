import articles from './0001_articles';

/** Every migration in order; the id is the schema version it brings the library to. */
export const migrations: { id: number; name: string; sql: string }[] = [{ id: 1, name: 'articles', sql: articles }];
