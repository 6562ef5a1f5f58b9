// Claims on a large library: 10,000 articles and 100,000 highlights (the search benchmark's
// library), 5,000 of them claims with subjects. Two figures, each against a baseline taken
// in the same run: showing the next due claim (the queue in order, then the claim's card)
// against the card alone; and the evidence at hand for a claim against a plain search for
// its subject's first page (goal ≤ 50 ms).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLAIM_STATUSES } from '../src/shared/model';
import { claimDetail, listClaims, suggestEvidence } from '../src/core/claims';
import { openLibrary } from '../src/core/library/db';
import { tagId } from '../src/core/annotations/tags';
import { searchLibrary } from '../src/core/search/search';
import { report } from './report';
import { build, corpusSentences } from './search';

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 5_000);
const SUBJECTS = ['拼多多', '阿里巴巴', '腾讯', '1688', '微信', '淘宝', '京东', '华为', '苹果', '小米', '字节跳动', '美团', '百度', '网易', '特斯拉', '亚马逊', 'Google', '小程序', '电商', '人工智能'];

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const ms = (xs: number[]) => `p50 ${percentile(xs, 50).toFixed(1)} / p95 ${percentile(xs, 95).toFixed(1)} ms`;

function timed(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

export async function benchClaims(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-bench-claims-'));
  const lib = openLibrary(join(dir, 'library.db'));
  try {
    build(lib, corpusSentences());
    const highlights = lib.db.prepare('SELECT id FROM highlights ORDER BY id').pluck().all() as number[];
    const step = Math.max(1, Math.floor(highlights.length / CLAIMS));
    const now = Date.now();
    lib.db.transaction(() => {
      const link = lib.db.prepare('INSERT OR IGNORE INTO highlight_tags (highlight_id, tag_id) VALUES (?, ?)');
      const claim = lib.db.prepare(
        `INSERT INTO claims (highlight_id, statement, status, check_again, reviewed_at, status_at, created_at, updated_at)
         SELECT id, exact, ?, ?, ?, ?, ?, ? FROM highlights WHERE id = ?`,
      );
      const history = lib.db.prepare("INSERT INTO claim_history (claim_id, status, previous, at) VALUES (last_insert_rowid(), 'to-check', NULL, ?)");
      for (let i = 0; i < CLAIMS; i++) {
        const h = highlights[i * step];
        link.run(h, tagId(lib, SUBJECTS[i % SUBJECTS.length]));
        if (i % 3 === 0) link.run(h, tagId(lib, SUBJECTS[(i * 7) % SUBJECTS.length]));
        const at = new Date(now - (CLAIMS - i) * 60_000).toISOString();
        // Half open, half settled; a tenth of the settled ones due again by date.
        const status = i % 2 === 0 ? CLAIM_STATUSES[i % 4 === 0 ? 0 : 1] : CLAIM_STATUSES[2 + (i % 4)];
        claim.run(status, i % 20 === 1 ? '2020-01-01' : null, at, at, at, at, h);
        history.run(at);
      }
    })();
    const ids = lib.db.prepare('SELECT id FROM claims ORDER BY id').pluck().all() as number[];

    const next: number[] = [];
    const card: number[] = [];
    for (let i = 0; i < 20; i++) {
      next.push(timed(() => claimDetail(lib, listClaims(lib, { due: true }, new Date())[0].id)));
      card.push(timed(() => claimDetail(lib, ids[(i * 97) % ids.length])));
    }
    const due = listClaims(lib, { due: true }, new Date()).length;

    const suggest: number[] = [];
    const search: number[] = [];
    let found = 0;
    for (let i = 0; i < 30; i++) {
      const id = ids[(i * 163) % ids.length];
      const subject = claimDetail(lib, id).tags[0];
      suggestEvidence(lib, id); // warm
      suggest.push(timed(() => (found += suggestEvidence(lib, id).length)));
      search.push(timed(() => searchLibrary(lib, subject, { limit: 20, hitsPerArticle: 5 })));
    }
    report('claims', [
      ['library', `10,000 articles, ${highlights.length.toLocaleString('en')} highlights, ${ids.length.toLocaleString('en')} claims (${due.toLocaleString('en')} due)`],
      ['next due claim shown', `${ms(next)} (the queue in order, then its card) · baseline, the card alone: ${ms(card)}`],
      ['suggestions for one claim', `${ms(suggest)} (goal ≤ 50 ms; ${(found / suggest.length).toFixed(1)} passages each) · baseline, a search for its subject, first page: ${ms(search)}`],
    ]);
  } finally {
    lib.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
