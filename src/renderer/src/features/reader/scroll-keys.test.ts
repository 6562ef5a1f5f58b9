import { describe, expect, it } from 'vitest';
import { scrollDelta } from './scroll-keys';

describe('reading keys with nothing focused', () => {
  it('scroll as a focused scroller would: a page less a little overlap, a line, the ends', () => {
    expect(scrollDelta(' ', false, 800)).toBe(752);
    expect(scrollDelta(' ', true, 800)).toBe(-752);
    expect(scrollDelta('PageDown', false, 800)).toBe(752);
    expect(scrollDelta('ArrowDown', false, 800)).toBe(48);
    expect(scrollDelta('End', false, 800)).toBe(Infinity);
    expect(scrollDelta('j', false, 800)).toBeNull();
  });
});
