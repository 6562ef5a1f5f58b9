import { describe, expect, it } from 'vitest';
import { boundedDoc, MAX_COLSPAN } from './bounds';

describe('bounds on what an article may ask of the reader', () => {
  it('keeps real spans and list starts, clamps absurd ones', () => {
    const cell = (colspan: unknown, rowspan: unknown) => ({ type: 'tableCell', attrs: { colspan, rowspan, colwidth: null }, content: [{ type: 'paragraph' }] });
    const doc = boundedDoc({
      type: 'doc',
      content: [
        { type: 'table', content: [{ type: 'tableRow', content: [cell(2, 3), cell(100_000_000, -4), cell('x', 1e9)] }] },
        { type: 'orderedList', attrs: { start: 5, type: null }, content: [] },
        { type: 'orderedList', attrs: { start: 1e12, type: null }, content: [] },
      ],
    });
    const cells = doc.content![0].content![0].content!.map((c) => [c.attrs!.colspan, c.attrs!.rowspan]);
    expect(cells).toEqual([[2, 3], [MAX_COLSPAN, 1], [1, 500]]);
    expect(doc.content!.slice(1).map((l) => l.attrs!.start)).toEqual([5, 1_000_000]);
  });
});
