// Documents arriving in an imported JSON file are hostile until checked: an article's
// reading document must be one the import pipeline could have made (every node and mark in
// the reading schema, plain attribute values, links a reader may follow, images stored in
// the library or on the public web, spans and list numbers within bounds), and a note one
// the note editor accepts.
import type { ReadingDoc } from '../../shared/model';
import { boundedDoc } from '../../shared/reading/bounds';
import { isValidNote, normalisedNote } from '../../shared/reading/note-schema';
import { readingSchema } from '../../shared/reading/schema';
import { assetName, isAllowedLink, isRemoteImage } from '../../shared/reading/urls';

const isPlain = (v: unknown) => v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** Why a reading document cannot be stored, or null when it can. */
export function readingDocProblem(doc: ReadingDoc): string | null {
  let node;
  try {
    node = readingSchema.nodeFromJSON(doc);
    node.check();
  } catch (err) {
    return `its reading document does not fit the reading schema (${(err as Error).message.slice(0, 200)})`;
  }
  if (JSON.stringify(boundedDoc(doc)) !== JSON.stringify(doc)) return 'its reading document has table spans or list numbers out of bounds';
  let problem: string | null = null;
  node.descendants((n) => {
    if (problem) return false;
    if (!Object.values(n.attrs).every(isPlain) || !n.marks.every((m) => Object.values(m.attrs).every(isPlain))) problem = 'its reading document has an attribute that is not a plain value';
    else if (n.marks.some((m) => m.type.name === 'link' && !(typeof m.attrs.href === 'string' && isAllowedLink(m.attrs.href)))) problem = 'its reading document has a link no reader may follow';
    else if (n.type.name === 'image' && !(typeof n.attrs.src === 'string' && (assetName(n.attrs.src) !== null || isRemoteImage(n.attrs.src)))) problem = 'its reading document has an image from neither the library nor the public web';
    return !problem;
  });
  return problem;
}

/** A note as it will be stored (normalised), or null when it is not a valid note. */
export function importedNote(doc: ReadingDoc): ReadingDoc | null {
  try {
    return isValidNote(doc) ? normalisedNote(doc) : null;
  } catch {
    return null;
  }
}
