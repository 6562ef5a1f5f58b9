// The automatic backup: when the last good backup is older than a day (or there is none),
// write one into the backups folder, then prune by the retention tiers. Only this library's
// regular backups are pruned: copies kept before a restore, unreadable files and files of
// other libraries are the user's to delete.
import { rmSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { BackupInfo, BackupProgress } from '../../shared/model';
import type { Library } from '../library/db';
import { createBackup } from './create';
import { listBackups } from './list';
import { backupName } from './names';
import { backupsToKeep } from './retention';

export const BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;

export interface AutoOptions {
  folder: string;
  appVersion: string;
  now?: Date;
  onProgress?: (p: BackupProgress) => void;
}

export async function backupIfDue(lib: Library, options: AutoOptions): Promise<{ made: BackupInfo | null; removed: string[] }> {
  const now = options.now ?? new Date();
  const last = (await listBackups(options.folder)).find((b) => b.verified);
  if (last && now.getTime() - Date.parse(last.created) < BACKUP_INTERVAL_MS) return { made: null, removed: [] };
  const made = await createBackup(lib, join(options.folder, backupName(lib.path, now)), { appVersion: options.appVersion, now, onProgress: options.onProgress });
  return { made, removed: await applyRetention(lib.path, options.folder) };
}

export async function applyRetention(libraryPath: string, folder: string): Promise<string[]> {
  const prefix = `${basename(libraryPath, extname(libraryPath))} `;
  const ours = (await listBackups(folder)).filter((b) => b.verified && b.kind === 'backup' && b.name.startsWith(prefix));
  const keep = backupsToKeep(ours.map((b) => ({ name: b.name, created: new Date(b.created) })));
  const removed = ours.filter((b) => !keep.has(b.name)).map((b) => b.name);
  for (const name of removed) rmSync(join(folder, name), { force: true });
  return removed;
}
