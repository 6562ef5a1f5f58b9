// The library file: one SQLite database in WAL mode, shared safely by the app and the CLI.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { registerContentFunctions } from './content';
import { assertUndamaged, isCorruption, LibraryDamagedError } from './damage';
import { assertNotNewer, migrate } from './migrate';
import { assetsDir } from './paths';
import { registerSearchFunctions } from '../search/sql-functions';

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for this runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
  /** How long a write waits for another process's write to finish, in ms. */
  busyTimeoutMs?: number;
}

export interface Library {
  db: Database.Database;
  path: string;
  /** Folder holding the images stored with articles. */
  assetsPath: string;
  /** The better-sqlite3 build it was opened with, for another connection to the same file (a backup's snapshot). */
  nativeBinding?: string;
  close(): void;
}

export function openLibrary(path: string, options: OpenOptions = {}): Library {
  mkdirSync(dirname(path), { recursive: true });
  if (existsSync(path)) assertUndamaged(path, options.nativeBinding);
  const db = new Database(path, { nativeBinding: options.nativeBinding, timeout: options.busyTimeoutMs ?? 15_000 });
  try {
    assertNotNewer(db, path);
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a commit survives any crash of the app or the machine's
    // processes; only a power cut can roll back the last commits, never corrupt the file.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    registerContentFunctions(db);
    registerSearchFunctions(db);
    migrate(db);
  } catch (err) {
    db.close();
    throw isCorruption(err) ? new LibraryDamagedError(path, (err as Error).message) : err;
  }
  return { db, path, assetsPath: assetsDir(path), nativeBinding: options.nativeBinding, close: () => db.close() };
}
