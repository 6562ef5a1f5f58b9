import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../test-support/corpus';
import { decode } from './decode';
import { parseHtml, type HtmlElement } from './dom';
import { assertShallowTree, markupDepth, MAX_DEPTH } from './nesting';

/** The depth of the tree the HTML parser builds, below <body>. */
function treeDepth(html: string): number {
  let deepest = 0;
  const walk = (el: HtmlElement | Element, depth: number) => {
    deepest = Math.max(deepest, depth);
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) walk(c, depth + 1);
  };
  walk(parseHtml(html).body, 0);
  return deepest;
}

const repeat = (open: string, close: string, n: number) => open.repeat(n) + '正文' + close.repeat(n);

describe('the depth of markup, judged from its text', () => {
  it('is never more than a few levels above the parsed tree for any file of the corpus, and refuses none of them', () => {
    // Every page of the corpus under `npm run test:long`, one in four by default.
    const every = process.env.GLOSS_LONG ? 1 : 4;
    for (const folder of ['pages', 'pages-zh', 'saved-pages', 'encodings', 'xss', 'broken']) {
      for (const name of readdirSync(join(CORPUS, folder)).filter((_, i) => i % every === 0)) {
        const path = join(CORPUS, folder, name);
        if (!statSync(path).isFile()) continue;
        const html = decode(readFileSync(path)).text;
        const estimate = markupDepth(html, Infinity);
        expect(estimate, path).toBeLessThanOrEqual(treeDepth(html) + 3);
        expect(estimate, path).toBeLessThanOrEqual(MAX_DEPTH);
      }
    }
  });

  it('finds every way of nesting past the limit', () => {
    const deep = MAX_DEPTH + 20;
    const traps = {
      divs: repeat('<div>', '</div>', deep),
      lists: repeat('<ul><li>', '</li></ul>', deep),
      'definition lists': repeat('<dl><dd>', '</dd></dl>', deep),
      tables: repeat('<table><tr><td>', '</td></tr></table>', deep),
      'tables never closed': '<table><td>'.repeat(deep),
      'inline marks': '<p>' + '<b><i>'.repeat(deep / 2) + '正文',
      'SVG groups': '<svg>' + '<g>'.repeat(deep),
      'self-closing divs, which HTML opens': '<div/>'.repeat(deep),
      'end tags the parser ignores inside a cell': '<b><table><tr><td><i></b>'.repeat(deep / 3),
      'quotes never closed': '<blockquote>'.repeat(deep),
    };
    for (const [what, html] of Object.entries(traps)) {
      expect(treeDepth(html), what).toBeGreaterThan(MAX_DEPTH);
      expect(markupDepth(html, MAX_DEPTH), what).toBeGreaterThan(MAX_DEPTH);
    }
  });

  it('follows the implied ends that keep real pages shallow', () => {
    const flat = {
      paragraphs: '<p>一段'.repeat(1000),
      'list items': '<ul>' + '<li>一项'.repeat(1000) + '</ul>',
      cells: '<table>' + '<tr><td>格<td>格'.repeat(1000) + '</table>',
      'tables closed by </table> alone': '<table><tr><td><font>x</table>'.repeat(1000),
      'cells with unclosed marks': '<table>' + '<tr><td><font color=red>x</td>'.repeat(1000) + '</table>',
      options: '<select>' + '<option>一'.repeat(1000) + '</select>',
      'headings in headings': '<h1>一<h2>二'.repeat(500),
      'links in links': '<a href="https://example.com/">链接'.repeat(1000),
      comments: '<!--' + '<div>'.repeat(1000) + '-->',
      scripts: '<script>' + '<div>'.repeat(1000) + '</script>',
      'quoted attributes': '<p title="<div><div><div>">x</p>'.repeat(1000),
    };
    for (const [what, html] of Object.entries(flat)) {
      expect(markupDepth(html, MAX_DEPTH), what).toBeLessThanOrEqual(treeDepth(html) + 3);
    }
  });

  it('reads a tree of any depth without recursion', () => {
    expect(() => assertShallowTree(parseHtml(repeat('<div>', '</div>', MAX_DEPTH - 2)).body)).not.toThrow();
    expect(() => assertShallowTree(parseHtml(repeat('<div>', '</div>', MAX_DEPTH + 1)).body)).toThrow(/nested too deeply/);
  });
});
