import { describe, expect, it } from 'vitest';
import { BandIndex } from './band-index';
import { HASHES } from './minhash';

/** A signature whose values are `seed`-derived, with the first `same` values shared with `base`. */
function sig(seed: number, base?: Uint32Array, same = 0): Uint32Array {
  const out = new Uint32Array(HASHES);
  for (let i = 0; i < HASHES; i++) out[i] = i < same && base ? base[i] : (Math.imul(seed + 1, 2654435761) ^ Math.imul(i + 1, 40503)) >>> 0;
  return out;
}

describe('the in-memory band index', () => {
  it('proposes the articles that share a band, never the asking one, and not the unrelated', () => {
    const index = new BandIndex();
    const a = sig(1);
    index.add(1, a);
    index.add(2, sig(2, a, 4)); // shares the first band (four values) with article 1
    index.add(3, sig(3));
    expect([...index.candidates(a, 1)].sort()).toEqual([2]);
    expect([...index.candidates(a)].sort()).toEqual([1, 2]);
    expect([...index.candidates(sig(99))]).toEqual([]);
  });

  it('finds every entry across its bulk merges, old and just added alike', () => {
    const index = new BandIndex();
    const all = Array.from({ length: 1000 }, (_, i) => sig(i));
    all.forEach((s, i) => index.add(i + 1, s));
    for (const i of [0, 1, 499, 998, 999]) expect(index.candidates(all[i]).has(i + 1)).toBe(true);
    // A twin of an early entry, added after many merges, finds it, and is found by it.
    index.add(5000, sig(7000, all[10], HASHES));
    expect(index.candidates(all[10])).toEqual(new Set([11, 5000]));
  });
});
