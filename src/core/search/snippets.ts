// Matches found again in the original text, through folding: the reader's marks, the
// occurrence counts and the snippets around them all come from here.
import type { Snippet } from '../../shared/model';
import { foldWithMap, toOriginal } from './fold';

/** Every match of `pattern` in `text`, as [start, end) offsets into the original text. */
export function findMatches(text: string, pattern: RegExp): [number, number][] {
  const folded = foldWithMap(text);
  const out: [number, number][] = [];
  pattern.lastIndex = 0;
  for (const m of folded.text.matchAll(pattern)) {
    if (m[0].length === 0) continue;
    out.push(toOriginal(folded, m.index, m.index + m[0].length));
  }
  return out;
}

const BEFORE = 36;
const AFTER = 64;

/** Cuts `text` around the first of `matches` (or its start), keeping every mark that fits. */
export function snippetAround(text: string, matches: [number, number][], first = 0, width = BEFORE + AFTER): Snippet {
  const anchor = matches[first];
  let from = anchor ? Math.max(0, anchor[0] - BEFORE) : 0;
  let to = Math.min(text.length, anchor ? Math.max(anchor[1], from + width) : width);
  // Never cut a surrogate pair in half.
  if (from > 0 && /[\udc00-\udfff]/.test(text[from])) from--;
  if (to < text.length && /[\udc00-\udfff]/.test(text[to])) to++;
  const marks = matches.filter(([s, e]) => s >= from && e <= to).map(([s, e]) => [s - from, e - from] as [number, number]);
  // Block breaks read as spaces in one line of snippet (same length, so marks stay put).
  return { text: text.slice(from, to).replace(/\s/g, ' '), marks, cutBefore: from > 0, cutAfter: to < text.length };
}

/** A snippet as one string, the matches in <mark>…</mark> (for the CLI). */
export function snippetString(s: Snippet): string {
  let out = '';
  let at = 0;
  for (const [start, end] of s.marks) {
    out += s.text.slice(at, start) + '<mark>' + s.text.slice(start, end) + '</mark>';
    at = end;
  }
  return (s.cutBefore ? '…' : '') + out + s.text.slice(at) + (s.cutAfter ? '…' : '');
}
