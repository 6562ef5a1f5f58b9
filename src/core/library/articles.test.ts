// What the list shows for each article and what an opened article carries: its claims and
// open claims, highlights, notes, tags (the article's and its highlights') and where it was
// left, each counted for that article alone (articles.ts, COUNTS).
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseArticle } from '../ingest/parse-article';
import { annotate } from '../test-support/annotated-library';
import { SEED, tempLibrary } from '../test-support/corpus';
import { getArticle, insertArticle, listArticles } from './articles';
import { archiveArticles, trashArticles } from './trash';

let t: ReturnType<typeof tempLibrary>;
afterEach(() => t?.dispose());

const counts = ({ claims, openClaims, highlights, notes, tags, progress }: ReturnType<typeof listArticles>[number]) => ({ claims, openClaims, highlights, notes, tags, progress });

describe("an article's counts", () => {
  it('are its own, the same in the list and opened, and nothing for an article with nothing on it', async () => {
    t = tempLibrary();
    const a = await annotate(t.lib);
    const bare = insertArticle(t.lib, { ...parseArticle(readFileSync(SEED), SEED), title: 'nothing on it' }, null, 'another hash');
    const expected = new Map([
      // Two claims were made; one was removed, and the other awaits a source.
      [a.articleId, { claims: 1, openClaims: 1, highlights: 3, notes: 1, tags: ['C2M', '核实', '阿里'], progress: 0.25 }],
      [a.otherArticleId, { claims: 0, openClaims: 0, highlights: 1, notes: 0, tags: ['品牌'], progress: null }],
      [bare, { claims: 0, openClaims: 0, highlights: 0, notes: 0, tags: [], progress: null }],
    ]);
    const listed = listArticles(t.lib);
    expect(new Map(listed.map((s) => [s.id, counts(s)]))).toEqual(expected);
    for (const [id, want] of expected) expect(counts(getArticle(t.lib, id)!)).toEqual(want);
  });

  it('count notes from the index of noted highlights, not by reading every highlight and its note', () => {
    t = tempLibrary();
    const prepare = vi.spyOn(t.lib.db, 'prepare');
    listArticles(t.lib);
    const sql = prepare.mock.calls.map(([q]) => q).find((q) => q.includes('AS notes'))!;
    prepare.mockRestore();
    const plan = (t.lib.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail);
    expect(plan).toContainEqual(expect.stringMatching(/^SEARCH highlights USING .*INDEX highlights_noted \(article_id=\?\)$/));
  });
});

describe('the first articles of a list', () => {
  it('are the whole list cut short, in its order and with their counts, in every view and sort', async () => {
    t = tempLibrary();
    const a = await annotate(t.lib);
    const seed = parseArticle(readFileSync(SEED), SEED);
    const more = ['丙', '甲', '乙', '丁'].map((title, i) => insertArticle(t.lib, { ...seed, title }, null, `hash ${i}`));
    trashArticles(t.lib, [more[3]]);
    archiveArticles(t.lib, [more[2]], true);
    for (const view of ['inbox', 'archive', 'trash', 'all'] as const) {
      for (const sort of ['imported', 'published', 'title'] as const) {
        const all = listArticles(t.lib, sort, view);
        for (const limit of [1, 2, 3, 100]) expect(listArticles(t.lib, sort, view, limit)).toEqual(all.slice(0, limit));
      }
    }
    expect(counts(listArticles(t.lib, 'title', 'all', 100).find((s) => s.id === a.articleId)!)).toMatchObject({ claims: 1, highlights: 3, notes: 1 });
  });
});
