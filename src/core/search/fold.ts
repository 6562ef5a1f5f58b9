// Folding: what search compares. Text and query both go through it, so that full-width and
// half-width forms (NFKC), upper and lower case, and traditional and simplified characters
// match each other. Conversion is character by character (OpenCC's character tables, not
// its phrase tables), so a folded text keeps a known mapping back to the original offsets:
// snippets and the reader's marks are cut from the original text.
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';

function table(dict: string): Map<string, string> {
  return new Map(dict.split('|').map((pair) => pair.split(' ') as [string, string]));
}

let toSimplified: ((ch: string) => string) | null = null;

/** Taiwan and Hong Kong variants to OpenCC's standard traditional, then to simplified. */
function simplify(ch: string): string {
  if (!toSimplified) {
    const variants = new Map([...table(HKVariantsRev), ...table(TWVariantsRev)]);
    const ts = table(TSCharacters);
    toSimplified = (c) => {
      const standard = variants.get(c) ?? c;
      return ts.get(standard) ?? standard;
    };
  }
  return toSimplified(ch);
}

const cache = new Map<string, string>();

/** The folded form of one cluster (a character and the combining marks after it). */
function foldCluster(cluster: string): string {
  let out = cache.get(cluster);
  if (out === undefined) {
    out = '';
    for (const ch of cluster.normalize('NFKC').toLowerCase()) out += ch === 'ς' ? 'σ' : simplify(ch);
    if (cache.size < 100_000) cache.set(cluster, out);
  }
  return out;
}

const COMBINING = /\p{M}/u;

function isCombining(code: number): boolean {
  // Fast path: nothing below U+0300 combines.
  return code >= 0x300 && COMBINING.test(String.fromCodePoint(code));
}

export interface Folded {
  text: string;
  /** For each UTF-16 unit of `text`: where the original character it came from starts and ends. */
  start: Int32Array;
  end: Int32Array;
}

function walk(text: string, emit: (piece: string, from: number, to: number) => void): void {
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      // ASCII: only letters change.
      emit(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i], i, i + 1);
      i++;
      continue;
    }
    let j = i + (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1);
    while (j < text.length) {
      const next = text.codePointAt(j)!;
      if (!isCombining(next)) break;
      j += next > 0xffff ? 2 : 1;
    }
    emit(foldCluster(text.slice(i, j)), i, j);
    i = j;
  }
}

/** The folded text alone: for indexing and for queries. */
export function fold(text: string): string {
  const parts: string[] = [];
  walk(text, (piece) => parts.push(piece));
  return parts.join('');
}

/** The folded text with its map back to the original, for marking matches in the original. */
export function foldWithMap(text: string): Folded {
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  walk(text, (piece, from, to) => {
    parts.push(piece);
    for (let k = 0; k < piece.length; k++) {
      starts.push(from);
      ends.push(to);
    }
  });
  return { text: parts.join(''), start: Int32Array.from(starts), end: Int32Array.from(ends) };
}

/** A range [from, to) of folded text as a range of the original text. */
export function toOriginal(f: Folded, from: number, to: number): [number, number] {
  return [f.start[from], f.end[to - 1]];
}
