// Near-duplicate detection's share of import time, at 10,000 articles (BENCH_COPIES_ARTICLES).
// The articles are distinct stories built from the corpus's own paragraphs (eight drawn at
// random from hexo-zh for each), every 20th one a re-post of an earlier article with a new
// title suffix and the opening of one paragraph rewritten, as wire copies are. In the same run the same files are
// imported into two fresh libraries, with detection off (the baseline) and on, taking turns.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { importPaths } from '../src/core/ingest/import-files';
import { parseArticle } from '../src/core/ingest/parse-article';
import { createWarmParser } from '../src/core/ingest/warm-parser';
import { openLibrary } from '../src/core/library/db';
import { report } from './report';

const SOURCE = resolve(import.meta.dirname, '../../shared/corpus/hexo-zh');
const TARGET = Number(process.env.BENCH_COPIES_ARTICLES ?? 10_000);
const REPOST_EVERY = 20;

/** A seeded generator (mulberry32): the same articles every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function writeArticles(folder: string): number {
  const paragraphs = readdirSync(SOURCE).flatMap((name) =>
    parseArticle(readFileSync(join(SOURCE, name)), join(SOURCE, name))
      .text.split('\n')
      .filter((p) => p.length >= 40),
  );
  const next = random(42);
  const bodies: string[][] = [];
  for (let i = 0; i < TARGET; i++) {
    let body: string[];
    let title = `第 ${i} 篇`;
    if (i % REPOST_EVERY === REPOST_EVERY - 1) {
      // A sentence's worth rewritten: the opening of one paragraph replaced.
      body = [...bodies[Math.floor(next() * i)]];
      const k = Math.floor(next() * body.length);
      body[k] = `据最新消息，${body[k].slice(12)}`;
      title += '_网易订阅';
    } else body = Array.from({ length: 8 }, () => paragraphs[Math.floor(next() * paragraphs.length)]);
    bodies.push(body);
    writeFileSync(join(folder, `${String(i).padStart(5, '0')}.md`), `---\ntitle: '${title}'\n---\n\n${body.join('\n\n')}\n`);
  }
  return paragraphs.length;
}

/** Files per step: the two libraries take turns, so the machine's load falls on both alike. */
const STEP = 500;

export async function benchDuplicates(): Promise<void> {
  const work = join(tmpdir(), `gloss-bench-copies-${process.pid}`);
  const folder = join(work, 'articles');
  mkdirSync(folder, { recursive: true });
  const pool = writeArticles(folder);
  const files = readdirSync(folder)
    .sort()
    .map((f) => join(folder, f));

  // One set of parser threads for both sides, started and warmed (JIT, bundle) by neither.
  const threads = createWarmParser();
  const warm = openLibrary(join(work, 'warm.db'));
  await importPaths(warm, files.slice(0, 50), { threads });
  warm.close();

  // The same files go into two fresh libraries, detection off (the baseline) and on, in
  // alternating steps of STEP files, the side that goes first swapping each step. A long
  // import measured after another on two shared cores differs by more than what is measured.
  const sides = [
    { detectCopies: false, lib: openLibrary(join(work, 'off.db')), seconds: 0, copies: 0, imported: 0 },
    { detectCopies: true, lib: openLibrary(join(work, 'on.db')), seconds: 0, copies: 0, imported: 0 },
  ];
  for (let at = 0, step = 0; at < files.length; at += STEP, step++) {
    const chunk = files.slice(at, at + STEP);
    for (const side of step % 2 ? [...sides].reverse() : sides) {
      const t0 = performance.now();
      const summary = await importPaths(side.lib, chunk, { detectCopies: side.detectCopies, threads });
      side.seconds += (performance.now() - t0) / 1000;
      side.imported += summary.imported;
      side.copies += summary.results.filter((r) => r.copyOf !== null).length;
    }
  }
  await threads.close();
  const [off, on] = sides;
  const bytes = on.lib.db.prepare('SELECT sum(length(minhash)) FROM article_fingerprints').pluck().get() as number;
  for (const side of sides) side.lib.close();
  rmSync(work, { recursive: true, force: true });

  const share = (on.seconds - off.seconds) / off.seconds;
  report('duplicates', [
    ['articles', `${on.imported} imported (${Math.floor(TARGET / REPOST_EVERY)} of them re-posts; built from ${pool} corpus paragraphs)`],
    ['copies found', `${on.copies}`],
    ['import, detection off (baseline)', `${off.seconds.toFixed(1)} s`],
    ['import, detection on', `${on.seconds.toFixed(1)} s`],
    ['(on − off) / off', `${(share * 100).toFixed(1)} % (goal ≤ 10 %; the two imports alternate in steps of ${STEP} files)`],
    ['stored', `${(bytes / 1024 / 1024).toFixed(2)} MB of signatures (band keys are kept in memory)`],
  ]);
}
