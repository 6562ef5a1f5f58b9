import { Node } from '@tiptap/core';

/** A figure's caption, kept as its own block so the reader can style it apart from body text. */
export const Figcaption = Node.create({
  name: 'figcaption',
  group: 'block',
  content: 'inline*',
  marks: 'bold italic link',
  parseHTML: () => [{ tag: 'figcaption' }],
  renderHTML: ({ HTMLAttributes }) => ['figcaption', HTMLAttributes, 0],
});
