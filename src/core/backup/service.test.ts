// Backups in a running app: the automatic backup when the last good one is a day old, the
// retention it applies, and a restore by name that the app's held library follows in place.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidInputError, NotFoundError } from '../errors';
import { importPaths } from '../ingest/import-files';
import { holdLibrary, type LibraryHolder } from '../library/holder';
import { SEED, CORPUS } from '../test-support/corpus';
import { createBackupService } from './service';

let dir: string;
let holder: LibraryHolder;
let clock: Date;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gloss-backup-service-'));
  holder = holdLibrary(join(dir, 'Gloss', 'library.db'));
  await importPaths(holder.lib, [SEED]);
  clock = new Date('2026-11-01T09:00:00Z');
});
afterEach(() => {
  holder.close();
  rmSync(dir, { recursive: true, force: true });
});

const service = (events: string[] = []) =>
  createBackupService({ holder, appVersion: 'test', now: () => clock, onProgress: (p) => events.push(p.phase), onReplaced: () => events.push('replaced') });

describe('the automatic backup', () => {
  it('runs when there is no backup or the last good one is a day old, and applies retention', async () => {
    const s = service();
    expect((await s.backupIfDue())?.name).toBe('library 2026-11-01 090000.glossbackup');
    clock = new Date('2026-11-01T20:00:00Z');
    expect(await s.backupIfDue()).toBeNull(); // 11 hours later: not due
    // Forty days of running, one backup a day: retention keeps 7 days, 4 weeks, the months.
    for (let day = 2; day <= 40; day++) {
      clock = new Date(Date.UTC(2026, 10, day, 9, 30));
      expect(await s.backupIfDue(), `day ${day}`).not.toBeNull();
    }
    const kept = readdirSync(join(dir, 'Gloss Backups')).sort();
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12);
    expect(kept.at(-1)).toBe('library 2026-12-10 093000.glossbackup');
    expect(kept).toContain('library 2026-11-30 093000.glossbackup'); // November's newest, kept as a month
    expect(kept).not.toContain('library 2026-11-15 093000.glossbackup');
  }, 120_000);
});

describe('restore by name', () => {
  it('replaces the held library in place: the same lib object now reads the restored one', async () => {
    const events: string[] = [];
    const s = service(events);
    const made = await s.backupNow();
    await importPaths(holder.lib, [join(CORPUS, 'saved-pages/gbk-saved-163_6.html')]);
    const lib = holder.lib;
    expect(lib.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(2);
    clock = new Date('2026-11-01T10:00:00Z');
    const summary = await s.restoreNamed(made.name);
    expect(summary).toMatchObject({ articles: 1, keptAs: 'library before restore 2026-11-01 100000.glossbackup' });
    expect(lib.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(1);
    expect(events).toContain('replaced');
    expect((await s.list()).map((b) => [b.kind, b.articles])).toEqual([['before-restore', 2], ['backup', 1]]);
  });

  it('takes only a name the list gives, never a path', async () => {
    const s = service();
    await expect(s.restoreNamed('../../etc/passwd.glossbackup')).rejects.toThrow(InvalidInputError);
    await expect(s.restoreNamed('library.db')).rejects.toThrow(InvalidInputError);
    await expect(s.restoreNamed('library 2020-01-01 000000.glossbackup')).rejects.toThrow(NotFoundError);
  });

  it('one backup or restore at a time', async () => {
    const s = service();
    const first = s.backupNow();
    await expect(s.backupNow()).rejects.toThrow(/under way/);
    expect(await s.backupIfDue()).toBeNull();
    await first;
  });
});
