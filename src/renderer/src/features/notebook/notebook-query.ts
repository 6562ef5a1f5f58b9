// The notebook's filter is a search query (src/core/search/query.ts): the colour picker edits
// its text, so what is shown is always what the box says.

/** The query with `color:` set to this colour (or removed, for null). */
export function withColor(query: string, color: string | null): string {
  const rest = query.replace(/(^|\s)color:\S+/g, '').trim();
  return color ? `${rest} color:${color}`.trim() : rest;
}

/** The colour a query names, if it names exactly one. */
export function colorOf(query: string): string | null {
  const found = [...query.matchAll(/(?:^|\s)color:(\S+)/g)];
  return found.length === 1 ? found[0][1] : null;
}

