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
  // No node view: TipTap builds a fresh TableView constructor wrapper on every setProps, so
  // ProseMirror sees the node views change when the editor mounts and draws the whole
  // article a second time (twice the cost of opening it, and more with highlights on it).
  TableKit.configure({ table: { resizable: false, View: null } }),
  Figcaption,
];

export const readingSchema = getSchema(readingExtensions);
