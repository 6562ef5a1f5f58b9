// Near-duplicate detection by MinHash over character shingles (Broder 1997), with
// locality-sensitive banding to find candidates (Leskovec, Rajaraman & Ullman, "Mining of
// Massive Datasets", ch. 3). Characters, not words: Chinese has no spaces between words, and
// a five-character window catches the same wording in either language.

/** Characters per shingle. */
export const SHINGLE = 5;
/** Values in a signature: the estimate's standard error at 90 % overlap is about 4 %. */
export const HASHES = 64;
/** 16 bands of 4 values: a pair at 90 % overlap shares a band with probability > 0.9999, at 30 % under 0.13. */
export const BANDS = 16;
const ROWS = HASHES / BANDS;
/** Below this many shingles a text says too little to be judged a copy of another by its wording. */
export const MIN_SHINGLES = 40;

// Fixed odd multipliers and offsets, one pair per hash function: h_i(x) = a_i·x + b_i (mod 2^32)
// over the shingle's own 32-bit hash. A signature must mean the same in every run and version.
const A = new Uint32Array(HASHES);
const B = new Uint32Array(HASHES);
{
  let s = 0x9e3779b9;
  const next = () => {
    // xorshift32: deterministic, and enough to spread the parameters.
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return s >>> 0;
  };
  for (let i = 0; i < HASHES; i++) {
    A[i] = next() | 1;
    B[i] = next();
  }
}

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
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (let i = 0; i < count; i++) {
    // FNV-1a over the shingle's UTF-16 code units.
    let h = 0x811c9dc5;
    for (let j = i; j < i + SHINGLE; j++) h = Math.imul(h ^ s.charCodeAt(j), 0x01000193);
    const x = mix(h);
    for (let k = 0; k < HASHES; k++) {
      const v = (Math.imul(A[k], x) + B[k]) >>> 0;
      if (v < sig[k]) sig[k] = v;
    }
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
