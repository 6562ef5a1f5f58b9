import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article';

describe('a plain-text file', () => {
  it('reads blank-line paragraphs, and markup characters as the text they are', () => {
    const a = parseArticle(Buffer.from('营收 < 成本 & 利润 > 0 "引号"\n\n第二段：<b>不是粗体</b>\n\n\n第三段'), 'notes.txt');
    expect(a.format).toBe('text');
    expect(a.text).toBe('营收 < 成本 & 利润 > 0 "引号"\n\n第二段：<b>不是粗体</b>\n\n第三段');
  });
});
