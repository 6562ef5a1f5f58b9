// Notes (TipTap documents in the note schema) as Markdown, through prosemirror-markdown's
// serializer: its CommonMark rules for the nodes and marks the note schema shares with
// ProseMirror's basic schema, under TipTap's names, plus strike and underline.
import { defaultMarkdownSerializer, MarkdownSerializer } from 'prosemirror-markdown';
import type { ReadingDoc } from '../../shared/model';
import { noteSchema } from '../../shared/reading/note-schema';

const { nodes, marks } = defaultMarkdownSerializer;

const serializer = new MarkdownSerializer(
  {
    doc: (state, node) => state.renderContent(node),
    paragraph: nodes.paragraph,
    heading: nodes.heading,
    blockquote: nodes.blockquote,
    codeBlock: (state, node) => {
      // A fence longer than any run of backticks inside, so the code cannot close it.
      const runs = node.textContent.match(/`{3,}/g) ?? [];
      const fence = '`'.repeat(Math.max(3, ...runs.map((r) => r.length + 1)));
      state.write(`${fence}${(node.attrs.language as string | null) ?? ''}\n`);
      state.text(node.textContent, false);
      state.write('\n');
      state.write(fence);
      state.closeBlock(node);
    },
    horizontalRule: nodes.horizontal_rule,
    bulletList: nodes.bullet_list,
    orderedList: (state, node) => {
      const start = (node.attrs.start as number | null) ?? 1;
      const width = String(start + node.childCount - 1).length;
      state.renderList(node, ' '.repeat(width + 2), (i) => `${String(start + i).padStart(width)}. `);
    },
    listItem: nodes.list_item,
    hardBreak: nodes.hard_break,
    text: nodes.text,
  },
  {
    bold: marks.strong,
    italic: marks.em,
    code: marks.code,
    link: marks.link,
    strike: { open: '~~', close: '~~', mixable: true, expelEnclosingWhitespace: true },
    // Markdown has no underline; Obsidian and most renderers show the HTML tag.
    underline: { open: '<u>', close: '</u>', mixable: true, expelEnclosingWhitespace: true },
  },
  { hardBreakNodeName: 'hardBreak' },
);

/** A note document as Markdown (no trailing newline). */
export function noteToMarkdown(doc: ReadingDoc): string {
  return serializer.serialize(noteSchema.nodeFromJSON(doc), { tightLists: true }).trimEnd();
}
