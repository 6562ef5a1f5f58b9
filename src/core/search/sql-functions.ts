// The SQL functions the search index's triggers call (migration 0004). Every connection
// that writes to a library registers them before anything else runs.
import type Database from 'better-sqlite3';
import { fold } from './fold';
import { HighlightArticles } from './items';
import { indexTokens } from './tokens';

const caches = new WeakMap<Database.Database, HighlightArticles>();

/** The connection's highlight → article cache (see HighlightArticles). */
export function highlightArticles(db: Database.Database): HighlightArticles {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new HighlightArticles(db)));
  return cache;
}

export function registerSearchFunctions(db: Database.Database): void {
  db.function('gloss_tokens', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? indexTokens(fold(text)) : ''));
  db.function('gloss_highlight_article', (id: unknown, article: unknown) => {
    highlightArticles(db).record(Number(id), Number(article));
    return null;
  });
}
