export { BACKUP_EXTENSION } from './format';
export { createBackup } from './create';
export { checkBackup } from './verify';
export { listBackups, lastGoodBackup } from './list';
export { restoreBackup, type RestoreResult } from './restore';
export { backupIfDue, applyRetention } from './auto';
export { backupsFolder, setBackupsFolder } from './folder';
export { backupName, isBackupName } from './names';
export { BackupFailedError, BackupRefusedError } from './errors';
