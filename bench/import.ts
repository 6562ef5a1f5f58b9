// Import throughput: ../shared/corpus/hexo-zh replicated to at least 5,000 distinct
// articles, imported into a fresh library. Baseline, measured in the same run: reading and
// decoding the same files alone, so the ratio holds on a noisy machine. It also prints what
// one article costs each side of the import, one at a time (parsing on a parser thread,
// writing and indexing on the writer): the CPU an article needs, whatever the threads.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { decode } from '../src/core/ingest/decode';
import { importBytes, importPaths } from '../src/core/ingest/import-files';
import type { StoredArticle } from '../src/core/ingest/parse-article';
import { createParsePool, workerCount } from '../src/core/ingest/parse-pool';
import { buildWorkerBundle } from '../src/core/ingest/worker-bundle';
import { openLibrary } from '../src/core/library/db';
import { report } from './report';

const SOURCE = resolve(import.meta.dirname, '../../shared/corpus/hexo-zh');
const TARGET = Number(process.env.BENCH_IMPORT_ARTICLES ?? 5000);

export async function benchImport(): Promise<void> {
  const work = join(tmpdir(), `gloss-bench-import-${process.pid}`);
  const folder = join(work, 'articles');
  mkdirSync(folder, { recursive: true });
  const names = readdirSync(SOURCE);
  let bytes = 0;
  for (let i = 0; i < TARGET; i++) {
    const name = names[i % names.length];
    // A distinct comment per copy makes each a distinct article (a new content hash).
    const data = Buffer.concat([readFileSync(join(SOURCE, name)), Buffer.from(`\n<!-- copy ${i} -->\n`)]);
    writeFileSync(join(folder, `${i}-${name}`), data);
    bytes += data.length;
  }
  const files = readdirSync(folder).map((f) => join(folder, f));

  const t0 = performance.now();
  for (const f of files) decode(readFileSync(f));
  const baseline = (performance.now() - t0) / 1000;

  const lib = openLibrary(join(work, 'library.db'));
  const t1 = performance.now();
  const summary = await importPaths(lib, [folder]);
  const elapsed = (performance.now() - t1) / 1000;
  lib.close();

  const cost = await costPerArticle(work);
  rmSync(work, { recursive: true, force: true });

  const mb = bytes / 1024 / 1024;
  const cores = availableParallelism();
  const rate = files.length / elapsed;
  const ceiling = (cores * 1000) / (cost.parseCpu + cost.writeCpu);
  const ceilingTogether = (cores * 1000) / (cost.parseCpuTogether + cost.writeCpu);
  report('import', [
    ['articles', `${summary.imported} imported, ${summary.failed} failed (${mb.toFixed(1)} MB, ${workerCount()} parser threads)`],
    ['import', `${(files.length / elapsed).toFixed(1)} articles/s, ${(mb / elapsed).toFixed(2)} MB/s (${elapsed.toFixed(1)} s)`],
    ['baseline: read + decode only', `${(files.length / baseline).toFixed(0)} articles/s, ${(mb / baseline).toFixed(1)} MB/s (${baseline.toFixed(2)} s)`],
    ['import / baseline', `${(baseline / elapsed).toFixed(3)} (import takes ${(elapsed / baseline).toFixed(0)}× the time of reading)`],
    ['goal', '≥ 150 articles/s'],
    ['one article, parsed on a parser thread', `${cost.parse.toFixed(1)} ms on the thread, ${cost.parseCpu.toFixed(1)} ms of CPU (the collector's helper threads too)`],
    [`  parsed ${workerCount()} at once`, `${cost.parseCpuTogether.toFixed(1)} ms of CPU an article`],
    ['one article, written and indexed (into a library half as full)', `${cost.write.toFixed(1)} ms, ${cost.writeCpu.toFixed(1)} ms of CPU`],
    ['CPU ceiling', `${ceiling.toFixed(0)} articles/s on ${cores} cores, if nothing else ran; the import reaches ${((rate / ceiling) * 100).toFixed(1)} %`],
    [
      `  with articles parsed ${workerCount()} at once`,
      `${ceilingTogether.toFixed(0)} articles/s; the import reaches ${((rate / ceilingTogether) * 100).toFixed(1)} %`,
    ],
    ['peak memory (RSS)', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`],
  ]);
}

/**
 * Milliseconds one hexo-zh article costs to parse and to write, on the clock and in CPU.
 * The ceiling is taken from the CPU: V8 collects a thread's garbage partly on helper threads
 * of its own, which a parser thread's clock does not see (16 ms on the thread's clock took
 * 22–24 ms of CPU). Parsing is timed one file at a time on one thread, and again with as many
 * threads as the import runs, all busy at once: on this machine two jsdom parsers at once
 * need about a seventh more CPU an article than one alone (caches and memory shared), which
 * no ordering of the import's work can win back. The write is timed as the import's writer
 * does it (hash, the checks, the insert and its search entries, copy detection, new material
 * for claims), one file at a time, into a library already holding half of the import's
 * articles, whose search index has the merges of a library that size.
 */
async function costPerArticle(work: string): Promise<{ parse: number; parseCpu: number; parseCpuTogether: number; write: number; writeCpu: number }> {
  const sources = readdirSync(SOURCE).map((name) => ({ path: join(SOURCE, name), bytes: readFileSync(join(SOURCE, name)) }));
  const bundle = buildWorkerBundle();
  const pool = createParsePool(bundle, { size: 1 });
  const parsed: StoredArticle[] = [];
  let t = 0;
  let parseCpu = 0;
  try {
    // The first pass warms the thread up (jsdom's first window, the JIT); the second is timed.
    for (const pass of [0, 1]) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      for (const s of sources) {
        const a = await pool.parse(s.bytes, s.path);
        if (pass) parsed.push(a);
      }
      t = performance.now() - t0;
      parseCpu = cpuMs(process.cpuUsage(c0));
    }
  } finally {
    await pool.close();
  }
  const together = createParsePool(bundle, { size: workerCount() });
  let parseCpuTogether = 0;
  try {
    for (const pass of [0, 1]) {
      const c0 = process.cpuUsage();
      await Promise.all([...sources, ...sources].map((s) => together.parse(s.bytes, s.path)));
      if (pass) parseCpuTogether = cpuMs(process.cpuUsage(c0)) / 2;
    }
  } finally {
    await together.close();
  }
  const lib = openLibrary(join(work, 'write-only.db'));
  let next = 0;
  // Each file a distinct article (a new content hash), as in the import; its parse is done.
  const write = () => {
    const i = next++ % parsed.length;
    const bytes = Buffer.concat([sources[i].bytes, Buffer.from(`\n<!-- write ${next} -->\n`)]);
    return importBytes(lib, bytes, null, { parse: async () => parsed[i], close: async () => undefined }, `write-${next}`);
  };
  while (next < TARGET / 2) await write();
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  for (let k = 0; k < parsed.length; k++) await write();
  const took = performance.now() - t1;
  const writeCpu = cpuMs(process.cpuUsage(c1));
  lib.close();
  const n = parsed.length;
  return { parse: t / n, parseCpu: parseCpu / n, parseCpuTogether: parseCpuTogether / n, write: took / n, writeCpu: writeCpu / n };
}

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
