// An open article carries the same counts the library's list shows for it: getArticle looks
// them up for its one article (articles.ts, COUNTS_OF_ONE), the list counts every article.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../ingest/parse-article';
import { annotate } from '../test-support/annotated-library';
import { SEED, tempLibrary } from '../test-support/corpus';
import { getArticle, insertArticle, listArticles } from './articles';

let t: ReturnType<typeof tempLibrary>;
afterEach(() => t?.dispose());

describe('an opened article', () => {
  it('counts its claims, open claims, highlights, notes, tags and reading position as the list does', async () => {
    t = tempLibrary();
    const a = await annotate(t.lib);
    const empty = insertArticle(t.lib, { ...parseArticle(readFileSync(SEED), SEED), title: 'nothing on it' }, null, 'another hash');
    const listed = listArticles(t.lib);
    expect(listed).toHaveLength(3);
    for (const summary of listed) {
      const { claims, openClaims, highlights, notes, tags, progress } = getArticle(t.lib, summary.id)!;
      expect({ claims, openClaims, highlights, notes, tags, progress }).toEqual({
        claims: summary.claims,
        openClaims: summary.openClaims,
        highlights: summary.highlights,
        notes: summary.notes,
        tags: summary.tags,
        progress: summary.progress,
      });
    }
    // What the annotated library holds, so the comparison above compares something.
    expect(getArticle(t.lib, a.articleId)).toMatchObject({ claims: 1, openClaims: 1, highlights: 3, notes: 1, tags: ['C2M', '核实', '阿里'], progress: 0.25 });
    expect(getArticle(t.lib, empty)).toMatchObject({ claims: 0, openClaims: 0, highlights: 0, notes: 0, tags: [], progress: null });
  });
});
