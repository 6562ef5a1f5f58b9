// Importer fuzzing (issue 14; ../shared/design/SECURITY.md I1–I3): every hostile file gets
// exactly one result, an import or an error that says why, within a bounded time, and the
// importer stays whole: no crash, no hang, no parser thread lost, the library intact, and
// a real article imports normally afterwards. Files a folder walk never reaches (a FIFO, a
// device) are named explicitly, through the CLI, where a hang can be cut short.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, SEED, tempLibrary } from '../test-support/corpus';
import { TRAP_ENTRIES, writeHostileFiles, type HostileFile } from '../test-support/hostile-files';
import { importPaths } from './import-files';
import { DEFAULT_TIME_LIMIT_MS } from './parse-pool';

const FULL = Boolean(process.env.GLOSS_LONG);
/**
 * No file may take longer than this from start to result: the parser's own time limit for
 * it, and as long again for the file ahead of it on the same thread.
 */
const PER_FILE_SECONDS = (2 * DEFAULT_TIME_LIMIT_MS) / 1000 + 10;
const BIN = resolve(dirname(fileURLToPath(import.meta.url)), '../../../bin/gloss.mjs');

let dir: string;
let files: HostileFile[];
let t: ReturnType<typeof tempLibrary>;
/** An image only this test knows, beside the import folder: a symlink must not bring it in. */
const secretPng = Buffer.concat([readFileSync(join(CORPUS, 'saved-pages/gbk-saved-163_6_files/image1.png')), Buffer.from('outside the page folder')]);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gloss-import-fuzz-'));
  const outside = join(dir, 'outside');
  mkdirSync(outside);
  copyFileSync(SEED, join(outside, 'never-imported.txt'));
  writeFileSync(join(outside, 'secret.png'), secretPng);
  const inputs = join(dir, 'inputs');
  mkdirSync(inputs);
  files = writeHostileFiles(inputs, { full: FULL, outside });
  t = tempLibrary();
});
afterAll(() => {
  t?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('importing hostile files', () => {
  it('gives every file one result, an import or a typed error, in bounded time, and stays whole', async () => {
    const started = new Map<string, number>();
    const seconds = new Map<string, number>();
    const summary = await importPaths(t.lib, [join(dir, 'inputs')], {
      onProgress: (p) => {
        if (!p.path) return;
        if (!p.result) started.set(p.path, performance.now());
        else seconds.set(p.path, (performance.now() - (started.get(p.path) ?? performance.now())) / 1000);
      },
    });

    const byPath = new Map(summary.results.map((r) => [r.path, r]));
    const problems: string[] = [];
    for (const f of files) {
      const r = byPath.get(f.path);
      if (!r) problems.push(`${f.kind}: ${f.path}: no result`);
      // describe() in import-files.ts words every failure it knows; "could not be imported:"
      // carries an exception nobody expected, and a parser thread that stopped is a crash.
      else if (r.status === 'error' && /^could not be imported:|stopped unexpectedly/.test(r.error ?? '')) problems.push(`${f.kind}: ${f.path}: ${r.error}`);
      if ((seconds.get(f.path) ?? 0) > PER_FILE_SECONDS) problems.push(`${f.kind}: ${f.path}: ${seconds.get(f.path)!.toFixed(1)} s`);
    }
    expect(problems).toEqual([]);
    expect(summary.results).toHaveLength(files.length);

    // Nesting past what a reader can show is refused, quickly and in words.
    for (const f of files.filter((f) => /nested-(div|list|table|unclosed)\.html$|nested-post\.md$|nested-html-in\.md$/.test(f.path))) {
      expect(byPath.get(f.path), f.path).toMatchObject({ status: 'error', error: expect.stringMatching(/nested too deeply/) });
    }
    expect(byPath.get(join(dir, 'inputs/large-over-limit.html'))).toMatchObject({ status: 'error', error: expect.stringMatching(/over the 50 MB limit/) });

    // Only the trap page's own images reached the library: nothing through its symlinks.
    const trap = byPath.get(files.find((f) => f.path.endsWith('trap.html'))!.path)!;
    expect(trap.status).toBe('imported');
    const stored = t.lib.db.prepare('SELECT name FROM article_assets WHERE article_id = ?').pluck().all(trap.id) as string[];
    expect(stored.length).toBeGreaterThan(0);
    const secretName = createHash('sha256').update(secretPng).digest('hex');
    expect(readdirSync(t.lib.assetsPath).filter((n) => n.startsWith(secretName))).toEqual([]);
    expect(summary.skipped).toBeGreaterThanOrEqual(TRAP_ENTRIES);

    expect(t.lib.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const after = await importPaths(t.lib, [join(CORPUS, 'saved-pages/nytimes-1.html')]);
    expect(after.results[0].status).toBe('imported');

    const slowest = Math.max(...seconds.values());
    console.log(`importer fuzzing: ${files.length} inputs, ${summary.results.length} results, 0 crashes, 0 hangs, slowest ${slowest.toFixed(1)} s`);
  }, 30 * 60_000);

  it('answers for a FIFO and a device named explicitly, without hanging', async () => {
    const special = join(dir, 'special');
    mkdirSync(special);
    const fifo = join(special, 'fifo.html');
    execFileSync('mkfifo', [fifo]);
    const zero = join(special, 'zero.html');
    symlinkSync('/dev/zero', zero);
    const library = join(dir, 'cli.db');
    const run = await gloss(['--library', library, 'import', fifo, zero, SEED, '--json'], 60_000);
    expect(run.signal, 'the import hung and was killed').toBeNull();
    // One line per file, then the import's summary.
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { path: string; status: string; error: string | null });
    const results = lines.slice(0, -1);
    expect(lines.at(-1)).toMatchObject({ summary: { files: 3, imported: 1, failed: 2 } });
    expect(results.map((r) => [r.path, r.status])).toEqual([
      [fifo, 'error'],
      [zero, 'error'],
      [SEED, 'imported'],
    ]);
    for (const r of results.slice(0, 2)) expect(r.error).toMatch(/not a regular file/);
    expect(run.code).toBe(1);
    expect(existsSync(library)).toBe(true);
  }, 120_000);
});

function gloss(args: string[], timeoutMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'ignore'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout });
    });
  });
}
