// What a library holds, table by table, to prove that something changed nothing: every
// table's row count and a hash of its rows, the search index's shadow tables included.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

export type LibraryState = Record<string, { rows: number; hash: string }>;

export function libraryState(db: Database.Database): LibraryState {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")
    .pluck()
    .all() as string[];
  const state: LibraryState = {};
  for (const table of tables) {
    const columns = (db.pragma(`table_info("${table}")`) as unknown[]).length;
    // Ordered by every column: the same rows hash the same whatever order SQLite keeps them in.
    const order = Array.from({ length: columns }, (_, i) => i + 1).join(', ');
    const hash = createHash('sha256');
    let rows = 0;
    for (const row of db.prepare(`SELECT * FROM "${table}" ORDER BY ${order}`).raw().iterate() as IterableIterator<unknown[]>) {
      rows++;
      for (const value of row) {
        // Each value with its type and length, so no two different rows hash alike.
        const bytes = value instanceof Uint8Array ? value : Buffer.from(String(value));
        hash.update(`${value === null ? 'null' : typeof value}${bytes.length}:`).update(bytes);
      }
    }
    state[table] = { rows, hash: hash.digest('hex') };
  }
  return state;
}
