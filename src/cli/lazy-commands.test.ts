import { describe, expect, it } from 'vitest';
import { LAZY_GROUPS } from './lazy-commands';

describe('commands loaded when they run', () => {
  it.each(Object.entries(LAZY_GROUPS))('the %s group names exactly the commands its module has', async (_group, { names, load }) => {
    expect(Object.keys(await load()).sort()).toEqual([...names].sort());
  });
});
