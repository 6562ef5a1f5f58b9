// Notes are TipTap documents too: the reader's editor and the core's validation share
// these extensions, so a note the core accepts is one the editor can open.
import { getSchema, type AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import type { ReadingDoc } from '../model';
import { isAllowedLink } from './urls';

export const noteExtensions: AnyExtension[] = [
  StarterKit.configure({ link: { openOnClick: false, autolink: true, protocols: [], isAllowedUri: (url) => isAllowedLink(url) } }),
];

export const noteSchema = getSchema(noteExtensions);

const isPlain = (v: unknown) => v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/**
 * Whether a document is a valid note: every node and mark in the note schema, every
 * attribute a plain value (ProseMirror keeps whatever JSON it is given for an attribute it
 * knows), every link one a reader may follow. Checked on the parsed document, node by node.
 */
export function isValidNote(doc: ReadingDoc): boolean {
  let node;
  try {
    node = noteSchema.nodeFromJSON(doc);
    node.check();
  } catch {
    return false;
  }
  let ok = Object.values(node.attrs).every(isPlain);
  node.descendants((n) => {
    if (!ok) return false;
    ok =
      Object.values(n.attrs).every(isPlain) &&
      n.marks.every((m) => Object.values(m.attrs).every(isPlain) && (m.type.name !== 'link' || (typeof m.attrs.href === 'string' && isAllowedLink(m.attrs.href))));
    return ok;
  });
  return ok;
}

/** A valid note as the schema reads it: anything the schema does not know is dropped, so it is never stored. */
export function normalisedNote(doc: ReadingDoc): ReadingDoc {
  return noteSchema.nodeFromJSON(doc).toJSON() as ReadingDoc;
}

/** A plain-text note as a note document (one paragraph per line). */
export function noteFromText(text: string): ReadingDoc {
  return { type: 'doc', content: text.split('\n').map((line) => (line ? { type: 'paragraph', content: [{ type: 'text', text: line }] } : { type: 'paragraph' })) };
}
