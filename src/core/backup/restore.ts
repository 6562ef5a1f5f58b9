// Restoring a backup over a library, in an order where a crash at any point leaves the old
// library or the new one, never half of each:
//  1. the backup is checked whole (verify.ts) and its database extracted beside the library;
//     a refused file changes nothing;
//  2. the current library is kept: as a backup in the backups folder when it opens and can
//     be backed up, moved aside under a `.damaged-…` name when it is damaged;
//  3. the open library is closed (checkpointed, so no -wal holds its last writes) and the
//     file is checked to be closed by every other process too: renaming over a file another
//     process still writes would lose that process's writes;
//  4. the backup's images are added to the assets folder (images are named by their content
//     and never change, so the old library still finds all of its own);
//  5. the checked database is flushed and renamed over the library: the one atomic step;
//  6. images the restored library does not have are removed (a crash here leaves only
//     unused files).
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo, BackupProgress } from '../../shared/model';
import { BusyError } from '../errors';
import { isCorruption } from '../library/damage';
import { BackupFailedError } from './errors';
import { assetsDir } from '../library/paths';
import type { Library } from '../library/db';
import { createBackup } from './create';
import { backupName } from './names';
import { checkBackup } from './verify';
import { syncFile, syncFolder } from './zip-write';

export interface RestoreOptions {
  backupsFolder: string;
  appVersion: string;
  /** The library as it is open now; null when it is damaged or missing (then it is moved aside). */
  current: Library | null;
  /** Closes every connection this process holds to the library. */
  release: () => void;
  nativeBinding?: string;
  now?: Date;
  onProgress?: (p: BackupProgress) => void;
}

export interface RestoreResult {
  restored: { created: string; appVersion: string; articles: number; highlights: number; claims: number };
  /** Where the library as it was before is kept. */
  keptAs: { backup: BackupInfo } | { movedTo: string } | null;
}

export async function restoreBackup(libraryPath: string, file: string, options: RestoreOptions): Promise<RestoreResult> {
  const progress = (phase: BackupProgress['phase'], fraction: number) => options.onProgress?.({ action: 'restore', phase, fraction });
  const now = options.now ?? new Date();
  progress('verifying', 0);
  const checked = await checkBackup(file, { workDir: dirname(libraryPath), nativeBinding: options.nativeBinding, onBytes: (d, t) => progress('verifying', (0.4 * d) / t) });
  try {
    let keptAs: RestoreResult['keptAs'] = null;
    if (options.current) {
      progress('copying', 0.4);
      const target = join(options.backupsFolder, backupName(libraryPath, now, 'before-restore'));
      try {
        keptAs = { backup: await createBackup(options.current, target, { appVersion: options.appVersion, kind: 'before-restore', now, onProgress: (p) => progress('copying', 0.4 + p.fraction * 0.4) }) };
      } catch (err) {
        // Damage that opening did not reach (an articles page, damage.ts says why) makes the
        // copy fail its verification: the library is then kept whole by moving it aside.
        if (!(err instanceof BackupFailedError) && !isCorruption(err)) throw err;
      }
    }
    progress('replacing', 0.8);
    options.release();
    if (existsSync(libraryPath)) {
      if (keptAs) assertClosedEverywhere(libraryPath, options.nativeBinding);
      else keptAs = { movedTo: moveAside(libraryPath, now) };
    }
    const assets = assetsDir(libraryPath);
    await checked.extractAssets(assets);
    syncFile(checked.databaseFile);
    renameSync(checked.databaseFile, libraryPath);
    syncFolder(dirname(libraryPath));
    const wanted = new Set(checked.manifest.assets);
    for (const name of readdirSync(assets)) if (!wanted.has(name)) rmSync(join(assets, name), { force: true });
    progress('done', 1);
    const m = checked.manifest;
    return { restored: { created: m.created, appVersion: m.appVersion, ...m.counts }, keptAs };
  } finally {
    checked.dispose();
  }
}

/**
 * Takes the library out of WAL mode, which SQLite allows only to the one connection left: if
 * another process (the app, a CLI command) still has it open, the restore is refused before
 * anything is replaced. Leaving WAL mode also folds the -wal file into the library and
 * deletes it, so no journal of the old library is left to be replayed over the new one.
 */
function assertClosedEverywhere(libraryPath: string, nativeBinding?: string): void {
  const db = new Database(libraryPath, { fileMustExist: true, nativeBinding, timeout: 2000 });
  try {
    const mode = db.pragma('journal_mode = DELETE', { simple: true });
    if (mode !== 'delete') throw new BusyError('another Gloss (the app or a command) has this library open; close it, then restore');
  } catch (err) {
    if (err instanceof BusyError) throw err;
    throw new BusyError(`another Gloss (the app or a command) has this library open; close it, then restore (${(err as Error).message})`);
  } finally {
    db.close();
  }
}

/** A library that cannot be opened is kept, with its journals, under a name that says why. */
function moveAside(libraryPath: string, now: Date): string {
  const aside = `${libraryPath}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`;
  for (const suffix of ['-wal', '-shm', '-journal']) if (existsSync(libraryPath + suffix)) renameSync(libraryPath + suffix, aside + suffix);
  renameSync(libraryPath, aside);
  return basename(aside);
}
