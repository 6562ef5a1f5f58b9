// The app's parser threads outlive one import (a drop uploads in batches) and are let go
// when idle. A stand-in thread script answers with its thread's id, so the test can tell
// whether a parse ran on the threads of the one before.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createWarmParser } from './warm-parser';

const dir = mkdtempSync(join(tmpdir(), 'gloss-warm-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const script = join(dir, 'worker.mjs');
writeFileSync(
  script,
  `import { parentPort, threadId } from 'node:worker_threads';
parentPort.on('message', () => parentPort.postMessage({ ok: true, article: { title: String(threadId) } }));`,
);
const bytes = new Uint8Array([1]);

describe('the warm parser', () => {
  it('keeps its threads from one import to the next, and lets them go once idle', async () => {
    const parser = createWarmParser({ workerFile: script, size: 1, idleMs: 300 });
    try {
      const first = (await parser.parse(bytes, 'a.html')).title;
      const second = (await parser.parse(bytes, 'b.html')).title;
      expect(second).toBe(first);
      await new Promise((r) => setTimeout(r, 800));
      const afterIdle = (await parser.parse(bytes, 'c.html')).title;
      expect(afterIdle).not.toBe(first);
    } finally {
      await parser.close();
    }
  });
});
