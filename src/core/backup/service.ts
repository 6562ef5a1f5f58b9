// Backups for a running app (the desktop app, browser mode): one backup or restore at a time,
// the automatic backup, and restore on the library the app holds, which is reopened in place
// (library/holder.ts) so the app carries on without a restart.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BackupInfo, BackupProgress, RestoreSummary } from '../../shared/model';
import { BusyError, InvalidInputError, NotFoundError } from '../errors';
import type { LibraryHolder } from '../library/holder';
import { backupIfDue } from './auto';
import { createBackup } from './create';
import { backupsFolder, setBackupsFolder } from './folder';
import { listBackups } from './list';
import { backupName, isBackupName } from './names';
import { restoreBackup, type RestoreResult } from './restore';

export interface BackupServiceOptions {
  holder: LibraryHolder;
  appVersion: string;
  onProgress?: (p: BackupProgress) => void;
  /** Told after a restore replaced the library, so every window reloads what it shows. */
  onReplaced?: (restored: RestoreSummary) => void;
  now?: () => Date;
}

export type BackupService = ReturnType<typeof createBackupService>;

export function createBackupService(options: BackupServiceOptions) {
  const { holder } = options;
  const now = options.now ?? (() => new Date());
  let busy: string | null = null;

  async function exclusive<T>(what: string, run: () => Promise<T>): Promise<T> {
    if (busy) throw new BusyError(`${busy} is under way; wait for it to finish`);
    busy = what;
    try {
      return await run();
    } finally {
      busy = null;
    }
  }

  const folder = () => backupsFolder(holder.lib.path);

  async function restoreFile(file: string): Promise<RestoreSummary> {
    return exclusive('a backup or restore', async () => {
      const result: RestoreResult = await holder.reopenAround((release) =>
        restoreBackup(holder.lib.path, file, { backupsFolder: folder(), appVersion: options.appVersion, current: holder.lib, release, nativeBinding: holder.lib.nativeBinding, now: now(), onProgress: options.onProgress }),
      );
      const summary = { ...result.restored, keptAs: result.keptAs && 'backup' in result.keptAs ? result.keptAs.backup.name : null };
      options.onReplaced?.(summary);
      return summary;
    });
  }

  return {
    folder,
    setFolder: (chosen: string) => setBackupsFolder(holder.lib.path, chosen),
    list: async (): Promise<BackupInfo[]> => listBackups(folder()),
    backupNow: (): Promise<BackupInfo> =>
      exclusive('a backup or restore', () => createBackup(holder.lib, join(folder(), backupName(holder.lib.path, now())), { appVersion: options.appVersion, now: now(), onProgress: options.onProgress })),
    /** The automatic backup when the last good one is older than a day; null when none was due or another was running. */
    backupIfDue: async (): Promise<BackupInfo | null> => {
      if (busy) return null;
      return exclusive('a backup', async () => (await backupIfDue(holder.lib, { folder: folder(), appVersion: options.appVersion, now: now(), onProgress: options.onProgress })).made);
    },
    /** Restores a backup of the backups folder, named as the list names it (never a path). */
    restoreNamed: async (name: string): Promise<RestoreSummary> => {
      if (!isBackupName(name)) throw new InvalidInputError('name a backup as the list of backups names it');
      const listed = (await listBackups(folder())).find((b) => b.name === name);
      if (!listed) throw new NotFoundError(`there is no backup named “${name}” in the backups folder`);
      return restoreFile(join(folder(), name));
    },
    /** Restores a backup file's bytes (browser mode, which uploads rather than names a path). */
    restoreBytes: async (bytes: Buffer): Promise<RestoreSummary> => {
      const stage = mkdtempSync(join(tmpdir(), 'gloss-restore-upload-'));
      try {
        const file = join(stage, 'uploaded.glossbackup');
        writeFileSync(file, bytes);
        return await restoreFile(file);
      } finally {
        rmSync(stage, { recursive: true, force: true });
      }
    },
  };
}
