// A damaged library (issue 14, "corruption"): a page of a real library overwritten, as a
// failing disk or a half-synced copy leaves it. Gloss says so in one message, exits 1, and
// writes nothing to the file, from the CLI and from browser mode (`gloss serve` refuses to
// start). Damage in the reader's own work (highlights, notes, claims) is found when the
// library opens; damage in the articles when SQLite reads them (src/core/library/damage.ts
// says why).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../core/ingest/import-files';
import { LibraryDamagedError } from '../core/library/damage';
import { openLibrary } from '../core/library/db';
import { annotate } from '../core/test-support/annotated-library';
import { CORPUS, SEED } from '../core/test-support/corpus';

const BIN = resolve(dirname(fileURLToPath(import.meta.url)), '../../bin/gloss.mjs');
const dir = mkdtempSync(join(tmpdir(), 'gloss-damaged-'));
const original = join(dir, 'original.db');

beforeAll(async () => {
  const lib = openLibrary(original);
  await annotate(lib);
  await importPaths(lib, readdirSync(join(CORPUS, 'hexo-zh')).slice(0, 40).map((n) => join(CORPUS, 'hexo-zh', n)));
  lib.db.pragma('wal_checkpoint(TRUNCATE)');
  lib.close();
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Damage = 'a highlights page' | 'an articles page in the middle of the file' | 'the file header';

/** A copy of the library with one page overwritten, in its middle, by bytes no page holds. */
function damagedCopy(damage: Damage): string {
  const path = join(dir, `${createHash('sha256').update(damage).digest('hex').slice(0, 8)}.db`);
  copyFileSync(original, path);
  const db = new Database(path, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  // B-tree pages only: an overflow page holds one article's text, which `list` need not read.
  const pages = (table: string) => db.prepare("SELECT pageno FROM dbstat WHERE name = ? AND pagetype <> 'overflow' ORDER BY pageno").pluck().all(table) as number[];
  let page: number;
  if (damage === 'a highlights page') page = pages('highlights')[0];
  else if (damage === 'an articles page in the middle of the file') {
    const middle = (db.pragma('page_count', { simple: true }) as number) / 2;
    page = pages('articles').reduce((best, p) => (Math.abs(p - middle) < Math.abs(best - middle) ? p : best));
  } else page = 1;
  db.close();
  const start = (page - 1) * pageSize;
  const [from, to] = damage === 'the file header' ? [0, 100] : [start + 100, start + pageSize - 100];
  const garbage = Buffer.alloc(to - from);
  for (let i = 0; i < garbage.length; i += 32) createHash('sha256').update(`${damage}${i}`).digest().copy(garbage, i);
  const fd = openSync(path, 'r+');
  writeSync(fd, garbage, 0, garbage.length, from);
  closeSync(fd);
  return path;
}

/** The library file byte for byte, and what its journals hold (an empty WAL holds nothing, as no WAL). */
function snapshot(path: string): Record<string, string | null> {
  const held = (file: string) => (existsSync(file) && readFileSync(file).length > 0 ? createHash('sha256').update(readFileSync(file)).digest('hex') : null);
  return { library: createHash('sha256').update(readFileSync(path)).digest('hex'), wal: held(`${path}-wal`), journal: held(`${path}-journal`) };
}

function gloss(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // `serve` that started would run until stopped: that is the failure this catches.
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

const MESSAGE = /^gloss: the library at (.+) is damaged \((.+)\); it was left untouched\. .*sqlite3 \.recover.*\n$/;

describe('a damaged library', () => {
  it('is refused at open, with the damage named, by a library that writes nothing to it', () => {
    for (const damage of ['a highlights page', 'the file header'] as const) {
      const path = damagedCopy(damage);
      const before = snapshot(path);
      expect(() => openLibrary(path), damage).toThrow(LibraryDamagedError);
      expect(snapshot(path), damage).toEqual(before);
    }
  });

  it.each([
    ['a highlights page', ['list'], ['show', '1'], ['import', SEED], ['annotate', '1', '--quote', '阿里'], ['serve']],
    ['the file header', ['list'], ['serve']],
    // Not read at open: found, and named the same way, by the command that reads it.
    ['an articles page in the middle of the file', ['list']],
  ] as [Damage, ...string[][]][])('with %s: the CLI says so in one message, exits 1 and leaves the file as it was', async (damage, ...commands) => {
    const path = damagedCopy(damage);
    const before = snapshot(path);
    for (const command of commands) {
      const run = await gloss(['--library', path, ...command]);
      expect(run.stderr, command.join(' ')).toMatch(MESSAGE);
      expect(MESSAGE.exec(run.stderr)![1], command.join(' ')).toBe(path);
      expect(run.stdout, command.join(' ')).toBe('');
      expect(run.code, command.join(' ')).toBe(1);
      expect(snapshot(path), command.join(' ')).toEqual(before);
    }
  }, 120_000);

});
