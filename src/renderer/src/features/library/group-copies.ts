// Copies of one story (the same article saved twice, or re-posted with a new title suffix)
// show as one row: the original, with its copies folded under it.
import type { ArticleSummary } from '../../../../shared/model';

export interface ArticleGroup {
  article: ArticleSummary;
  copies: ArticleSummary[];
}

/** Groups a list in its order; a copy whose original is not in the list stands as its own row. */
export function groupCopies(articles: ArticleSummary[]): ArticleGroup[] {
  const present = new Set(articles.map((a) => a.id));
  const copies = new Map<number, ArticleSummary[]>();
  for (const a of articles) if (a.copyOf !== null && present.has(a.copyOf)) (copies.get(a.copyOf) ?? copies.set(a.copyOf, []).get(a.copyOf)!).push(a);
  return articles.filter((a) => a.copyOf === null || !present.has(a.copyOf)).map((a) => ({ article: a, copies: copies.get(a.id) ?? [] }));
}
