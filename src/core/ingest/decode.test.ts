import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from './decode';

const page = (charset: string | null, body: string) =>
  `<html><head>${charset ? `<meta charset="${charset}">` : ''}<title>t</title></head><body><p>${body}</p></body></html>`;

describe('decode', () => {
  const zh = '阿里巴巴向微信申请开通淘宝特价版小程序，至今已经一个多月。拼多多与1688的双线反攻。';

  it('reads GBK bytes that declare gbk', () => {
    const d = decode(iconv.encode(page('gbk', zh), 'gbk'));
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toContain(zh);
    expect(d.warnings).toEqual([]);
  });

  it('detects GBK with no declaration and Big5 with no declaration', () => {
    expect(decode(iconv.encode(page(null, zh.repeat(3)), 'gbk')).text).toContain(zh);
    const tw = '阿里巴巴向微信申請開通淘寶特價版小程式，至今已經一個多月。拼多多與一六八八的雙線反攻。';
    const big5 = decode(iconv.encode(page(null, tw.repeat(3)), 'big5'));
    expect(big5.encoding).toBe('big5');
    expect(big5.text).toContain(tw);
  });

  it('trusts the bytes over a meta that lies about UTF-8 text', () => {
    const d = decode(Buffer.from(page('gb2312', zh), 'utf8'));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain(zh);
  });

  it('overrules a utf-8 meta on GBK bytes and says so', () => {
    const d = decode(iconv.encode(page('utf-8', zh.repeat(3)), 'gbk'));
    expect(d.text).toContain(zh);
    expect(d.warnings.join()).toMatch(/utf-8 but its bytes are gb18030/);
  });

  it('honours BOMs for UTF-8 and UTF-16 (both byte orders)', () => {
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(zh)])).text).toBe(zh);
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(zh, 'utf-16le')])).text).toBe(zh);
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(zh, 'utf-16be')])).text).toBe(zh);
  });

  it('replaces a few invalid UTF-8 sequences with U+FFFD and warns', () => {
    const bytes = Buffer.concat([Buffer.from(page('utf-8', zh.repeat(5))), Buffer.from([0xc0, 0xaf]), Buffer.from(zh)]);
    const d = decode(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain('\uFFFD');
    expect(d.warnings.join()).toMatch(/invalid UTF-8/);
  });

  it('warns when a file ends in the middle of a character', () => {
    const whole = Buffer.from(`<html><body><p>${zh}`);
    const d = decode(whole.subarray(0, whole.length - 1));
    expect(d.warnings.join()).toMatch(/truncated/);
  });

  it('drops NUL bytes with a warning', () => {
    const d = decode(Buffer.from(`<p>a\u0000b</p>`));
    expect(d.text).toBe('<p>ab</p>');
    expect(d.warnings.join()).toMatch(/NUL/);
  });
});
