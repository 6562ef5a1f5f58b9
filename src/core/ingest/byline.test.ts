import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../test-support/corpus';
import { cleanByline } from './byline';
import { parseArticle } from './parse-article';

describe('the author a page gives', () => {
  it.each([
    ['加拿大必读\n                    发布时间：10-0812:00优质原创作者', '加拿大必读'],
    ['八卦大相公发布时间：01-1417:58', '八卦大相公'],
    ['股市行情\n\n                            \n                                总篇数919篇', '股市行情'],
    ['作者：马娟', '马娟'],
    ['文/张三', '张三'],
    ['By Jane Doe', 'Jane Doe'],
    ['王小明, wang.xm@example.com', '王小明'],
    ['新浪财经-自媒体综合', '新浪财经-自媒体综合'],
    ['阮一峰', '阮一峰'],
  ])('keeps the name of %j', (raw, name) => {
    expect(cleanByline(raw)).toBe(name);
  });

  it.each([['name, email@gmail.com'], ['作者：未知     责任编辑：棒棒不是糖'], ['[责任编辑：韩保林 PK155]'], ['责任编辑：张申'], ['104363'], ['   '], ['这是一段很长很长的文字，显然不是一个作者的名字，而是页面上的某一段说明或者摘要文字']])(
    'finds no name in %j',
    (raw) => {
      expect(cleanByline(raw)).toBeNull();
    },
  );
});

describe('authors of the saved news pages', () => {
  it('are names, not the blocks around them', () => {
    const author = (name: string) => parseArticle(readFileSync(join(CORPUS, 'pages-zh', name)), join(CORPUS, 'pages-zh', name)).author;
    expect(author('baijiahao_1.html')).toBe('加拿大必读');
    expect(author('guancha_2.html')).toBeNull();
  });
});
