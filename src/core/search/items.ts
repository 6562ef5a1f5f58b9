// What a row of the search index is. Its id encodes the article, the item and the kind
// (migration 0004), so grouping hits by article needs no join.
export const ARTICLE = 0;
export const QUOTE = 1;
export const HIGHLIGHT_NOTE = 2;
export const ARTICLE_NOTE = 3;
export type Kind = typeof ARTICLE | typeof QUOTE | typeof HIGHLIGHT_NOTE | typeof ARTICLE_NOTE;

const ARTICLE_SPAN = 4294967296;

export interface Item {
  article: number;
  kind: Kind;
  /** The highlight's id for a quote or a highlight's note, else the article's. */
  id: number;
}

export function decodeRow(rowid: number): Item {
  const article = Math.floor(rowid / ARTICLE_SPAN);
  const rest = rowid - article * ARTICLE_SPAN;
  const kind = (rest % 4) as Kind;
  return { article, kind, id: kind === ARTICLE || kind === ARTICLE_NOTE ? article : Math.floor(rest / 4) };
}
