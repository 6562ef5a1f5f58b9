// Numbers an article may set that the reader turns into work: a table cell's spans (the
// table view lays out a grid of every row × column they add up to, so colspan="100000000"
// would take the reader's tab down) and a list's first number. Kept, within what real
// articles use; applied where a document is made (import) and where it is drawn (reader).
import type { ReadingDoc, ReadingNode } from '../model';

export const MAX_COLSPAN = 100;
export const MAX_ROWSPAN = 500;
export const MAX_LIST_START = 1_000_000;

function clamp(value: unknown, min: number, max: number, fallback: number): number {
  const n = Math.trunc(Number(value));
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

export const clampColspan = (v: unknown) => clamp(v, 1, MAX_COLSPAN, 1);
export const clampRowspan = (v: unknown) => clamp(v, 1, MAX_ROWSPAN, 1);
export const clampListStart = (v: unknown) => clamp(v, -MAX_LIST_START, MAX_LIST_START, 1);

function bounded(node: ReadingNode): ReadingNode {
  let attrs = node.attrs;
  if (node.type === 'tableCell' || node.type === 'tableHeader') attrs = { ...attrs, colspan: clampColspan(attrs?.colspan), rowspan: clampRowspan(attrs?.rowspan) };
  else if (node.type === 'orderedList') attrs = { ...attrs, start: clampListStart(attrs?.start) };
  const content = node.content?.map(bounded);
  return { ...node, ...(attrs ? { attrs } : {}), ...(content ? { content } : {}) };
}

/** The document with every span and list start within bounds. */
export function boundedDoc(doc: ReadingDoc): ReadingDoc {
  return bounded(doc) as ReadingDoc;
}
