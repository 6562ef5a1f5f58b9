// The SQL functions the search index's triggers call (migration 0004). Every connection
// that writes to a library registers them before anything else runs.
import type Database from 'better-sqlite3';
import { fold } from './fold';
import { indexTokens } from './tokens';

export function registerSearchFunctions(db: Database.Database): void {
  db.function('gloss_tokens', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? indexTokens(fold(text)) : ''));
}
