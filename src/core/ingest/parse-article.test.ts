import { describe, expect, it } from 'vitest';
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
