// The pool's guard rails, with a stand-in thread script whose files hang, exhaust memory or
// parse in a moment on request (the real parser cannot be made to do either on cue): a
// file that never finishes or needs too much memory fails alone, and the files that shared
// its thread are parsed again and come through.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportError } from './errors';
import { createParsePool } from './parse-pool';

const dir = mkdtempSync(join(tmpdir(), 'gloss-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const script = join(dir, 'worker.mjs');
writeFileSync(
  script,
  `import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ path }) => {
  if (path.includes('hang')) for (;;);
  if (path.includes('oom')) { const hoard = []; for (;;) hoard.push(new Array(1e5).fill(path)); }
  if (path.includes('big')) { const hoard = []; for (let i = 0; i < 80; i++) hoard.push(new Array(1e5).fill(i)); globalThis.kept = hoard; }
  // Parses for 30 ms without yielding, as the real parser does.
  const until = Date.now() + 30;
  while (Date.now() < until);
  parentPort.postMessage({ ok: true, article: { title: path } });
});`,
);

const bytes = new Uint8Array([1]);

describe('the parse pool', () => {
  it('stops a file that takes too long; the files beside it on its thread still come through', async () => {
    const pool = createParsePool(script, { size: 1, timeLimitMs: 1000 });
    try {
      const results = await Promise.allSettled(['a.html', 'hang.html', 'b.html', 'c.html'].map((p) => pool.parse(bytes, p)));
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
      const failed = (results[1] as PromiseRejectedResult).reason;
      expect(failed).toBeInstanceOf(ImportError);
      expect(failed.message).toMatch(/could not be read within 1 s/);
      expect(await pool.parse(bytes, 'after.html')).toEqual({ title: 'after.html' });
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('gives a file that needs more memory a thread of its own, refuses one that needs too much, and goes on', async () => {
    const pool = createParsePool(script, { size: 1, heapMb: 32, largeHeapMb: 160 });
    try {
      const results = await Promise.allSettled(['oom.html', 'fine.html', 'big.html'].map((p) => pool.parse(bytes, p)));
      expect(results[1]).toEqual({ status: 'fulfilled', value: { title: 'fine.html' } });
      expect(results[2]).toEqual({ status: 'fulfilled', value: { title: 'big.html' } });
      expect(results[0].status).toBe('rejected');
      expect((results[0] as PromiseRejectedResult).reason.message).toMatch(/more memory/);
      expect(await pool.parse(bytes, 'after.html')).toEqual({ title: 'after.html' });
    } finally {
      await pool.close();
    }
  }, 30_000);
});
