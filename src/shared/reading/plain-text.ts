// The one definition of an article's plain text, which search, anchoring and `gloss show`
// use. The reader maps offsets onto its document with the same rules
// (src/shared/reading/offsets.ts, tested against this function), so an offset means
// the same character everywhere.
import type { ReadingNode } from '../model';

/** Between two text blocks: a blank line, so paragraphs stay visible in plain text. */
export const BLOCK_SEPARATOR = '\n\n';

const TEXTBLOCKS = new Set(['paragraph', 'heading', 'codeBlock', 'figcaption']);

/** Text blocks that hold text, in reading order, a blank line apart; a hard break is a newline. */
export function docToText(doc: ReadingNode): string {
  const blocks: string[] = [];
  const walk = (node: ReadingNode): void => {
    if (TEXTBLOCKS.has(node.type)) {
      const children = node.content ?? [];
      if (children.some((c) => (c.type === 'text' && c.text) || c.type === 'hardBreak')) {
        blocks.push(children.map((c) => (c.type === 'text' ? (c.text ?? '') : c.type === 'hardBreak' ? '\n' : '')).join(''));
      }
      return;
    }
    node.content?.forEach(walk);
  };
  walk(doc);
  return blocks.join(BLOCK_SEPARATOR);
}

/** Characters that are not whitespace, counted by code point. */
export function countChars(text: string): number {
  let n = 0;
  for (const ch of text) if (!/\s/u.test(ch)) n++;
  return n;
}
