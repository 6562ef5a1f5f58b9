import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../../shared/model';
import { groupCopies } from './group-copies';

const article = (id: number, copyOf: number | null = null) => ({ id, copyOf }) as ArticleSummary;

describe('groupCopies', () => {
  it('folds copies under their original, in the list’s order', () => {
    const groups = groupCopies([article(5, 2), article(4), article(3, 2), article(2), article(1)]);
    expect(groups.map((g) => [g.article.id, g.copies.map((c) => c.id)])).toEqual([
      [4, []],
      [2, [5, 3]],
      [1, []],
    ]);
  });

  it('shows a copy on its own when its original is not in the list (archived, trashed or filtered out)', () => {
    expect(groupCopies([article(5, 2), article(1)]).map((g) => g.article.id)).toEqual([5, 1]);
  });
});
