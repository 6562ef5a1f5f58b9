// gloss backup | backups | restore: the library's backups from the command line, on the same
// core as the app. `restore` runs on the library's path, not on an open library: it must
// work when the library is damaged (then the damaged file is moved aside, not backed up).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BackupInfo } from '../shared/model';
import { backupsFolder, createBackup, lastGoodBackup, listBackups, restoreBackup } from '../core/backup';
import { LibraryDamagedError } from '../core/library/damage';
import { openLibrary, type Library } from '../core/library/db';
import { UsageError, type Command, type Io, type Values } from './command';
import { fractionBar } from './fraction-progress';
import { APP_VERSION } from './version';

export function backupJson(b: BackupInfo, folder?: string) {
  return { ...b, ...(folder ? { path: join(folder, b.name) } : {}) };
}

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

export const backupCommands: Record<string, Command> = {
  async backup(lib, args, values, io) {
    if (args.length !== 1) throw new UsageError('backup takes one file to write, e.g. gloss backup ~/gloss.glossbackup');
    const target = resolve(args[0]);
    if (existsSync(target)) {
      io.err(`gloss: ${target} already exists; name a new file`);
      return 1;
    }
    const bar = !values.json && io.stderr.isTTY ? fractionBar(io.stderr) : null;
    try {
      const info = await createBackup(lib, target, { appVersion: APP_VERSION, onProgress: (p) => bar?.update(p) });
      bar?.done();
      io.out(values.json ? JSON.stringify({ ...info, path: target }) : `Backed up ${info.articles} articles, ${info.highlights} highlights, ${info.claims} claims to ${target} (${size(info.bytes)}, verified).`);
      return 0;
    } catch (err) {
      bar?.done();
      throw err;
    }
  },

  async backups(lib, args, values, io) {
    if (args.length) throw new UsageError('backups takes no arguments');
    const folder = backupsFolder(lib.path);
    const list = await listBackups(folder);
    if (values.json) io.out(JSON.stringify({ folder, backups: list.map((b) => backupJson(b, folder)) }));
    else if (list.length === 0) io.out(`No backups in ${folder}. Make one with: gloss backup FILE`);
    else {
      io.out(`Backups in ${folder}:`);
      for (const b of list) {
        const what = b.verified ? `${b.articles} articles, ${b.highlights} highlights, ${b.claims} claims` : 'unreadable: not a backup that can be restored';
        io.out(`  ${b.created.slice(0, 16).replace('T', ' ')}  ${size(b.bytes).padStart(9)}  ${what}${b.kind === 'before-restore' ? '  (kept before a restore)' : ''}  ${b.name}`);
      }
    }
    return 0;
  },
};

/** `gloss restore FILE`: checks the file, keeps the current library, replaces it. */
export async function restore(libraryPath: string, args: string[], values: Values, io: Io): Promise<number> {
  if (args.length !== 1) throw new UsageError('restore takes one backup file, e.g. gloss restore ~/gloss.glossbackup');
  const file = resolve(args[0]);
  if (!existsSync(file)) {
    io.err(`gloss: no such file: ${file}`);
    return 1;
  }
  let current: Library | null = null;
  if (existsSync(libraryPath)) {
    try {
      current = openLibrary(libraryPath);
    } catch (err) {
      // A damaged library is moved aside rather than copied: it is the reason for restoring.
      if (!(err instanceof LibraryDamagedError)) throw err;
    }
  }
  const bar = !values.json && io.stderr.isTTY ? fractionBar(io.stderr) : null;
  try {
    const result = await restoreBackup(libraryPath, file, {
      backupsFolder: backupsFolder(libraryPath),
      appVersion: APP_VERSION,
      current,
      release: () => current?.close(),
      onProgress: (p) => bar?.update(p),
    });
    bar?.done();
    if (values.json) io.out(JSON.stringify({ library: libraryPath, ...result }));
    else {
      const r = result.restored;
      io.out(`Restored ${r.articles} articles, ${r.highlights} highlights, ${r.claims} claims from the backup of ${r.created.slice(0, 16).replace('T', ' ')} (Gloss ${r.appVersion}).`);
      if (result.keptAs && 'backup' in result.keptAs) io.out(`The library as it was is kept as ${join(backupsFolder(libraryPath), result.keptAs.backup.name)}.`);
      if (result.keptAs && 'movedTo' in result.keptAs) io.out(`The damaged library is kept as ${result.keptAs.movedTo}, beside the restored one.`);
    }
    return 0;
  } finally {
    bar?.done();
    current?.close();
  }
}

/** The damaged-library message, with the last good backup and the command that restores it. */
export async function damagedAdvice(err: LibraryDamagedError): Promise<string> {
  const last = await lastGoodBackup(backupsFolder(err.path)).catch(() => null);
  if (!last) return err.message;
  return `${err.message} The last good backup is ${last.file} (${last.created.slice(0, 16).replace('T', ' ')}, ${last.articles} articles, ${last.highlights} highlights); restore it with: gloss --library "${err.path}" restore "${last.file}"`;
}
