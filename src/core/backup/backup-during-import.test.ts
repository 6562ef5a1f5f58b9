// A backup taken while another process imports into the library (issue 13): each one is a
// library at one instant — SQLite finds it whole, and every article in it is there with all
// of its search rows, or not there at all.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { openLibrary } from '../library/db';
import { CORPUS } from '../test-support/corpus';
import { libraryProblems } from '../test-support/library-consistency';
import { createBackup } from './create';
import { checkBackup } from './verify';

const BIN = resolve(dirname(fileURLToPath(import.meta.url)), '../../../bin/gloss.mjs');
const dir = mkdtempSync(join(tmpdir(), 'gloss-backup-live-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('backups taken while another process imports are each consistent', async () => {
  const folder = join(dir, 'articles');
  mkdirSync(folder);
  const sources = readdirSync(join(CORPUS, 'hexo-zh')).map((n) => join(CORPUS, 'hexo-zh', n));
  for (let i = 0; i < 200; i++) writeFileSync(join(folder, `${i}.md`), `${readFileSync(sources[i % sources.length], 'utf8')}\n\ncopy ${i}\n`);
  const libraryPath = join(dir, 'library.db');
  const lib = openLibrary(libraryPath);
  const importer = spawn(process.execPath, [BIN, '--library', libraryPath, 'import', folder], { stdio: 'ignore' });
  const finished = new Promise<number | null>((done) => importer.on('close', done));
  let running = true;
  void finished.then(() => (running = false));

  const seen: number[] = [];
  for (let n = 0; running || n < 2; n++) {
    const info = await createBackup(lib, join(dir, `b${n}.glossbackup`), { appVersion: 'test' });
    const checked = await checkBackup(join(dir, `b${n}.glossbackup`), { workDir: dir });
    const copy = new Database(checked.databaseFile, { readonly: true });
    try {
      expect(libraryProblems(copy), `backup ${n}`).toEqual([]);
      expect(copy.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(info.articles);
    } finally {
      copy.close();
      checked.dispose();
    }
    seen.push(info.articles);
  }
  expect(await finished).toBe(0);
  lib.close();
  // Taken while the import was writing: at least two backups saw different libraries.
  expect(new Set(seen.filter((a) => a > 0 && a < 200)).size, `articles seen: ${seen.join(', ')}`).toBeGreaterThanOrEqual(2);
}, 300_000);
