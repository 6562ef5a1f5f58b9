// The claim commands as a script uses them: JSON shapes, exit statuses, and that a refused
// command changes nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CORPUS, SEED } from '../core/test-support/corpus';
import { runGloss } from './run-gloss';

let dir: string;
let library: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gloss-cli-claims-'));
  library = join(dir, 'g.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const gloss = (...args: string[]) => runGloss(library, args);

async function seedWithHighlights() {
  const [seed, other] = (await gloss('import', SEED, join(CORPUS, 'hexo-zh/gne-163_7.md'), '--json')).out.map((l) => JSON.parse(l).id as number);
  const h = (await gloss('annotate', String(seed), '--quote', '拼多多2020年财报显示，年活用户超过淘宝达到7.88亿', '--tag', '拼多多', '--json')).json();
  const evidence = (await gloss('annotate', String(other), '--quote', '拼多多', '--json')).json();
  return { seed, other, h, evidence };
}

describe('gloss claim, claims, link, review', () => {
  it('makes a claim, decides it with a reason, and keeps every change in its history', async () => {
    const { seed, h } = await seedWithHighlights();
    const made = (await gloss('claim', String(h.id), '--json')).json();
    expect(made).toMatchObject({ highlightId: h.id, articleId: seed, status: 'to-check', statement: h.quote, tags: ['拼多多'], due: true, evidence: [] });
    for (const key of ['id', 'highlightId', 'articleId', 'status', 'statement', 'history', 'evidence']) expect(made).toHaveProperty(key);

    const decided = (await gloss('claim', String(h.id), '--status', 'needs a source', '--reason', '找财报原文', '--statement', '拼多多 2020 年活跃买家 7.88 亿', '--note', '年报第 3 页', '--again', '2027-03-31', '--json')).json();
    expect(decided).toMatchObject({ id: made.id, status: 'needs-source', statement: '拼多多 2020 年活跃买家 7.88 亿', note: '年报第 3 页', checkAgain: '2027-03-31' });
    expect(decided.history.map((x: { previous: string | null; status: string; reason: string | null }) => [x.previous, x.status, x.reason])).toEqual([
      [null, 'to-check', null],
      ['to-check', 'needs-source', '找财报原文'],
    ]);
    const listed = (await gloss('claims', '--status', 'needs-source', '--json')).json();
    expect(listed).toEqual([decided]);
    expect((await gloss('claims', '--tag', '1688', '--json')).json()).toEqual([]);
    expect((await gloss('claims')).out[0]).toMatch(/\[needs-source\] article \d+: 拼多多 2020/);
  });

  it('links evidence by highlight, claim or URL, shown at both ends', async () => {
    const { h, evidence } = await seedWithHighlights();
    const claim = (await gloss('claim', String(h.id), '--json')).json();
    const link = (await gloss('link', String(claim.id), '--contradicts', String(evidence.id), '--json')).json();
    expect(link).toMatchObject({ relation: 'contradicts', kind: 'highlight', highlightId: evidence.id, quote: '拼多多' });
    const web = (await gloss('link', String(claim.id), '--supports', 'https://investor.pinduoduo.com/', '--title', '年报', '--json')).json();
    expect(web).toMatchObject({ relation: 'supports', kind: 'url', url: 'https://investor.pinduoduo.com/', title: '年报' });
    const other = (await gloss('claim', String(evidence.id), '--json')).json();
    expect((await gloss('link', String(other.id), '--context', `claim:${claim.id}`, '--json')).json()).toMatchObject({ kind: 'claim', claimId: claim.id });
    const shown = (await gloss('claims', '--json')).json().find((c: { id: number }) => c.id === claim.id);
    expect(shown.evidence.map((e: { kind: string }) => e.kind)).toEqual(['highlight', 'url']);
    expect(shown.citedBy.map((c: { claimId: number }) => c.claimId)).toEqual([other.id]);
  });

  it('reviews the due queue in the app’s order, each claim with suggestions from other articles', async () => {
    const { h, other } = await seedWithHighlights();
    const claim = (await gloss('claim', String(h.id), '--json')).json();
    const queue = (await gloss('review', '--json')).json();
    expect(queue.map((c: { id: number }) => c.id)).toEqual([claim.id]);
    expect(queue[0].suggestions.length).toBeGreaterThan(0);
    expect(queue[0].suggestions[0]).toMatchObject({ articleId: other, snippet: expect.stringContaining('<mark>拼多多</mark>') });
    await gloss('claim', String(h.id), '--status', 'supported');
    expect((await gloss('review', '--json')).json()).toEqual([]);
    expect((await gloss('claims', '--due', '--json')).json()).toEqual([]);
  });

  it('refuses bad ids, unknown statuses and links to itself in one line, changing nothing', async () => {
    const { h } = await seedWithHighlights();
    const claim = (await gloss('claim', String(h.id), '--json')).json();
    const highlights = (await gloss('highlights', '--json')).json();
    const cases: [string[], number][] = [
      [['claim', '99999'], 1],
      [['claim', 'abc'], 2],
      [['claim', String(h.id), '--status', 'maybe'], 2],
      [['claim', String(h.id), '--again', '2027-02-30'], 2],
      [['claims', '--status', 'maybe'], 2],
      [['link', String(claim.id), '--supports', String(h.id)], 1],
      [['link', String(claim.id), '--supports', `claim:${claim.id}`], 1],
      [['link', '99999', '--supports', 'https://example.com/'], 1],
      [['link', String(claim.id), '--supports', '99999'], 1],
      [['link', String(claim.id), '--supports', 'ftp://example.com/'], 2],
      [['link', String(claim.id)], 2],
      [['link', String(claim.id), '--supports', '1', '--contradicts', '2'], 2],
    ];
    for (const [args, code] of cases) {
      const r = await gloss(...args);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.err, args.join(' ')).toHaveLength(1);
      expect(r.out, args.join(' ')).toEqual([]);
    }
    expect((await gloss('claims', '--json')).json()).toEqual([claim]);
    expect((await gloss('highlights', '--json')).json()).toEqual(highlights);
  });
});
