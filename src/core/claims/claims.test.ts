// Claims on the seed and the corpus: statuses and their history, due-ness, evidence at
// both ends, suggestions from other articles, new material brought by an import, and
// removal with undo.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHighlight, deleteHighlight, findQuote, getHighlight } from '../annotations/highlights';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors';
import { importPaths } from '../ingest/import-files';
import { listArticles } from '../library/articles';
import { matchingIds, searchLibrary } from '../search/search';
import { CORPUS, SEED, tempLibrary } from '../test-support/corpus';
import { claimDetail, claimStats, createClaim, decideClaim, deleteClaim, getClaim, linkEvidence, listClaims, restoreClaim, suggestEvidence, undoDecision, unlinkEvidence, updateClaim } from '.';

let t: ReturnType<typeof tempLibrary>;
afterEach(() => t?.dispose());

const CLAIM_788 = '拼多多2020年财报显示，年活用户超过淘宝达到7.88亿';
const CLAIM_1688 = '1688上有上百万家批发商';
/** Another article of the corpus that mentions 拼多多 (and not the seed saved again). */
const OTHER = join(CORPUS, 'hexo-zh/gne-163_7.md');

async function library(...extra: string[]) {
  t = tempLibrary();
  const seed = join(t.dir, 'seed.md');
  copyFileSync(SEED, seed);
  const results = (await importPaths(t.lib, [seed, ...extra])).results;
  return results.map((r) => r.id!);
}

function claimOn(articleId: number, quote: string, tags: string[] = [], now = new Date()) {
  const h = createHighlight(t.lib, { articleId, ...findQuote(t.lib, articleId, quote), tags });
  return createClaim(t.lib, h.id, undefined, now);
}

const day = (offset: number, from = new Date()) => new Date(from.getTime() + offset * 86_400_000);

describe('claims', () => {
  it('a claim starts as "to check" with its quote as statement, and each decision is appended to its history', async () => {
    const [seed] = await library();
    const c = claimOn(seed, CLAIM_788, ['拼多多']);
    expect(c).toMatchObject({ statement: CLAIM_788, status: 'to-check', tags: ['拼多多'], due: true, dueReasons: ['to-check'] });
    expect(c.history).toHaveLength(1);
    expect(createClaim(t.lib, c.highlightId).id).toBe(c.id); // one claim per highlight

    decideClaim(t.lib, c.id, 'needs-source', '财报原文在哪里？', new Date());
    decideClaim(t.lib, c.id, 'supported', null, new Date());
    const h = getClaim(t.lib, c.id)!.history;
    expect(h.map((x) => [x.previous, x.status, x.reason])).toEqual([
      [null, 'to-check', null],
      ['to-check', 'needs-source', '财报原文在哪里？'],
      ['needs-source', 'supported', null],
    ]);
    expect(getHighlight(t.lib, c.highlightId)!.claim).toEqual({ id: c.id, status: 'supported' });
  });

  it('undo takes back the latest decision with a new entry, and restores what it changed', async () => {
    const [seed] = await library();
    const c = claimOn(seed, CLAIM_788);
    updateClaim(t.lib, c.id, { snoozedUntil: '2000-01-01', checkAgain: '2000-01-02' });
    decideClaim(t.lib, c.id, 'contradicted', null, new Date());
    decideClaim(t.lib, c.id, 'mixed', null, new Date());
    const [, first, second] = getClaim(t.lib, c.id)!.history;
    expect(() => undoDecision(t.lib, c.id, first.id, new Date())).toThrow(ConflictError);
    undoDecision(t.lib, c.id, second.id, new Date());
    expect(getClaim(t.lib, c.id)!.status).toBe('contradicted');
    undoDecision(t.lib, c.id, first.id, new Date());
    const back = getClaim(t.lib, c.id)!;
    expect(back).toMatchObject({ status: 'to-check', snoozedUntil: '2000-01-01', checkAgain: '2000-01-02' });
    // Nothing was rewritten: two decisions and two undos, in order.
    expect(back.history.map((x) => x.undoes)).toEqual([null, null, null, second.id, first.id]);
    expect(() => undoDecision(t.lib, c.id, first.id, new Date())).toThrow(/undone already/);
    expect(() => undoDecision(t.lib, c.id, back.history[0].id, new Date())).toThrow(NotFoundError);
  });

  it('is due when to check or needing a source, when its check-again day comes, and not while put off', async () => {
    const [seed] = await library();
    const now = new Date();
    const a = claimOn(seed, CLAIM_788, [], day(-3));
    const b = claimOn(seed, CLAIM_1688, [], day(-1));
    expect(listClaims(t.lib, { due: true }, now).map((c) => c.id)).toEqual([a.id, b.id]); // oldest due first

    decideClaim(t.lib, a.id, 'supported', null, now);
    updateClaim(t.lib, a.id, { checkAgain: '2099-01-01' });
    decideClaim(t.lib, b.id, 'needs-source', null, now);
    expect(listClaims(t.lib, { due: true }, now).map((c) => [c.id, c.dueReasons])).toEqual([[b.id, ['needs-source']]]);
    expect(listClaims(t.lib, { due: true }, new Date(2099, 0, 1, 12)).map((c) => [c.id, c.dueReasons])).toEqual([
      [b.id, ['needs-source']],
      [a.id, ['check-again']],
    ]);

    updateClaim(t.lib, b.id, { snoozedUntil: '2099-01-01' });
    expect(listClaims(t.lib, { due: true }, now)).toEqual([]);
    expect(claimStats(t.lib, now)).toMatchObject({ total: 2, due: 0, byStatus: { supported: 1, 'needs-source': 1 } });
  });

  it('links evidence both ways; deleting either end removes the link', async () => {
    const [seed, other] = await library(OTHER);
    const a = claimOn(seed, CLAIM_788, ['拼多多']);
    const b = claimOn(seed, CLAIM_1688, ['1688']);
    const passage = findQuote(t.lib, other, '拼多多');
    const onPassage = linkEvidence(t.lib, a.id, 'contradicts', { articleId: other, ...passage }, new Date());
    expect(onPassage).toMatchObject({ kind: 'highlight', relation: 'contradicts', articleId: other, quote: '拼多多' });
    const toClaim = linkEvidence(t.lib, b.id, 'context', { claimId: a.id }, new Date());
    linkEvidence(t.lib, a.id, 'supports', { url: 'https://investor.pinduoduo.com/', title: '2020 年报' }, new Date());

    expect(claimDetail(t.lib, a.id).evidence.map((e) => e.kind)).toEqual(['highlight', 'url']);
    expect(claimDetail(t.lib, a.id).citedBy).toMatchObject([{ claimId: b.id, relation: 'context' }]);
    expect(claimDetail(t.lib, b.id).evidence).toMatchObject([{ id: toClaim.id, kind: 'claim', claimId: a.id, quote: CLAIM_788, status: 'to-check' }]);
    // Linking the same thing again is the same link; the same thing as something else is refused.
    expect(linkEvidence(t.lib, a.id, 'contradicts', { highlightId: onPassage.highlightId! }, new Date()).id).toBe(onPassage.id);
    expect(() => linkEvidence(t.lib, a.id, 'supports', { highlightId: onPassage.highlightId! }, new Date())).toThrow(ConflictError);
    expect(() => linkEvidence(t.lib, a.id, 'supports', { claimId: a.id }, new Date())).toThrow(InvalidInputError);
    expect(() => linkEvidence(t.lib, a.id, 'supports', { highlightId: a.highlightId }, new Date())).toThrow(InvalidInputError);
    expect(() => linkEvidence(t.lib, a.id, 'supports', { highlightId: 9999 }, new Date())).toThrow(NotFoundError);

    deleteHighlight(t.lib, onPassage.highlightId!);
    const [web] = claimDetail(t.lib, a.id).evidence;
    expect(web.kind).toBe('url');
    expect(unlinkEvidence(t.lib, web.id)).toEqual(web);
    expect(claimDetail(t.lib, a.id).evidence).toEqual([]);
    expect(() => unlinkEvidence(t.lib, web.id)).toThrow(NotFoundError);
    deleteClaim(t.lib, a.id);
    expect(claimDetail(t.lib, b.id).evidence).toEqual([]);
  });

  it('a highlight deleted with its claim comes back whole on undo, links included', async () => {
    const [seed, other] = await library(OTHER);
    const a = claimOn(seed, CLAIM_788, ['拼多多']);
    const b = claimOn(seed, CLAIM_1688);
    linkEvidence(t.lib, a.id, 'contradicts', { articleId: other, ...findQuote(t.lib, other, '拼多多') }, new Date());
    linkEvidence(t.lib, b.id, 'context', { highlightId: a.highlightId }, new Date());
    decideClaim(t.lib, a.id, 'contradicted', '年报数字不同', new Date());
    const before = getClaim(t.lib, a.id)!;

    const removed = deleteHighlight(t.lib, a.highlightId);
    expect(getClaim(t.lib, a.id)).toBeNull();
    expect(getClaim(t.lib, b.id)!.evidence).toEqual([]);
    createHighlight(t.lib, { ...removed, id: removed.id });
    const after = getClaim(t.lib, a.id)!;
    expect({ ...after, due: before.due }).toEqual(before);
    expect(getClaim(t.lib, b.id)!.evidence).toHaveLength(1);

    deleteClaim(t.lib, a.id);
    expect(getHighlight(t.lib, a.highlightId)!.claim).toBeNull();
    expect(restoreClaim(t.lib, a.highlightId)).toBe(a.id);
    expect(getClaim(t.lib, a.id)!.history).toEqual(before.history);
    expect(() => restoreClaim(t.lib, a.highlightId)).toThrow(NotFoundError);
  });

  it('suggests passages of other articles in the corpus that mention the claim’s subject and figures', async () => {
    const files = ['gne-163_7.md', 'gne-sina_4.md', 'weekly-issue-3.md', 'weekly-issue-252.md'].map((f) => join(CORPUS, 'hexo-zh', f));
    const [seed, ...others] = await library(...files);
    const c = claimOn(seed, CLAIM_788, ['拼多多']);
    const suggestions = suggestEvidence(t.lib, c.id);
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(10);
    for (const s of suggestions) {
      expect(s.articleId).not.toBe(seed);
      expect(others).toContain(s.articleId);
      expect(s.snippet.text).toContain('拼多多');
      expect(s.terms).toContain('拼多多');
      expect(s.snippet.marks.length).toBeGreaterThan(0);
    }
    // What it suggests is exactly what linking highlights.
    const s = suggestions[0];
    const e = linkEvidence(t.lib, c.id, 'context', { articleId: s.articleId, start: s.start, end: s.end }, new Date());
    expect(e.quote).toBe(s.snippet.text);
    expect(suggestEvidence(t.lib, c.id).some((x) => x.articleId === s.articleId && x.start === s.start)).toBe(false);
  });

  it('an import that mentions a claim’s subject brings it back as new material, its passages first', async () => {
    const [seed] = await library();
    const c = claimOn(seed, CLAIM_788, ['拼多多']);
    decideClaim(t.lib, c.id, 'supported', null, new Date());
    updateClaim(t.lib, c.id, { snoozedUntil: '2099-01-01' });
    expect(listClaims(t.lib, { due: true }, new Date())).toEqual([]);

    const [r] = (await importPaths(t.lib, [OTHER, join(CORPUS, 'hexo-zh/weekly-issue-17.md')])).results;
    const back = listClaims(t.lib, { due: true }, new Date());
    expect(back.map((x) => [x.id, x.dueReasons])).toEqual([[c.id, ['new-material']]]);
    expect(getClaim(t.lib, c.id)!.newMaterial).toEqual([r.id]);
    expect(suggestEvidence(t.lib, c.id)[0]).toMatchObject({ articleId: r.id, isNew: true });
    // Deciding it again is seeing the material: it leaves the queue.
    decideClaim(t.lib, c.id, 'supported', null, new Date());
    expect(listClaims(t.lib, { due: true }, new Date())).toEqual([]);
  });

  it('statements and evidence notes are searched like notes, and is:/status: filter to claims', async () => {
    const [seed] = await library();
    const c = claimOn(seed, CLAIM_788, ['拼多多']);
    updateClaim(t.lib, c.id, { statement: '拼多多年活跃买家七亿八千八百万', noteText: '年报第3页', note: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '年报第3页' }] }] } });
    expect(matchingIds(t.lib, '八千八百').claims.statements).toEqual([c.highlightId]);
    expect(matchingIds(t.lib, '第3页').claims.notes).toEqual([c.highlightId]);
    expect(matchingIds(t.lib, '年报 status:to-check').claims.notes).toEqual([c.highlightId]);
    expect(matchingIds(t.lib, '年报 status:contradicted').claims.notes).toEqual([]);
    const results = searchLibrary(t.lib, '拼多多 is:claim');
    expect(results.counts).toMatchObject({ articles: 0, claims: 1, highlights: 1 });
    expect(results.articles[0].hits.find((h) => h.kind === 'claim')).toMatchObject({ id: c.id, highlightId: c.highlightId, of: 'statement', status: 'to-check' });
    // The article's own text did not match the filter: it is no hit, though the reader still marks its words.
    expect(results.articles[0].hits.map((h) => h.kind)).not.toContain('article');
    expect(results.articles[0].occurrences).toBeGreaterThan(0);
    expect(searchLibrary(t.lib, '拼多多 in:highlights').articles[0].hits.map((h) => h.kind)).toEqual(['highlight']);
    expect(listArticles(t.lib)[0]).toMatchObject({ claims: 1, openClaims: 1 });
  });
});
