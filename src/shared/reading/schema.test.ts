import { getExtensionField, resolveExtensions } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { readingExtensions } from './schema';

describe('reading extensions', () => {
  // TipTap hands ProseMirror freshly wrapped node views each time the editor mounts, and
  // ProseMirror then redraws the whole article: one node view doubles the cost of opening.
  it('render every node from the schema, with no node views', () => {
    const withViews = resolveExtensions(readingExtensions).filter((extension) => {
      const add = getExtensionField<(() => unknown) | undefined>(extension, 'addNodeView', { name: extension.name, options: extension.options, storage: {} });
      return add?.() != null;
    });
    expect(withViews.map((e) => e.name)).toEqual([]);
  });
});
