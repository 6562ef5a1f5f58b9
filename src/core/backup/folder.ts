// Which folder holds a library's backups: the default beside the library's folder, or the one
// the user chose in Settings (desktop only). The choice is kept in a small file beside the
// library, not in the library: it must be found when the library cannot be opened (damaged),
// and restoring an older library must not move the backups.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { defaultBackupsDir } from '../library/paths';
import { InvalidInputError } from '../errors';

/** library.db → library.backups.json, beside it. */
export function folderChoiceFile(libraryPath: string): string {
  return join(dirname(libraryPath), `${basename(libraryPath, extname(libraryPath))}.backups.json`);
}

export function backupsFolder(libraryPath: string): string {
  const file = folderChoiceFile(libraryPath);
  if (existsSync(file)) {
    try {
      const { folder } = JSON.parse(readFileSync(file, 'utf8')) as { folder?: unknown };
      if (typeof folder === 'string' && isAbsolute(folder)) return folder;
    } catch {
      // An unreadable choice falls back to the default rather than leaving backups nowhere.
    }
  }
  return defaultBackupsDir(libraryPath);
}

export function setBackupsFolder(libraryPath: string, folder: string): string {
  if (!isAbsolute(folder)) throw new InvalidInputError('the backups folder must be a full path');
  const chosen = resolve(folder);
  const inside = relative(dirname(resolve(libraryPath)), chosen);
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
    throw new InvalidInputError('backups cannot be kept inside the library’s own folder: whatever happens to that folder would happen to them too');
  }
  mkdirSync(chosen, { recursive: true });
  const file = folderChoiceFile(libraryPath);
  writeFileSync(`${file}.tmp`, JSON.stringify({ folder: chosen }));
  renameSync(`${file}.tmp`, file);
  return chosen;
}
