// Restoring a backup over a library, in an order where a crash at any point leaves the old
// library or the new one, never half of each:
//  1. the backup is checked whole (verify.ts) and its database extracted beside the library;
//     a refused file changes nothing (the copy step 2 kept meanwhile is deleted);
//  2. at the same time, the current library is kept: as a backup in the backups folder when
//     it opens and can be backed up, moved aside under a `.damaged-…` name when it is damaged
//     (after step 1, once nothing can be refused). Each of steps 1 and 2 is mostly an
//     integrity_check on a thread of its own: side by side they take two cores, not twice
//     the time (7.7 s for 10,000 articles here, not 9.7–10.4 s; npm run bench -- backup);
//  3. the open library is closed (checkpointed, so no -wal holds its last writes) and the
//     file is checked to be closed by every other process too: renaming over a file another
//     process still writes would lose that process's writes;
//  4. the backup's images are added to the assets folder (images are named by their content
//     and never change, so the old library still finds all of its own);
//  5. the checked database is flushed and renamed over the library: the one atomic step;
//  6. images the restored library does not have are removed (a crash here leaves only
//     unused files).
import { existsSync, readdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
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
import { checkBackup, type CheckedBackup } from './verify';
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
  const now = options.now ?? new Date();
  // Both steps report as they go; the action's fraction is their mean, over 0..0.8.
  const done = { verifying: 0, copying: options.current ? 0 : 1 };
  const progress = (phase: BackupProgress['phase'], fraction: number) => options.onProgress?.({ action: 'restore', phase, fraction });
  const step = (phase: 'verifying' | 'copying', fraction: number) => {
    done[phase] = fraction;
    progress(done.verifying < 1 ? 'verifying' : 'copying', 0.4 * (done.verifying + done.copying));
  };
  const hadFolder = existsSync(options.backupsFolder);
  progress('verifying', 0);
  // The current library is kept from when the file is known to be a backup this Gloss reads
  // (its manifest and entries): a random or truncated file is refused at once, keeping nothing.
  let keeping: Promise<Settled<{ backup: BackupInfo } | null>> = Promise.resolve({ ok: true, value: null });
  const checked = await settle(
    checkBackup(file, {
      workDir: dirname(libraryPath),
      nativeBinding: options.nativeBinding,
      onBytes: (d, t) => step('verifying', (0.5 * d) / t),
      onReadable: () => (keeping = settle(keepCurrent(libraryPath, options, now, (f) => step('copying', f)))),
    }),
  );
  if (checked.ok) step('verifying', 1);
  const kept = await keeping;
  if (!checked.ok || !kept.ok) {
    // Refused, or the library could not be kept: nothing may change, so the extracted database,
    // the copy kept meanwhile and the backups folder made for it go.
    if (checked.ok) checked.value.dispose();
    if (kept.ok && kept.value) rmSync(join(options.backupsFolder, kept.value.backup.name), { force: true });
    if (!hadFolder && existsSync(options.backupsFolder) && readdirSync(options.backupsFolder).length === 0) rmdirSync(options.backupsFolder);
    throw checked.ok ? (kept as { reason: unknown }).reason : checked.reason;
  }
  return replace(libraryPath, checked.value, kept.value, options, now, progress);
}

type Settled<T> = { ok: true; value: T } | { ok: false; reason: unknown };

/** The outcome of `p`, handled from the start: a step that fails while the other runs is not an unhandled rejection. */
const settle = <T>(p: Promise<T>): Promise<Settled<T>> => p.then((value) => ({ ok: true, value }), (reason: unknown) => ({ ok: false, reason }));

/**
 * A verified backup of the library as it is now, or null when there is none to keep or it
 * cannot be backed up: damage that opening did not reach (an articles page, damage.ts says
 * why) makes the copy fail its verification, and the library is then kept whole by moving
 * it aside instead.
 */
async function keepCurrent(libraryPath: string, options: RestoreOptions, now: Date, onFraction: (f: number) => void): Promise<{ backup: BackupInfo } | null> {
  if (!options.current) return null;
  const target = join(options.backupsFolder, backupName(libraryPath, now, 'before-restore'));
  try {
    const backup = await createBackup(options.current, target, { appVersion: options.appVersion, kind: 'before-restore', now, onProgress: (p) => onFraction(p.fraction) });
    onFraction(1);
    return { backup };
  } catch (err) {
    if (!(err instanceof BackupFailedError) && !isCorruption(err)) throw err;
    return null;
  }
}

async function replace(
  libraryPath: string,
  checked: CheckedBackup,
  kept: { backup: BackupInfo } | null,
  options: RestoreOptions,
  now: Date,
  progress: (phase: BackupProgress['phase'], fraction: number) => void,
): Promise<RestoreResult> {
  try {
    let keptAs: RestoreResult['keptAs'] = kept;
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
