// The order the library was last shown in: the reader's j/k step through articles in it.
import type { ArticleSort } from '../../../shared/api';

let order: ArticleSort = 'imported';

export const libraryOrder = (): ArticleSort => order;

export function rememberOrder(sort: ArticleSort): void {
  order = sort;
}
