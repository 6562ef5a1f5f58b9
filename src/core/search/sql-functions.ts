// The SQL functions the search index's triggers call (migration 0004). Every connection
// that writes to a library registers them before anything else runs.
import type Database from 'better-sqlite3';
import { fold } from './fold';
import { HighlightArticles } from './items';
import { indexChars, indexTokens } from './tokens';

const caches = new WeakMap<Database.Database, HighlightArticles>();

/** The connection's highlight → article cache (see HighlightArticles). */
export function highlightArticles(db: Database.Database): HighlightArticles {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new HighlightArticles(db)));
  return cache;
}

/**
 * The last two texts folded, with their folds: an article's trigger folds its text and
 * title for their tokens, then both again for their characters.
 */
const recent: { text: string; folded: string }[] = [];
function foldOnce(text: string): string {
  const hit = recent.find((r) => r.text === text);
  if (hit) return hit.folded;
  const folded = fold(text);
  recent.unshift({ text, folded });
  recent.length = Math.min(recent.length, 2);
  return folded;
}

export function registerSearchFunctions(db: Database.Database): void {
  db.function('gloss_tokens', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? indexTokens(foldOnce(text)) : ''));
  // gloss_chars(text, …): the distinct one-character keys of all its arguments together.
  db.function('gloss_chars', { deterministic: true, varargs: true }, (...texts: unknown[]) =>
    indexChars(texts.map((t) => (typeof t === 'string' ? foldOnce(t) : '')).join(' ')),
  );
  db.function('gloss_highlight_article', (id: unknown, article: unknown) => {
    highlightArticles(db).record(Number(id), Number(article));
    return null;
  });
}
