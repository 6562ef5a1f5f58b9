import { describe, expect, it } from 'vitest';
import { MalformedRegionsError, mergeRegions, parseRegions, renderRegions } from './regions';

const r = (id: string, content = id.toUpperCase()) => ({ id, content });

describe("Gloss's regions in an exported file", () => {
  it('rewrites its regions and keeps the text above, between and below byte for byte', () => {
    const first = renderRegions([r('head'), r('h-a'), r('h-b')]);
    const edited = `My title note\n\n${first.replace('<!-- gloss:end h-a -->\n', '<!-- gloss:end h-a -->\nbetween  \n')}  below\n`;
    const again = mergeRegions(edited, [r('head', 'new head'), r('h-a', 'A2'), r('h-b', 'B2')]);
    expect(again).toBe(edited.replace('\nHEAD\n', '\nnew head\n').replace('\nH-A\n', '\nA2\n').replace('\nH-B\n', '\nB2\n'));
    expect(again.startsWith('My title note\n\n')).toBe(true);
    expect(again).toContain('<!-- gloss:end h-a -->\nbetween  \n');
    expect(again.endsWith('  below\n')).toBe(true);
  });

  it('drops what is gone and adds what is new in reading order', () => {
    const first = renderRegions([r('head'), r('h-a'), r('h-c')]);
    const edited = first.replace('<!-- gloss:end h-c -->\n', '<!-- gloss:end h-c -->\nmine\n');
    const again = mergeRegions(edited, [r('head'), r('h-b'), r('h-c'), r('h-d')]);
    const ids = parseRegions(again).flatMap((s) => (s.kind === 'region' ? [s.id] : []));
    expect(ids).toEqual(['head', 'h-b', 'h-c', 'h-d']);
    expect(again).toContain('mine');
    expect(again).not.toContain('H-A');
    expect(again).not.toMatch(/\n\n\n/);
  });

  it('places the regions again below the text when every marker was removed', () => {
    expect(mergeRegions('only my words\n', [r('head')])).toBe('only my words\n\n<!-- gloss:begin head · Gloss rewrites what lies between gloss:begin and gloss:end on every export; write outside them -->\nHEAD\n<!-- gloss:end head -->\n');
  });

  it('refuses markers that do not pair up, so nothing of the user is lost', () => {
    const body = renderRegions([r('head'), r('h-a')]);
    expect(() => mergeRegions(body.replace('<!-- gloss:end h-a -->', ''), [r('head')])).toThrow(MalformedRegionsError);
    expect(() => mergeRegions(body.replace('<!-- gloss:begin h-a -->', ''), [r('head')])).toThrow(MalformedRegionsError);
    expect(() => mergeRegions(body + body, [r('head')])).toThrow(MalformedRegionsError);
    expect(() => mergeRegions(body.replace('<!-- gloss:end head -->', '<!-- gloss:end h-a -->'), [r('head')])).toThrow(MalformedRegionsError);
  });
});
