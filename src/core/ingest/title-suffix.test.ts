import { describe, expect, it } from 'vitest';
import { cleanTitle } from './title-suffix';

describe('cleanTitle', () => {
  it.each([
    ['5月20日至31日，京沪高速封闭！_网易订阅', '5月20日至31日，京沪高速封闭！', '_网易订阅'],
    ['阿里发布最强AI芯片：一块顶十块GPU-EDN 电子技术设计', '阿里发布最强AI芯片：一块顶十块GPU', '-EDN 电子技术设计'],
    ['拼多多上线新功能 - 36氪', '拼多多上线新功能', ' - 36氪'],
    ['外媒眼中的武汉长假：欢声笑语_首页武汉_新闻中心_长江网_cjn.cn', '外媒眼中的武汉长假：欢声笑语', '_首页武汉_新闻中心_长江网_cjn.cn'],
    ['法国全国大罢工再次严重影响交通-新华网', '法国全国大罢工再次严重影响交通', '-新华网'],
  ])('cuts the site suffix from %s', (title, clean, suffix) => {
    expect(cleanTitle(title, null)).toEqual({ title: clean, suffix });
  });

  it('cuts a suffix naming the article’s own site, and leaves titles that merely contain separators', () => {
    expect(cleanTitle('中华人民共和国监察法-纪检', null)).toEqual({ title: '中华人民共和国监察法-纪检', suffix: null });
    expect(cleanTitle('中华人民共和国监察法 | Acme Daily', 'Acme Daily')).toEqual({ title: '中华人民共和国监察法', suffix: ' | Acme Daily' });
    expect(cleanTitle('1-10月德清县固定资产投资结构趋稳趋优', null).suffix).toBeNull();
    expect(cleanTitle('Vue 3.0 - A new start', null).suffix).toBeNull();
    expect(cleanTitle('新闻-新华网', null).suffix).toBeNull();
  });
});
