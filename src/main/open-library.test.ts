// The desktop app's start on a damaged library (issue 14, "Corruption"): a dialog, never a
// write to the damaged file; with a backup, restoring it on the user's word.
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackup } from '../core/backup';
import { openLibrary } from '../core/library/db';
import { importPaths } from '../core/ingest/import-files';
import { SEED } from '../core/test-support/corpus';
import { openOrRecover, type DamagedDialog } from './open-library';

let dir: string;
let path: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gloss-start-'));
  path = join(dir, 'Gloss', 'library.db');
  const lib = openLibrary(path);
  await importPaths(lib, [SEED]);
  lib.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function damage(): Buffer {
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(100, 0x41), 0, 100, 0);
  closeSync(fd);
  return readFileSync(path);
}

describe('opening the library at start', () => {
  it('opens a sound library without asking', async () => {
    const asked: DamagedDialog[] = [];
    const holder = await openOrRecover(path, { appVersion: 'test', ask: async (d) => (asked.push(d), 0) });
    expect(holder!.lib.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(1);
    holder!.close();
    expect(asked).toEqual([]);
  });

  it('a damaged library with no backup: says so, offers only Quit, and leaves the file as it was', async () => {
    const bytes = damage();
    const asked: DamagedDialog[] = [];
    expect(await openOrRecover(path, { appVersion: 'test', ask: async (d) => (asked.push(d), 0) })).toBeNull();
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ message: 'Your library file is damaged, so Gloss did not open it.', buttons: ['Quit'] });
    expect(asked[0].detail).toMatch(/is damaged .*\n\nThere is no Gloss backup of it to restore\.$/s);
  });

  it('a damaged library with a backup: the user can quit (file untouched) or restore it (damaged file kept aside)', async () => {
    const lib = openLibrary(path);
    await createBackup(lib, join(dir, 'Gloss Backups', 'library 2026-11-29 080000.glossbackup'), { appVersion: 'test' });
    lib.close();
    const bytes = damage();

    const asked: DamagedDialog[] = [];
    expect(await openOrRecover(path, { appVersion: 'test', ask: async (d) => (asked.push(d), d.cancelId) })).toBeNull();
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(asked[0].buttons).toEqual(['Restore the last good backup', 'Quit']);
    expect(asked[0].detail).toMatch(/is damaged.*\n\nThe last good backup is from .* UTC \(1 articles, 0 highlights\):\n.*library 2026-11-29 080000\.glossbackup/s);

    const holder = await openOrRecover(path, { appVersion: 'test', ask: async () => 0 });
    expect(holder!.lib.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(1);
    holder!.close();
    const aside = readdirSync(join(dir, 'Gloss')).find((n) => n.startsWith('library.db.damaged-'))!;
    expect(readFileSync(join(dir, 'Gloss', aside)).equals(bytes)).toBe(true);
    expect(existsSync(path)).toBe(true);
  });
});
