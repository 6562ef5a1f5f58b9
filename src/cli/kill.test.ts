// Killing an import at random moments, again and again, never damages the library, and a
// final run imports every file exactly once (../shared/design/SECURITY.md, D1).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS } from '../core/test-support/corpus';

const BIN = resolve(dirname(fileURLToPath(import.meta.url)), '../../bin/gloss.mjs');
const KILLS = Number(process.env.GLOSS_KILLS ?? 12);

const dir = mkdtempSync(join(tmpdir(), 'gloss-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function makeFolder(): string {
  const folder = join(dir, 'articles');
  mkdirSync(folder);
  for (const name of readdirSync(join(CORPUS, 'hexo-zh')).slice(0, 40)) cpSync(join(CORPUS, 'hexo-zh', name), join(folder, name));
  for (const name of readdirSync(join(CORPUS, 'encodings')).slice(0, 12)) cpSync(join(CORPUS, 'encodings', name), join(folder, name));
  cpSync(join(CORPUS, 'saved-pages'), join(folder, 'saved'), { recursive: true });
  return folder;
}

function runImport(library: string, folder: string, killAfterMs: number | null): Promise<string> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, '--library', library, 'import', folder, '--json'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const timer = killAfterMs === null ? null : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', () => {
      if (timer) clearTimeout(timer);
      done(out);
    });
  });
}

function check(library: string): { integrity: string; fk: unknown[]; articles: { path: string; n: number }[] } {
  // Killed before the library was even created: nothing to damage.
  if (!existsSync(library)) return { integrity: 'ok', fk: [], articles: [] };
  const db = new Database(library);
  try {
    // Killed after the file was created but before the migrations committed (they run in
    // one transaction): an empty file, which the next run migrates.
    const migrated = db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'articles'").get() !== undefined;
    return {
      integrity: db.pragma('integrity_check', { simple: true }) as string,
      fk: db.pragma('foreign_key_check') as unknown[],
      articles: migrated ? (db.prepare('SELECT path, count(*) AS n FROM articles GROUP BY path').all() as { path: string; n: number }[]) : [],
    };
  } finally {
    db.close();
  }
}

describe('an import killed with SIGKILL', () => {
  it(`survives ${KILLS} kills at random moments and finishes on the next run`, async () => {
    const folder = makeFolder();
    const library = join(dir, 'library.db');
    for (let i = 0; i < KILLS; i++) {
      await runImport(library, folder, 300 + Math.random() * 2500);
      const state = check(library);
      expect(state.integrity).toBe('ok');
      expect(state.fk).toEqual([]);
      expect(state.articles.every((a) => a.n === 1)).toBe(true);
    }
    const final = (await runImport(library, folder, null)).trim().split('\n').map((l) => JSON.parse(l) as { status: string });
    expect(final).toHaveLength(55);
    expect(final.every((r) => r.status === 'imported' || r.status === 'duplicate')).toBe(true);
    const state = check(library);
    expect(state.integrity).toBe('ok');
    expect(state.articles).toHaveLength(55);
    expect(state.articles.every((a) => a.n === 1)).toBe(true);
  });
});
