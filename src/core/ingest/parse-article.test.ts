import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../test-support/corpus';
import { parseArticle } from './parse-article';

describe('a plain-text file', () => {
  it('reads blank-line paragraphs, and markup characters as the text they are', () => {
    const a = parseArticle(Buffer.from('营收 < 成本 & 利润 > 0 "引号"\n\n第二段：<b>不是粗体</b>\n\n\n第三段'), 'notes.txt');
    expect(a.format).toBe('text');
    expect(a.text).toBe('营收 < 成本 & 利润 > 0 "引号"\n\n第二段：<b>不是粗体</b>\n\n第三段');
  });
});

describe('tables and lists', () => {
  it('keep merged cells and list numbering, within bounds', () => {
    const md = `---\ntitle: 表格\n---\n\n<table><tr><td colspan="2">合并</td><td rowspan="3">竖</td><td colspan="100000000">巨大</td></tr><tr><td>a</td><td>b</td></tr></table><ol start="5"><li>五</li><li>六</li></ol><p>正文</p>`;
    const doc = parseArticle(Buffer.from(md), '/tmp/table.md').doc;
    const cells = doc.content![0].content![0].content!.map((c) => [c.attrs!.colspan, c.attrs!.rowspan]);
    expect(cells).toEqual([[2, 1], [1, 3], [100, 1]]);
    expect(doc.content![1]).toMatchObject({ type: 'orderedList', attrs: { start: 5 } });
  });
});

describe('paragraph indents and images', () => {
  it('drops full-width paragraph indents, so indented and plain paragraphs read alike', () => {
    const html = '<html><head><title>缩进</title></head><body><article><p>　　第一段用全角空格缩进。</p><p>第二段没有缩进。</p><p>&nbsp;　<b>　第三段</b>加粗开头。</p><p>中间的　全角空格保留。</p></article></body></html>';
    const a = parseArticle(Buffer.from(html), '/tmp/indent.html');
    expect(a.text.split('\n\n')).toEqual(['第一段用全角空格缩进。', '第二段没有缩进。', '第三段加粗开头。', '中间的　全角空格保留。']);
  });

  it('keeps a plausible image size, so an image not shown keeps its place', () => {
    const html = '<html><head><title>图</title></head><body><article><p>正文一段足够长。</p><figure><img src="https://example.com/a.jpg" width="640" height="360" alt="图一"><figcaption>图一：工厂</figcaption></figure><img src="https://example.com/b.jpg" width="99999" height="-3"></article></body></html>';
    const images = JSON.stringify(parseArticle(Buffer.from(html), '/tmp/img.html').doc).match(/"type":"image","attrs":\{[^}]*\}/g);
    expect(images).toHaveLength(2);
    expect(images![0]).toContain('"width":640,"height":360');
    expect(images![1]).toContain('"width":null,"height":null');
  });
});

describe('private-use characters', () => {
  const PRIVATE_USE = /[\uE000-\uF8FF]/;

  it("are an icon font's glyphs in a page written in Unicode, and go: no box before 发布含光800, no lone icon line", () => {
    for (const name of ['pages-zh/ednchina_1.html', 'pages-zh/mingridapan_1.html', 'hexo-zh/gne-ednchina_1.md']) {
      const path = join(CORPUS, name);
      const a = parseArticle(readFileSync(path), path);
      expect(a.text, name).not.toMatch(PRIVATE_USE);
      expect(a.text.split('\n\n').every((p) => p.trim().length > 0), name).toBe(true);
    }
    const ednchina = parseArticle(readFileSync(join(CORPUS, 'pages-zh/ednchina_1.html')), 'ednchina_1.html');
    expect(ednchina.text).toMatch(/(^|\s)发布含光800/);
  });

  it("go from a page saved in GBK too (its user-defined area decodes to the same code points); GB18030's own characters there stay", () => {
    const html = Buffer.concat([
      iconv.encode('<html><head><meta charset="gb18030"><title>人名</title></head><body><article><p>', 'gb18030'),
      Buffer.from([0xaa, 0xa1]), // user-defined area 1 → U+E000: an icon, as a GBK page saves it
      iconv.encode('这位先生名叫张', 'gb18030'),
      Buffer.from([0xfe, 0x51]), // one of GB18030's own characters, which decoders put at U+E816
      iconv.encode('，是一位足够长的段落里的人物。</p></article></body></html>', 'gb18030'),
    ]);
    const a = parseArticle(html, '/tmp/gb.html');
    expect(a.encoding).toBe('gb18030');
    expect(a.text).toBe('这位先生名叫张\uE816，是一位足够长的段落里的人物。');
  });
});
