// The sanitizer switched off, for the hostile-HTML test only. DOMPurify is the first
// barrier; this proves the second (the reader draws a reading-schema document, never the
// article's HTML, under a CSP) holds alone. It is a function in the test's own process,
// not a setting, flag or environment variable: nothing the app reads can turn it on, and
// this folder is never built into the app.
import type { ImportResult } from '../../src/shared/model';
import { parseHtml } from '../../src/core/ingest/dom';
import { importBytes } from '../../src/core/ingest/import-files';
import { parseArticle } from '../../src/core/ingest/parse-article';
import type { Parser } from '../../src/core/ingest/parse-pool';
import { prepareBody } from '../../src/core/ingest/prepare';
import type { Library } from '../../src/core/library/db';

/** What DOMPurify's place in parseArticle does without it: the body as written, its URLs and images prepared as usual. */
const bareParse: NonNullable<Parameters<typeof parseArticle>[2]> = (html, prepare) => {
  const { body } = parseHtml(html);
  return { body, assets: prepare ? prepareBody(body, prepare) : [] };
};

const unsanitized: Parser = {
  parse: async (bytes, path) => parseArticle(bytes, path, bareParse),
  close: async () => undefined,
};

/** Imports one file's bytes as Gloss does, except that nothing sanitises the HTML. */
export function importUnsanitized(lib: Library, bytes: Uint8Array, path: string): Promise<ImportResult> {
  return importBytes(lib, bytes, path, unsanitized);
}
