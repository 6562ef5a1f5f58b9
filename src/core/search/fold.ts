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
/** Per BMP code unit: 0 not yet known, 1 starts a cluster, 2 combines with the one before. */
const combining = new Uint8Array(0x10000);

function isCombining(code: number): boolean {
  if (code < 0x300) return false; // nothing below U+0300 combines
  if (code < 0x10000) {
    if (combining[code] === 0) combining[code] = COMBINING.test(String.fromCharCode(code)) ? 2 : 1;
    return combining[code] === 2;
  }
  return COMBINING.test(String.fromCodePoint(code));
}

/** Folded forms of single BMP characters, the common case, without building a cluster string. */
const single: (string | undefined)[] = new Array(0x10000);

export interface Folded {
  text: string;
  /** For each UTF-16 unit of `text`: where the original character it came from starts and ends. */
  start: Int32Array;
  end: Int32Array;
}

/**
 * Calls `changed` for each cluster whose folded form differs from the original, in order;
 * text between those calls folds to itself (most of any text), so callers copy it whole.
 */
function walk(text: string, changed: (piece: string, from: number, to: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 65 && code <= 90) changed(String.fromCharCode(code + 32), i, i + 1);
      i++;
      continue;
    }
    const surrogate = code >= 0xd800 && code <= 0xdbff && i + 1 < n;
    let j = i + (surrogate ? 2 : 1);
    if (!surrogate && (j >= n || !isCombining(text.charCodeAt(j)))) {
      const piece = (single[code] ??= foldCluster(text[i]));
      if (piece.length !== 1 || piece.charCodeAt(0) !== code) changed(piece, i, j);
      i = j;
      continue;
    }
    while (j < n) {
      const next = text.codePointAt(j)!;
      if (!isCombining(next)) break;
      j += next > 0xffff ? 2 : 1;
    }
    const cluster = text.slice(i, j);
    const piece = foldCluster(cluster);
    if (piece !== cluster) changed(piece, i, j);
    i = j;
  }
}

/** The folded text alone: for indexing and for queries. */
export function fold(text: string): string {
  let out = '';
  let copied = 0;
  walk(text, (piece, from, to) => {
    out += text.slice(copied, from) + piece;
    copied = to;
  });
  return copied === 0 ? text : out + text.slice(copied);
}

/** The folded text with its map back to the original, for marking matches in the original. */
export function foldWithMap(text: string): Folded {
  let out = '';
  let copied = 0;
  // Folding rarely changes length; the arrays grow when it does.
  let start = new Int32Array(text.length + 8);
  let end = new Int32Array(text.length + 8);
  let at = 0;
  const room = (more: number) => {
    if (at + more <= start.length) return;
    const grow = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2 + more);
      b.set(a);
      return b;
    };
    start = grow(start);
    end = grow(end);
  };
  const same = (to: number) => {
    room(to - copied);
    for (let k = copied; k < to; k++, at++) {
      start[at] = k;
      end[at] = k + 1;
    }
  };
  walk(text, (piece, from, to) => {
    same(from);
    room(piece.length);
    for (let k = 0; k < piece.length; k++, at++) {
      start[at] = from;
      end[at] = to;
    }
    out += text.slice(copied, from) + piece;
    copied = to;
  });
  same(text.length);
  return { text: out + text.slice(copied), start: start.subarray(0, at), end: end.subarray(0, at) };
}

/** A range [from, to) of folded text as a range of the original text. */
export function toOriginal(f: Folded, from: number, to: number): [number, number] {
  return [f.start[from], f.end[to - 1]];
}
