// The reading schema: the allow-list of what an article may contain. The core parses
// sanitised HTML into it and the renderer shows it with the same extensions, so anything
// the schema has no node or mark for cannot reach the screen.
import { getSchema, type AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import Image from '@tiptap/extension-image';
import { TableKit } from '@tiptap/extension-table';
import { isAllowedLink } from './urls';
import { Figcaption } from './figcaption';

export const readingExtensions: AnyExtension[] = [
  StarterKit.configure({
    undoRedo: false,
    dropcursor: false,
    gapcursor: false,
    trailingNode: false,
    link: {
      openOnClick: false,
      autolink: false,
      linkOnPaste: false,
      protocols: [],
      isAllowedUri: (url) => isAllowedLink(url),
    },
  }),
  Image.configure({ inline: false, allowBase64: false }),
  TableKit.configure({ table: { resizable: false } }),
  Figcaption,
];

export const readingSchema = getSchema(readingExtensions);
