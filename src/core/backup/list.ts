// The backups in a folder, newest first, each described by its manifest. A file whose
// manifest cannot be read is listed as not verified rather than hidden: the user sees it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '../../shared/model';
import { BACKUP_EXTENSION, MANIFEST_ENTRY, Manifest } from './format';
import { isBackupName, kindOf } from './names';
import { openZip } from './zip-read';

export async function listBackups(folder: string): Promise<BackupInfo[]> {
  if (!existsSync(folder)) return [];
  const names = readdirSync(folder).filter((n) => n.endsWith(BACKUP_EXTENSION) && isBackupName(n));
  const list = await Promise.all(names.map((name) => describe(folder, name)));
  return list.sort((a, b) => b.created.localeCompare(a.created) || b.name.localeCompare(a.name));
}

async function describe(folder: string, name: string): Promise<BackupInfo> {
  const file = join(folder, name);
  const stat = statSync(file);
  const base = { name, bytes: stat.size, kind: kindOf(name) };
  try {
    const zip = await openZip(file);
    try {
      const manifest = Manifest.parse(JSON.parse(await zip.readText(MANIFEST_ENTRY, 256 * 1024 * 1024)));
      return { ...base, created: manifest.created, ...manifest.counts, verified: true, appVersion: manifest.appVersion };
    } finally {
      zip.close();
    }
  } catch {
    return { ...base, created: stat.mtime.toISOString(), articles: 0, highlights: 0, claims: 0, verified: false, appVersion: null };
  }
}

/** The newest backup that can be restored, or null. */
export async function lastGoodBackup(folder: string): Promise<(BackupInfo & { file: string }) | null> {
  const good = (await listBackups(folder)).find((b) => b.verified);
  return good ? { ...good, file: join(folder, good.name) } : null;
}
