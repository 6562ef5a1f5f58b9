// The library a long-running process (the app, browser mode) serves, replaceable while it
// runs: a restore closes the file, puts another in its place and opens that. Everything
// built on the holder's `lib` (the API, the asset routes) reads `lib.db` at each use, so
// it works on the reopened library without being rebuilt.
import type Database from 'better-sqlite3';
import { openLibrary, type Library, type OpenOptions } from './db';

export interface LibraryHolder {
  /** Always the current library: its `db` follows every reopen. */
  lib: Library;
  /**
   * Closes the library, runs `replace` (which may swap the file), and opens the library again,
   * whether `replace` succeeded or not.
   */
  reopenAround<T>(replace: (release: () => void) => Promise<T>): Promise<T>;
  close(): void;
}

export function holdLibrary(path: string, options: OpenOptions = {}): LibraryHolder {
  let current: Library | null = openLibrary(path, options);
  const open = (): Library => {
    if (!current) throw new Error('the library is being replaced');
    return current;
  };
  const lib: Library = {
    get db(): Database.Database {
      return open().db;
    },
    path,
    assetsPath: open().assetsPath,
    nativeBinding: options.nativeBinding,
    close: () => {
      current?.close();
      current = null;
    },
  };
  return {
    lib,
    async reopenAround(replace) {
      const release = () => {
        if (!current) return;
        current.db.pragma('wal_checkpoint(TRUNCATE)');
        current.close();
        current = null;
      };
      try {
        return await replace(release);
      } finally {
        if (!current) current = openLibrary(path, options);
      }
    },
    close: () => lib.close(),
  };
}
