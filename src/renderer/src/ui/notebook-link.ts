// Clicking a tag anywhere (tag manager, card, sidebar) opens the notebook filtered to it; the
// notebook's filter is a search query, so a tag is written as a query term.

/** A tag as a query term, quoted when it holds spaces or quotes. */
export function tagTerm(tag: string): string {
  return /[\s"]/.test(tag) ? `tag:"${tag.replace(/"/g, '')}"` : `tag:${tag}`;
}

/** The notebook filtered to a tag (the address routeHash gives the notebook route). */
export const notebookTagHash = (tag: string) => `#/notebook?${new URLSearchParams({ q: tagTerm(tag) })}`;
