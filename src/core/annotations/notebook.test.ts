import { afterEach, describe, expect, it } from 'vitest';
import { trashArticles } from '../library/trash';
import { annotate } from '../test-support/annotated-library';
import { tempLibrary } from '../test-support/corpus';
import { libraryFacets, listNotebook } from './notebook';

let t: ReturnType<typeof tempLibrary>;
afterEach(() => t?.dispose());

describe('the notebook', () => {
  it('lists every highlight newest first or by article, with its article, a page at a time', async () => {
    t = tempLibrary();
    const a = await annotate(t.lib);
    const all = listNotebook(t.lib);
    expect(all.total).toBe(4);
    expect(all.entries.map((e) => e.id)).toEqual([...a.highlightIds].reverse());
    expect(all.entries[3]).toMatchObject({ noteText: '需要核实：来源？', tags: ['C2M', '核实'], article: { id: a.articleId } });
    expect(all.entries[3].note?.type).toBe('doc');
    const byArticle = listNotebook(t.lib, { sort: 'article' });
    expect(byArticle.entries.map((e) => e.article.id)).toEqual([a.otherArticleId, a.articleId, a.articleId, a.articleId]);
    expect(listNotebook(t.lib, { limit: 2, offset: 3 }).entries).toHaveLength(1);
  });

  it('filters with the search language: tag, colour, claim status and text; the Trash hides its highlights', async () => {
    t = tempLibrary();
    const a = await annotate(t.lib);
    const ids = (query: string) => listNotebook(t.lib, { query }).entries.map((e) => e.id).sort((x, y) => x - y);
    expect(ids(`tag:${a.tag}`)).toEqual([a.highlightIds[0], a.highlightIds[1]]);
    expect(ids('color:pink')).toEqual([a.highlightIds[2]]);
    expect(ids('status:needs-source')).toEqual([a.highlightIds[0]]);
    expect(ids('来源')).toEqual([a.highlightIds[0]]);
    expect(listNotebook(t.lib, { query: 'color:green tag:品牌' }).total).toBe(0);
    trashArticles(t.lib, [a.articleId]);
    expect(listNotebook(t.lib).entries.map((e) => e.id)).toEqual([a.highlightIds[3]]);
    expect(ids(`tag:${a.tag}`)).toEqual([]);
  });

  it('gives the side panel its tags, sites and authors with article counts', async () => {
    t = tempLibrary();
    const a = await annotate(t.lib);
    const f = libraryFacets(t.lib);
    expect(f.tags.find((x) => x.name === a.tag)).toEqual({ name: a.tag, count: 1 });
    expect(f.tags.find((x) => x.name === '品牌')).toEqual({ name: '品牌', count: 1 });
    expect(f.authors.reduce((n, x) => n + x.count, 0)).toBeLessThanOrEqual(2);
    trashArticles(t.lib, [a.otherArticleId]);
    expect(libraryFacets(t.lib).tags.find((x) => x.name === '品牌')).toBeUndefined();
  });
});
