import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Readability } from '@mozilla/readability';
import { DOMParser as PMDOMParser } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import type { ReadingDoc } from '../../shared/model';
import { docToText } from '../../shared/reading/plain-text';
import { readingSchema } from '../../shared/reading/schema';
import { corpusFiles } from '../test-support/corpus';
import { parseHtml } from './dom';
import { walkBody } from './dom-walk';
import { sanitize } from './sanitize';

const walk = (html: string): ReadingDoc => ({ type: 'doc', content: walkBody(sanitize(html).body) });

describe('walking a sanitised body into the reading schema', () => {
  it('keeps marks in schema order, and code alone', () => {
    const doc = walk('<p><a href="https://a.example/"><em><strong>x</strong></em></a> <code><b>y</b></code></p>');
    expect(doc.content![0].content).toEqual([
      { type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'https://a.example/', title: null } }, { type: 'bold' }, { type: 'italic' }] },
      { type: 'text', text: ' ' },
      { type: 'text', text: 'y', marks: [{ type: 'code' }] },
    ]);
  });

  it('never drops text a page puts directly inside a list or a table caption', () => {
    const doc = walk('<ul> loose text <li>item</li></ul><table><caption>Cap</caption><tr><td>cell</td></tr></table>');
    expect(docToText(doc)).toBe('loose text\n\nitem\n\nCap\n\ncell');
    expect(() => readingSchema.nodeFromJSON(doc).check()).not.toThrow();
  });

  it('collapses whitespace as HTML does and keeps <pre> as written', () => {
    const doc = walk('<div>  a \n  b <br> c </div><pre>x\n  y\n</pre>');
    expect(docToText(doc)).toBe('a b\nc\n\nx\n  y');
  });

  const pages = [...corpusFiles('pages-zh'), ...corpusFiles('pages', (f) => f.endsWith('.html')).slice(0, 30)];
  it(`reads the same text as prosemirror's own parser on ${pages.length} real pages`, () => {
    for (const file of pages) {
      const article = new Readability(parseHtml(readFileSync(file, 'utf8')) as unknown as ConstructorParameters<typeof Readability>[0]).parse();
      const clean = sanitize(article?.content ?? '').body;
      const walked: ReadingDoc = { type: 'doc', content: walkBody(clean) };
      expect(() => readingSchema.nodeFromJSON(walked).check(), basename(file)).not.toThrow();
      const reference = PMDOMParser.fromSchema(readingSchema).parse(clean as unknown as Node).toJSON() as ReadingDoc;
      const squash = (d: ReadingDoc) => docToText(d).replace(/\s+/g, '');
      expect(squash(walked), basename(file)).toBe(squash(reference));
    }
  });
});
