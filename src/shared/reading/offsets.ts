// Plain-text offsets ↔ positions in the reader's ProseMirror document. The walk is the one
// `docToText` does (src/shared/reading/plain-text.ts): text blocks that hold text, a blank
// line between them, a hard break as one newline. So an offset stored by the core, the
// CLI or search lands on the same character here.
import type { Node as PMNode } from '@tiptap/pm/model';
import { BLOCK_SEPARATOR } from './plain-text';

interface Run {
  offset: number;
  pos: number;
  length: number;
}

export interface OffsetMap {
  /** The document position of a plain-text offset (an end offset maps to the end of its run). */
  toPos(offset: number): number;
  /** The plain-text offset of a document position, or null outside any text. */
  toOffset(pos: number): number | null;
  length: number;
}

export function offsetMap(doc: PMNode): OffsetMap {
  const runs: Run[] = [];
  let offset = 0;
  let blocks = 0;
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    let hasText = false;
    node.forEach((child) => {
      if (child.isText || child.type.name === 'hardBreak') hasText = true;
    });
    if (!hasText) return false;
    if (blocks++ > 0) offset += BLOCK_SEPARATOR.length;
    node.forEach((child, childOffset) => {
      const length = child.isText ? child.text!.length : child.type.name === 'hardBreak' ? 1 : 0;
      if (!length) return;
      runs.push({ offset, pos: pos + 1 + childOffset, length });
      offset += length;
    });
    return false;
  });
  /** The last run starting at or before `at` (runs are in offset order): a binary search. */
  const runAt = (at: number): Run | undefined => {
    let lo = 0;
    let hi = runs.length - 1;
    let found: Run | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (runs[mid].offset <= at) {
        found = runs[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  return {
    length: offset,
    toPos(at) {
      const r = runAt(at);
      if (!r) return runs.length ? runs[0].pos : 0;
      // An offset in the gap between blocks belongs to the end of the run before it.
      return r.pos + Math.min(at - r.offset, r.length);
    },
    toOffset(pos) {
      for (const r of runs) if (pos >= r.pos && pos <= r.pos + r.length) return r.offset + (pos - r.pos);
      // Between blocks: the start of the next run.
      const next = runs.find((r) => r.pos > pos);
      return next ? next.offset : runs.length ? runs[runs.length - 1].offset + runs[runs.length - 1].length : null;
    },
  };
}
