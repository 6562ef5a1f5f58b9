// A library file SQLite cannot read: a damaged page (a failing disk, a copy cut short, a
// sync tool writing half a file) or something that is not a database at all. Found when
// the library is opened, it is refused before anything is written to it, in words a reader
// can act on. SQLite keeps no checksums: damage is seen only where SQLite reads.
//
// What is checked at open, and what is not: a full `PRAGMA quick_check` reads every page,
// 3.5 s for a library of 10,000 articles and 100,000 highlights (300 MB), too slow for each
// start of the app and each command. The reader's own work (highlights, notes, tags, claims,
// settings: 20 ms there) is checked at every open; the articles and the search index, most
// of the file, are checked by SQLite as it reads them, and a damaged page there raises the
// same error when it is reached (`isCorruption`).
import Database from 'better-sqlite3';

export class LibraryDamagedError extends Error {
  override name = 'LibraryDamagedError';

  constructor(readonly path: string, reason: string) {
    // Gloss makes no backups yet: the message offers none, only what the reader can do.
    super(
      `the library at ${path} is damaged (${reason}); it was left untouched. ` +
        'If you have a copy of the file from a backup of your computer, put it in its place; keep the damaged file, ' +
        'from which SQLite’s own tools (sqlite3 .recover) can often save most of the library.',
    );
  }
}

/** Whether SQLite said the file is damaged or is no database. */
export function isCorruption(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

/** The tables too large to check at every open (see above): the articles and the search index. */
const READ_AS_NEEDED = /^(articles$|search)/;

/**
 * Checks an existing library on a read-only connection, which never writes to the file
 * (not even the checkpoint a last connection makes when it closes).
 */
export function assertUndamaged(path: string, nativeBinding?: string): void {
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, nativeBinding });
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'").pluck().all() as string[];
    for (const table of tables.filter((t) => !READ_AS_NEEDED.test(t))) {
      const verdict = (db.prepare(`PRAGMA quick_check("${table}")`).pluck().all() as string[]).join('\n');
      // "*** in database main ***", then one finding a line: said on one line, the first finding.
      const finding = verdict.split('\n').find((l) => l && !l.startsWith('***'));
      if (verdict !== 'ok') throw new LibraryDamagedError(path, `${table}: ${finding ?? verdict}`);
    }
  } catch (err) {
    if (isCorruption(err)) throw new LibraryDamagedError(path, (err as Error).message);
    throw err;
  } finally {
    db?.close();
  }
}
