// Statements the import runs for every article, prepared once per connection. Preparing is
// most of what a small query costs: an import prepared a dozen per article, 0.85 ms of the
// writer's 15 (a CPU profile of 2,000 files), and on two cores the writer's time is the
// parsers' too. Only for statements used whole (get, run, all): a cached statement's mode
// (pluck, raw) is shared by every caller, so a caller that needs one sets it each time.
import type Database from 'better-sqlite3';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function prepared(db: Database.Database, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}
