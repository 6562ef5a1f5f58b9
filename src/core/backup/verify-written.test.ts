// A backup is verified on its snapshot (integrity_check on a thread, schema version, counts)
// and then read back: the zip must hold that snapshot byte for byte. These tests make each
// half fail on its own, so neither check can pass something it should refuse.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../ingest/import-files';
import { openLibrary } from '../library/db';
import { CORPUS } from '../test-support/corpus';
import { createBackup } from './create';
import { BackupRefusedError } from './errors';
import { checkBackup, checkDatabase, confirmWritten } from './verify';
import { integrityCheckOnThread } from './integrity-thread';

const dir = mkdtempSync(join(tmpdir(), 'gloss-verify-'));
const file = join(dir, 'b.glossbackup');
let database: string;
let manifest: Awaited<ReturnType<typeof checkBackup>>['manifest'];

beforeAll(async () => {
  const lib = openLibrary(join(dir, 'Gloss', 'library.db'));
  await importPaths(lib, [join(CORPUS, 'saved-pages/gbk-saved-163_6.html')]);
  await createBackup(lib, file, { appVersion: 'test' });
  lib.close();
  // The database as the backup holds it: what confirmWritten compares the zip with.
  const checked = await checkBackup(file, { workDir: dir });
  database = join(dir, 'snapshot.db');
  copyFileSync(checked.databaseFile, database);
  manifest = checked.manifest;
  checked.dispose();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const refuse = (reason: string) => new BackupRefusedError('x', reason);

describe('verifying a backup as it is written', () => {
  it('a zip that holds the checked snapshot is confirmed', async () => {
    await expect(confirmWritten(file, database, manifest)).resolves.toBeUndefined();
  });

  it('a zip whose database differs from the checked snapshot by one byte is refused', async () => {
    const other = join(dir, 'other.db');
    const bytes = readFileSync(database);
    bytes[bytes.length - 10] ^= 0xff;
    writeFileSync(other, bytes);
    await expect(confirmWritten(file, other, manifest)).rejects.toThrow(/not the snapshot that was checked/);
  });

  it('a zip read back with another manifest than the one written is refused', async () => {
    await expect(confirmWritten(file, database, { ...manifest, created: new Date(0).toISOString() })).rejects.toThrow(/manifest is not the one written/);
  });

  it('integrity_check on its thread finds a damaged page; the counts are checked too', async () => {
    await expect(integrityCheckOnThread(database)).resolves.toEqual(['ok']);
    await expect(checkDatabase(database, manifest, undefined, refuse)).resolves.toBeUndefined();
    await expect(checkDatabase(database, { ...manifest, tables: { ...manifest.tables, articles: 99 } }, undefined, refuse)).rejects.toThrow(/table articles has 1 rows/);
    const hurt = join(dir, 'hurt.db');
    const probe = new Database(database, { readonly: true });
    const pageSize = probe.pragma('page_size', { simple: true }) as number;
    const page = probe.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'articles'").pluck().get() as number;
    probe.close();
    const bytes = readFileSync(database);
    bytes.fill(0x5a, (page - 1) * pageSize, page * pageSize); // the table's root page, its header too
    writeFileSync(hurt, bytes);
    // SQLite reports this page as malformed rather than listing it: refused either way.
    await expect(integrityCheckOnThread(hurt).then((v) => v.join())).rejects.toThrow(/malformed/);
    await expect(checkDatabase(hurt, manifest, undefined, refuse)).rejects.toThrow(/malformed/);
  });
});
