import { afterEach, describe, expect, it } from 'vitest';
import { NotFoundError } from '../errors';
import { trashArticles } from '../library/trash';
import { annotate } from '../test-support/annotated-library';
import { tempLibrary } from '../test-support/corpus';
import { scopeArticleIds } from './scope';

let t: ReturnType<typeof tempLibrary>;
afterEach(() => t?.dispose());

describe('what an export takes', () => {
  it('one article, the articles with a tag on them or on a highlight, those a query matches, or all', async () => {
    t = tempLibrary();
    const f = await annotate(t.lib);
    expect(scopeArticleIds(t.lib, { articleId: f.otherArticleId })).toEqual([f.otherArticleId]);
    expect(() => scopeArticleIds(t.lib, { articleId: 999 })).toThrow(NotFoundError);
    expect(scopeArticleIds(t.lib, { tag: '阿里' })).toEqual([f.articleId]); // on the article
    expect(scopeArticleIds(t.lib, { tag: '品牌' })).toEqual([f.otherArticleId]); // on a highlight only
    expect(scopeArticleIds(t.lib, { tag: 'c2m' })).toEqual([f.articleId]); // any case
    expect(scopeArticleIds(t.lib, { tag: '没有' })).toEqual([]);
    expect(scopeArticleIds(t.lib, { query: '淘宝特价版 tag:核实' })).toEqual([f.articleId]);
    expect(scopeArticleIds(t.lib, { all: true })).toEqual([f.articleId, f.otherArticleId].sort((a, b) => a - b));
  });

  it('leaves out the Trash, unless the article is named', async () => {
    t = tempLibrary();
    const f = await annotate(t.lib);
    trashArticles(t.lib, [f.articleId]);
    expect(scopeArticleIds(t.lib, { all: true })).toEqual([f.otherArticleId]);
    expect(scopeArticleIds(t.lib, { tag: '阿里' })).toEqual([]);
    expect(scopeArticleIds(t.lib, { query: '淘宝特价版 tag:核实' })).toEqual([]);
    expect(scopeArticleIds(t.lib, { articleId: f.articleId })).toEqual([f.articleId]);
  });
});
