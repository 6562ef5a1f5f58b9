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
