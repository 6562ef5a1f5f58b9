// gloss backup | backups | restore (issue 13): the usual exit codes (0, 1 for a refused file,
// 2 for bad usage), --json, and a damaged library's message naming the last good backup.
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CORPUS, SEED } from '../core/test-support/corpus';
import { runGloss } from './run-gloss';

let dir: string;
let library: string;
let backups: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gloss-cli-backup-'));
  library = join(dir, 'Gloss', 'g.db');
  backups = join(dir, 'Gloss Backups');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const gloss = (...args: string[]) => runGloss(library, args);

describe('gloss backup, backups, restore', () => {
  it('backs up, lists, and restores with a copy of the replaced library kept', async () => {
    const imported = await gloss('import', SEED, ...readdirSync(join(CORPUS, 'hexo-zh')).slice(0, 5).map((n) => join(CORPUS, 'hexo-zh', n)), '--json');
    const seed = JSON.parse(imported.out[0]);
    const articles = 6;
    const file = join(backups, 'by hand.glossbackup');
    const made = await gloss('backup', file, '--json');
    expect(made.code).toBe(0);
    expect(JSON.parse(made.out[0])).toMatchObject({ name: 'by hand.glossbackup', path: file, articles, verified: true });
    expect((await gloss('backup', file)).code).toBe(1); // never over an existing file

    const listed = await gloss('backups', '--json');
    expect(JSON.parse(listed.out[0])).toMatchObject({ folder: backups, backups: [{ name: 'by hand.glossbackup', articles, verified: true }] });
    expect((await gloss('backups')).out.join('\n')).toMatch(new RegExp(`${articles} articles.*by hand\\.glossbackup`));

    expect((await gloss('annotate', String(seed.id), '--quote', '淘宝特价版')).code).toBe(0);
    const restored = await gloss('restore', file);
    expect(restored.code).toBe(0);
    expect(restored.out[0]).toMatch(new RegExp(`^Restored ${articles} articles, 0 highlights`));
    expect(restored.out[1]).toMatch(/The library as it was is kept as .*g before restore .*\.glossbackup\.$/);
    expect(JSON.parse((await gloss('highlights', '--json')).out[0])).toEqual([]);
    const kept = JSON.parse((await gloss('backups', '--json')).out[0]).backups.find((b: { kind: string }) => b.kind === 'before-restore');
    expect(kept).toMatchObject({ highlights: 1, articles });
  }, 120_000);

  it('refuses a file that is not a backup with exit 1, one line, and the library unchanged', async () => {
    await gloss('import', SEED);
    const junk = join(dir, 'junk.glossbackup');
    writeFileSync(junk, 'not a zip at all');
    const before = readFileSync(library);
    const run = await gloss('restore', junk, '--json');
    expect(run.code).toBe(1);
    expect(run.err).toEqual([expect.stringMatching(/^gloss: junk\.glossbackup cannot be restored: it is not a Gloss backup.*Nothing was changed\.$/)]);
    expect(readFileSync(library).equals(before)).toBe(true);
    expect((await gloss('restore', join(dir, 'missing.glossbackup'))).code).toBe(1);
  });

  it('bad usage exits 2', async () => {
    for (const args of [['backup'], ['backup', 'a', 'b'], ['backups', 'x'], ['restore']]) expect((await gloss(...args)).code, args.join(' ')).toBe(2);
  });

  it('a damaged library: the message names the last good backup and the command; restore moves the damaged file aside', async () => {
    await gloss('import', SEED);
    await gloss('backup', join(backups, 'g 2026-11-29 080000.glossbackup'));
    // The file header overwritten: SQLite cannot read the file at all.
    const fd = openSync(library, 'r+');
    writeSync(fd, Buffer.alloc(100, 0x41), 0, 100, 0);
    closeSync(fd);
    const refused = await gloss('list');
    expect(refused.code).toBe(1);
    expect(refused.err).toHaveLength(1);
    expect(refused.err[0]).toMatch(/is damaged .* The last good backup is .*g 2026-11-29 080000\.glossbackup \(.*1 articles, 0 highlights\); restore it with: gloss --library ".*g\.db" restore ".*g 2026-11-29 080000\.glossbackup"$/);
    // Browser mode (gloss serve, which npm start runs where Electron cannot) says the same and does not start.
    const serve = await gloss('serve');
    expect(serve.code).toBe(1);
    expect(serve.err).toEqual(refused.err);
    const restored = await gloss('restore', join(backups, 'g 2026-11-29 080000.glossbackup'));
    expect(restored.code).toBe(0);
    expect(restored.out[1]).toMatch(/The damaged library is kept as g\.db\.damaged-.*, beside the restored one\./);
    expect(readdirSync(join(dir, 'Gloss')).filter((n) => n.startsWith('g.db.damaged-'))).toHaveLength(1);
    expect(JSON.parse((await gloss('list', '--json')).out[0])).toHaveLength(1);
    expect(existsSync(library)).toBe(true);
  });
});
