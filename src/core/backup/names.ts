// Backup file names in the backups folder: the library's name and when, so that they sort by
// date and say which library they hold. A copy kept before a restore says so in its name.
import { basename, extname } from 'node:path';
import type { BackupInfo } from '../../shared/model';
import { BACKUP_EXTENSION } from './format';

/** `library 2026-11-30 065012.glossbackup` (UTC). */
export function backupName(libraryPath: string, at: Date, kind: BackupInfo['kind'] = 'backup'): string {
  const stamp = at.toISOString().replace(/T/, ' ').replace(/:/g, '').replace(/\.\d+Z$/, '');
  return `${basename(libraryPath, extname(libraryPath))}${kind === 'before-restore' ? ' before restore' : ''} ${stamp}${BACKUP_EXTENSION}`;
}

/** A name the app may ask to restore: a plain file name in the backups folder, no path. */
export function isBackupName(name: string): boolean {
  return name.endsWith(BACKUP_EXTENSION) && !/[/\\\0]/.test(name) && name !== BACKUP_EXTENSION && !name.startsWith('.');
}

export function kindOf(name: string): BackupInfo['kind'] {
  return / before restore \d{4}-\d{2}-\d{2} \d{6}\.glossbackup$/.test(name) ? 'before-restore' : 'backup';
}
