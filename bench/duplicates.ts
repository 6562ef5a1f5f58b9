// Near-duplicate detection's share of import time, at 10,000 articles (BENCH_COPIES_ARTICLES).
// The articles are distinct stories built from the corpus's own paragraphs (eight drawn at
// random from hexo-zh for each), every 20th one a re-post of an earlier article with a new
// title suffix and the opening of one paragraph rewritten, as wire copies are. In the same run the same files are
// imported twice into fresh libraries: with detection off (the baseline) and on.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findOriginal, fingerprint, storeFingerprint } from '../src/core/duplicates/fingerprints';
import { importPaths } from '../src/core/ingest/import-files';
import { parseArticle } from '../src/core/ingest/parse-article';
import { articleText } from '../src/core/library/articles';
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

export async function benchDuplicates(): Promise<void> {
  const work = join(tmpdir(), `gloss-bench-copies-${process.pid}`);
  const folder = join(work, 'articles');
  mkdirSync(folder, { recursive: true });
  const pool = writeArticles(folder);

  const timed = async (name: string, detectCopies: boolean) => {
    const lib = openLibrary(join(work, `${name}.db`));
    const t0 = performance.now();
    const summary = await importPaths(lib, [folder], { detectCopies });
    return { lib, summary, seconds: (performance.now() - t0) / 1000 };
  };
  // The first import in a process also builds the parser threads' bundle and warms the JIT:
  // paid here, by neither side.
  const warm = openLibrary(join(work, 'warm.db'));
  await importPaths(warm, readdirSync(folder).slice(0, 50).map((f) => join(folder, f)));
  warm.close();
  const off = await timed('off', false);
  off.lib.close();
  const on = await timed('on', true);

  // The machine's load can change between two ten-minute imports, so detection's own work is
  // also timed alone: everything it did during the import (fingerprint, lookup, and storing
  // the fingerprint, each in its own transaction), replayed in import order into an empty index.
  const bytes = on.lib.db.prepare('SELECT sum(length(minhash)) FROM article_fingerprints').pluck().get() as number;
  const bands = on.lib.db.prepare('SELECT count(*) FROM article_minhash_bands').pluck().get() as number;
  const articles = on.lib.db.prepare('SELECT id, url FROM articles ORDER BY id').raw().all() as [number, string | null][];
  const texts = articles.map(([id, url]) => [id, articleText(on.lib, id)!, url] as const);
  on.lib.db.exec('DELETE FROM article_minhash_bands; DELETE FROM article_fingerprints');
  const t0 = performance.now();
  for (const [id, text, url] of texts) {
    const print = fingerprint(text, url);
    on.lib.db.transaction(() => {
      findOriginal(on.lib, print, id);
      storeFingerprint(on.lib, id, print);
    })();
  }
  const replay = (performance.now() - t0) / 1000;
  on.lib.close();
  rmSync(work, { recursive: true, force: true });

  const copies = on.summary.results.filter((r) => r.copyOf !== null).length;
  const share = (on.seconds - off.seconds) / off.seconds;
  report('duplicates', [
    ['articles', `${on.summary.imported} imported (${Math.floor(TARGET / REPOST_EVERY)} of them re-posts; built from ${pool} corpus paragraphs)`],
    ['copies found', `${copies}`],
    ['import, detection off (baseline)', `${off.seconds.toFixed(1)} s`],
    ['import, detection on', `${on.seconds.toFixed(1)} s`],
    ['(on − off) / off', `${(share * 100).toFixed(1)} % (goal ≤ 10 %; two long runs, as noisy as the machine)`],
    ['detection alone, replayed', `${replay.toFixed(1)} s = ${((replay / off.seconds) * 100).toFixed(1)} % of the import without it (${((replay * 1000) / TARGET).toFixed(2)} ms an article)`],
    ['stored', `${(bytes / 1024 / 1024).toFixed(2)} MB of signatures, ${bands} band keys`],
  ]);
}
