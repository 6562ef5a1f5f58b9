// The reader's offset map must agree with docToText character for character, or a
// highlight stored by the core would be painted on the wrong words.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../ingest/parse-article';
import { corpusFiles } from '../test-support/corpus';
import { docToText } from '../../shared/reading/plain-text';
import { readingSchema } from '../../shared/reading/schema';
import { offsetMap } from '../../shared/reading/offsets';

describe('plain-text offsets in the reader', () => {
  const files = [...corpusFiles('hexo-zh').slice(0, 25), ...corpusFiles('pages-zh').slice(0, 10), ...corpusFiles('xss', (f) => f.endsWith('.md'))];
  it(`map to the same characters as docToText on ${files.length} real articles`, () => {
    for (const file of files) {
      const article = parseArticle(readFileSync(file), file);
      const doc = readingSchema.nodeFromJSON(article.doc);
      const map = offsetMap(doc);
      const text = docToText(article.doc);
      expect(map.length, file).toBe(text.length);
      // Every 97th character (and the last) reads back as the same character from the document.
      for (let i = 0; i < text.length; i += 97) {
        if (text[i] === '\n') continue;
        const pos = map.toPos(i);
        expect(doc.textBetween(pos, pos + 1, '\n', '\n'), `${file} @${i}`).toBe(text[i]);
        expect(map.toOffset(pos), `${file} @${i}`).toBe(i);
      }
    }
  });
});
