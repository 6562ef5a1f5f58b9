import { describe, expect, it } from 'vitest';
import { relationFor, reviewAction } from './review-keys';

const key = (k: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('review keys', () => {
  it('decides with 1–5', () => {
    expect(['1', '2', '3', '4', '5'].map((k) => reviewAction(key(k)))).toEqual([
      { do: 'decide', status: 'supported' },
      { do: 'decide', status: 'contradicted' },
      { do: 'decide', status: 'mixed' },
      { do: 'decide', status: 'needs-source' },
      { do: 'decide', status: 'unverifiable' },
    ]);
  });

  it('puts off to tomorrow with space and to next week with shift+space', () => {
    expect(reviewAction(key(' '))).toEqual({ do: 'later', days: 1 });
    expect(reviewAction(key(' ', { shiftKey: true }))).toEqual({ do: 'later', days: 7 });
  });

  it('leaves keys with Ctrl, Cmd or Alt to the app', () => {
    expect(reviewAction(key('u', { ctrlKey: true }))).toBeNull();
    expect(reviewAction(key('2', { metaKey: true }))).toBeNull();
    expect(relationFor(key('c', { ctrlKey: true }))).toBeNull();
  });

  it('links with s, c and x', () => {
    expect(['s', 'c', 'x', 'C', 'q'].map((k) => relationFor(key(k)))).toEqual(['supports', 'contradicts', 'context', 'contradicts', null]);
  });
});
