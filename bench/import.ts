// Import throughput: ../shared/corpus/hexo-zh replicated to at least 5,000 distinct
// articles, imported into a fresh library. Baseline, measured in the same run: reading and
// decoding the same files alone, so the ratio holds on a noisy machine.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { decode } from '../src/core/ingest/decode';
import { importPaths } from '../src/core/ingest/import-files';
import { workerCount } from '../src/core/ingest/parse-pool';
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
  rmSync(work, { recursive: true, force: true });

  const mb = bytes / 1024 / 1024;
  report('import', [
    ['articles', `${summary.imported} imported, ${summary.failed} failed (${mb.toFixed(1)} MB, ${workerCount()} parser threads)`],
    ['import', `${(files.length / elapsed).toFixed(1)} articles/s, ${(mb / elapsed).toFixed(2)} MB/s (${elapsed.toFixed(1)} s)`],
    ['baseline: read + decode only', `${(files.length / baseline).toFixed(0)} articles/s, ${(mb / baseline).toFixed(1)} MB/s (${baseline.toFixed(2)} s)`],
    ['import / baseline', `${(baseline / elapsed).toFixed(3)} (import takes ${(elapsed / baseline).toFixed(0)}× the time of reading)`],
    ['goal', '≥ 150 articles/s'],
    ['peak memory (RSS)', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`],
  ]);
}
