// YAML front matter as hexo and Jekyll write it: `---` lines around YAML, above the body.
import { parseDocument } from 'yaml';

export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  /** Problems found reading the front matter; the body is still usable. */
  warnings: string[];
}

const OPENER = /^\uFEFF?\s*---[ \t]*\r?\n/;

export function hasFrontMatter(text: string): boolean {
  return OPENER.test(text);
}

/** Splits and parses front matter. Returns null when the text does not start with `---`. */
export function readFrontMatter(text: string): FrontMatter | null {
  const open = OPENER.exec(text);
  if (!open) return null;
  const rest = text.slice(open[0].length);
  const firstLine = lineOf(text, open[0].length);
  const warnings: string[] = [];

  let yamlText: string;
  let body: string;
  const close = /^(?:---|\.\.\.)[ \t]*$/m.exec(rest);
  if (close) {
    yamlText = rest.slice(0, close.index);
    body = rest.slice(close.index + close[0].length).replace(/^\r?\n/, '');
  } else {
    // No closing line: take the YAML to be the lines before the first blank line that is
    // followed by markup, which is how the file reads to a person.
    const split = /\r?\n[ \t]*\r?\n(?=[ \t]*<)/.exec(rest);
    yamlText = split ? rest.slice(0, split.index) : rest;
    body = split ? rest.slice(split.index) : '';
    warnings.push(`the front matter opened on line ${firstLine - 1} is never closed with ---`);
  }

  const data = parseYaml(yamlText, firstLine, warnings);
  return { data, body, warnings };
}

/**
 * Front matter is a few lines of metadata. The YAML parser keeps about a kilobyte per level
 * of nesting: 100,000 `[` took 90 MB, enough to exhaust a parser thread's heap, and V8 can
 * end the whole process, not only the thread, when that happens while compiling a regular
 * expression. Front matter larger or deeper than these is not read.
 */
const MAX_FRONT_MATTER_CHARS = 64 * 1024;
const MAX_FRONT_MATTER_DEPTH = 64;

function parseYaml(yamlText: string, firstLine: number, warnings: string[]): Record<string, unknown> {
  const unread = (why: string) => {
    warnings.push(`the front matter could not be read (${why}); title and dates taken from the body`);
    return {};
  };
  if (yamlText.length > MAX_FRONT_MATTER_CHARS) return unread(`it is longer than ${MAX_FRONT_MATTER_CHARS} characters`);
  if (flowDepth(yamlText) > MAX_FRONT_MATTER_DEPTH) return unread(`it nests more than ${MAX_FRONT_MATTER_DEPTH} levels deep`);
  let doc = parseDocument(yamlText, { uniqueKeys: true, prettyErrors: false });
  const duplicate = doc.errors.find((e) => e.code === 'DUPLICATE_KEY');
  if (duplicate && doc.errors.every((e) => e.code === 'DUPLICATE_KEY')) {
    warnings.push(`the front matter repeats a key on line ${firstLine + lineOf(yamlText, duplicate.pos[0]) - 1}; the last value was used`);
    doc = parseDocument(yamlText, { uniqueKeys: false, prettyErrors: false });
  }
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = firstLine + lineOf(yamlText, e.pos[0]) - 1;
    const reason = e.message.split('\n')[0].replace(/ at line \d+, column \d+.*$/, '');
    warnings.push(`the front matter could not be read (line ${line}: ${reason}); title and dates taken from the body`);
    return {};
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    // Aliases that resolve to nothing, or to too much (a "billion laughs"), fail only here.
    return unread((err as Error).message.split('\n')[0]);
  }
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The deepest nesting of YAML's flow collections ([…] and {…}), quoted text on a line aside. */
function flowDepth(yamlText: string): number {
  let depth = 0;
  let deepest = 0;
  let quote = '';
  for (const c of yamlText) {
    if (c === '\n') quote = '';
    else if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') deepest = Math.max(deepest, ++depth);
    else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return deepest;
}

/** 1-based line number of a character offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** A front-matter value as a trimmed string, or null. */
export function fmString(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return value.toISOString();
  return null;
}

/** A front-matter list (YAML list or comma-separated string) as strings. */
export function fmList(value: unknown): string[] {
  if (Array.isArray(value)) return value.flat().map(fmString).filter((v): v is string => v !== null);
  const s = fmString(value);
  return s ? s.split(/[,，]/).map((v) => v.trim()).filter(Boolean) : [];
}
