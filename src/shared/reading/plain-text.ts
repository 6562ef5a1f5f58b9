// The one function that turns a reading document into the plain text that search,
// anchoring and `gloss show` use. The reader maps offsets back to the document with the
// same walk (`textSegments`), so an offset means the same character everywhere.
import type { ReadingNode } from '../model';

/** Between two text blocks: a blank line, so paragraphs stay visible in plain text. */
export const BLOCK_SEPARATOR = '\n\n';

export interface TextSegment {
  /** Offset of this run in the plain text. */
  start: number;
  /** The run's text. */
  text: string;
  /** Path of child indexes from the doc to the text node (or hard break). */
  path: number[];
}

const TEXTBLOCKS = new Set(['paragraph', 'heading', 'codeBlock', 'figcaption']);

/** Every inline text run (and hard break) of the document, in reading order, with its offset. */
export function textSegments(doc: ReadingNode): TextSegment[] {
  const segments: TextSegment[] = [];
  let offset = 0;
  let blocks = 0;
  const walk = (node: ReadingNode, path: number[]): void => {
    if (TEXTBLOCKS.has(node.type)) {
      const children = node.content ?? [];
      if (!children.some((c) => (c.type === 'text' && c.text) || c.type === 'hardBreak')) return;
      if (blocks++ > 0) offset += BLOCK_SEPARATOR.length;
      children.forEach((child, i) => {
        const text = child.type === 'text' ? (child.text ?? '') : child.type === 'hardBreak' ? '\n' : '';
        if (!text) return;
        segments.push({ start: offset, text, path: [...path, i] });
        offset += text.length;
      });
      return;
    }
    node.content?.forEach((child, i) => walk(child, [...path, i]));
  };
  walk(doc, []);
  return segments;
}

export function docToText(doc: ReadingNode): string {
  const segments = textSegments(doc);
  let out = '';
  for (const s of segments) {
    if (s.start > out.length) out += BLOCK_SEPARATOR;
    out += s.text;
  }
  return out;
}

/** Characters that are not whitespace, counted by code point. */
export function countChars(text: string): number {
  let n = 0;
  for (const ch of text) if (!/\s/u.test(ch)) n++;
  return n;
}
