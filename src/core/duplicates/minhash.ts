// Near-duplicate detection by MinHash over character shingles (Broder 1997), with
// locality-sensitive banding to find candidates (Leskovec, Rajaraman & Ullman, "Mining of
// Massive Datasets", ch. 3). Characters, not words: Chinese has no spaces between words, and
// a five-character window catches the same wording in either language.
//
// The signature is one-permutation MinHash (Li, Owen & Zhang 2012): each shingle is hashed
// once and kept, in the bin its hash's top bits name, if it is that bin's smallest; bins no
// shingle fell in borrow from the next one that has (rotation densification, Shrivastava &
// Li 2014). One hash per shingle instead of 64 keeps detection a small share of an import.

/** Characters per shingle. */
export const SHINGLE = 5;
/** Values in a signature: the estimate's standard error at 90 % overlap is about 4 %. */
export const HASHES = 64;
/** 16 bands of 4 values: a pair at 90 % overlap shares a band with probability > 0.9999, at 30 % under 0.13. */
export const BANDS = 16;
const ROWS = HASHES / BANDS;
/** Below this many shingles a text says too little to be judged a copy of another by its wording. */
export const MIN_SHINGLES = 40;
/** The top 6 bits of a shingle's hash pick its bin (64), the other 26 are its value. */
const VALUE_BITS = 26;
const VALUE_MASK = (1 << VALUE_BITS) - 1;
const EMPTY = 0xffffffff;

/** What is compared: letters and digits only, case- and width-folded (punctuation and spacing differ between copies). */
export function comparableText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Avalanche mix (murmur3's finaliser): nearby shingle hashes must not give nearby minima. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The text's MinHash signature, or null when it is too short to judge. */
export function signature(text: string): Uint32Array | null {
  const s = comparableText(text);
  const count = s.length - SHINGLE + 1;
  if (count < MIN_SHINGLES) return null;
  const bins = new Uint32Array(HASHES).fill(EMPTY);
  for (let i = 0; i < count; i++) {
    // FNV-1a over the shingle's UTF-16 code units.
    let h = 0x811c9dc5;
    for (let j = i; j < i + SHINGLE; j++) h = Math.imul(h ^ s.charCodeAt(j), 0x01000193);
    const x = mix(h);
    const bin = x >>> VALUE_BITS;
    const v = x & VALUE_MASK;
    if (v < bins[bin]) bins[bin] = v;
  }
  // An empty bin takes the value of the next filled one to its right, marked with the distance
  // (so two texts agree there only when they agree on that bin at that distance).
  const sig = new Uint32Array(HASHES);
  for (let b = 0; b < HASHES; b++) {
    let k = 0;
    while (bins[(b + k) % HASHES] === EMPTY) k++;
    sig[b] = (bins[(b + k) % HASHES] + k * (VALUE_MASK + 1)) >>> 0;
  }
  return sig;
}

/** The estimated share of shingles two texts have in common (Jaccard), 0..1. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
}

/**
 * The signature's band keys: two signatures that agree on all four values of any band
 * share its key. Keys are 52-bit integers (exact in a JavaScript number and in SQLite).
 */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let hi = 0x811c9dc5 ^ b;
    let lo = 0x01000193 + b;
    for (let r = b * ROWS; r < (b + 1) * ROWS; r++) {
      hi = mix(hi ^ sig[r]);
      lo = mix(Math.imul(lo, 31) ^ sig[r]);
    }
    keys.push((hi & 0xfffff) * 0x100000000 + lo);
  }
  return keys;
}

/** A signature as stored (little-endian uint32s), and back. */
export function packSignature(sig: Uint32Array): Buffer {
  const out = Buffer.alloc(HASHES * 4);
  for (let i = 0; i < HASHES; i++) out.writeUInt32LE(sig[i], i * 4);
  return out;
}

export function unpackSignature(blob: Uint8Array): Uint32Array {
  const buf = Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength);
  const sig = new Uint32Array(HASHES);
  for (let i = 0; i < HASHES; i++) sig[i] = buf.readUInt32LE(i * 4);
  return sig;
}
