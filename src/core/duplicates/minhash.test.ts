import { describe, expect, it } from 'vitest';
import { bandKeys, packSignature, signature, similarity, unpackSignature } from './minhash';
import { normaliseUrl } from './urls';

function shingles(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 5 <= s.length; i++) out.add(s.slice(i, i + 5));
  return out;
}

describe('MinHash', () => {
  const base = Array.from({ length: 400 }, (_, i) => `第${i}条消息称，公司${i % 7}季度营收增长${i % 13}成。`).join('');

  it('estimates the share of shingles in common within a few points', () => {
    const edited = base.slice(0, 3000) + '这里是完全改写过的一段文字'.repeat(40) + base.slice(3500);
    const a = shingles(base.replace(/[^\p{L}\p{N}]/gu, ''));
    const b = shingles(edited.replace(/[^\p{L}\p{N}]/gu, ''));
    const common = [...a].filter((x) => b.has(x)).length;
    const jaccard = common / (a.size + b.size - common);
    expect(Math.abs(similarity(signature(base)!, signature(edited)!) - jaccard)).toBeLessThan(0.12);
    expect(similarity(signature(base)!, signature(base)!)).toBe(1);
  });

  it('ignores spacing, punctuation, width and case, and refuses texts too short to judge', () => {
    expect(similarity(signature(base)!, signature(base.replace(/，/g, ', ').replace(/。/g, '.\n'))!)).toBe(1);
    expect(signature('短讯：今天下雨。')).toBeNull();
  });

  it('gives identical signatures identical band keys, and survives storage', () => {
    const sig = signature(base)!;
    expect(bandKeys(sig)).toEqual(bandKeys(unpackSignature(packSignature(sig))));
    expect(bandKeys(sig).every((k) => Number.isSafeInteger(k) && k >= 0)).toBe(true);
    expect(packSignature(sig)).toHaveLength(256);
  });
});

describe('normaliseUrl', () => {
  it('treats scheme, www., trailing slashes, fragments and tracking parameters as the same page', () => {
    expect(normaliseUrl('https://www.Example.com/a/b/?utm_source=x&id=3#top')).toBe('example.com/a/b?id=3');
    expect(normaliseUrl('http://example.com/a/b?id=3')).toBe('example.com/a/b?id=3');
    expect(normaliseUrl('javascript:alert(1)')).toBeNull();
    expect(normaliseUrl(null)).toBeNull();
  });
});
