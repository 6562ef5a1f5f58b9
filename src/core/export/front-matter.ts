// The YAML front matter of an exported file. Gloss writes its own keys; keys the user
// added, their order and comments, are kept on every re-export.
import { isCollection, isMap, parseDocument, Document } from 'yaml';

export interface SplitFile {
  /** The YAML between the `---` lines, or null when the file has none. */
  yaml: string | null;
  body: string;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const EMPTY_FENCE = /^---\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export function splitFrontMatter(file: string): SplitFile {
  const text = file.startsWith('\ufeff') ? file.slice(1) : file;
  const empty = EMPTY_FENCE.exec(text);
  if (empty) return { yaml: '', body: text.slice(empty[0].length) };
  const m = FENCE.exec(text);
  return m ? { yaml: m[1], body: text.slice(m[0].length) } : { yaml: null, body: text };
}

/** The gloss id a file's front matter names, read without parsing all of it (for scanning folders). */
export function glossIdOf(file: string): string | null {
  const { yaml } = splitFrontMatter(file);
  if (yaml === null) return null;
  const m = /^gloss-id:[ \t]*["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})["']?[ \t]*$/m.exec(yaml);
  return m ? m[1] : null;
}

/** A front matter that is not a YAML mapping: Gloss will not rewrite it. */
export class BadFrontMatterError extends Error {}

type Values = Record<string, string | string[] | boolean | null>;

const fenced = (doc: Document) => `---\n${doc.toString({ lineWidth: 0 })}---\n`;

function setValues(doc: Document, values: Values): void {
  for (const [key, value] of Object.entries(values)) {
    if (value === null) doc.delete(key);
    else doc.set(key, value);
  }
}

function parsed(existing: string | null): Document {
  const doc = existing === null || !existing.trim() ? new Document({}) : parseDocument(existing);
  if (doc.errors.length) throw new BadFrontMatterError(`its front matter is not valid YAML (${doc.errors[0].message.split('\n')[0]})`);
  if (!isMap(doc.contents)) throw new BadFrontMatterError('its front matter is not a list of keys and values');
  return doc;
}

/**
 * The front matter with Gloss's `values` set (null values remove their key): from
 * `existing` YAML when the file has one, else a new one in the order of `values`.
 */
export function mergeFrontMatter(existing: string | null, values: Values): string {
  const doc = parsed(existing);
  setValues(doc, values);
  return fenced(doc);
}

/**
 * An existing front matter updated with `values` and `stamp` (the export time), and whether
 * `values` changed anything; when they did not, there is no text (the file stays as it is).
 */
export function updateFrontMatter(existing: string | null, values: Values, stamp: Values): { text: string | null; changed: boolean } {
  const doc = parsed(existing);
  // Compared value by value: printing the YAML again costs more than the rest of a re-export.
  const current = (key: string) => {
    const v = doc.get(key);
    return isCollection(v) ? v.toJSON() : v;
  };
  const changed = Object.entries(values).some(([key, value]) => (value === null ? doc.has(key) : JSON.stringify(current(key)) !== JSON.stringify(value)));
  if (!changed) return { text: null, changed };
  setValues(doc, values);
  setValues(doc, stamp);
  return { text: fenced(doc), changed };
}
