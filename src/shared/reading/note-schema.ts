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

/** Whether a document is a valid note (every node and mark in the note schema, links safe). */
export function isValidNote(doc: ReadingDoc): boolean {
  try {
    noteSchema.nodeFromJSON(doc).check();
  } catch {
    return false;
  }
  const links = JSON.stringify(doc).match(/"href":"([^"]*)"/g) ?? [];
  return links.every((l) => isAllowedLink(JSON.parse(`{${l}}`).href as string));
}

/** A plain-text note as a note document (one paragraph per line). */
export function noteFromText(text: string): ReadingDoc {
  return { type: 'doc', content: text.split('\n').map((line) => (line ? { type: 'paragraph', content: [{ type: 'text', text: line }] } : { type: 'paragraph' })) };
}
