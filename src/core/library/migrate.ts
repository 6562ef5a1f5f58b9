// Numbered migrations, applied in one transaction at open. A library written by a newer
// Gloss is refused before anything is written to it.
import type Database from 'better-sqlite3';
import { migrations } from './migrations';

export class LibraryTooNewError extends Error {
  override name = 'LibraryTooNewError';
}

export const LATEST_VERSION = migrations[migrations.length - 1].id;

/** Read-only check, run before any pragma or write touches the file. */
export function assertNotNewer(db: Database.Database, path: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > LATEST_VERSION) {
    throw new LibraryTooNewError(
      `${path} was written by a newer version of Gloss (library version ${version}; this version reads up to ${LATEST_VERSION}). ` +
        'Update Gloss to open it; the file was left untouched.',
    );
  }
}

export function migrate(db: Database.Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL
  ) STRICT`);
  const applied = new Set((db.prepare('SELECT id FROM schema_migrations').pluck().all() as number[]));
  const pending = migrations.filter((m) => !applied.has(m.id));
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const m of pending) {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)').run(m.id, m.name, new Date().toISOString());
    }
    db.pragma(`user_version = ${LATEST_VERSION}`);
  }).immediate();
}
