// The import pipeline over every folder of ../shared/corpus, at the level of one file.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { unpackSource } from '../library/content';
import { CORPUS, corpusFiles } from '../test-support/corpus';
import { parseHtml } from './dom';
import { parseArticle, type ParsedArticle } from './parse-article';

const parse = (path: string): ParsedArticle => parseArticle(readFileSync(path), path);

describe('hexo posts', () => {
  it.each(corpusFiles('hexo-zh').map((f) => [basename(f), f]))('%s keeps its front-matter title', (_name, file) => {
    const raw = readFileSync(file, 'utf8');
    const yaml = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(raw)![1];
    const expected = String(parseDocument(yaml).toJS().title).trim();
    const a = parse(file);
    expect(a.title).toBe(expected);
    expect(a.text.length).toBeGreaterThan(50);
  });

  it('reads the seed: title, author, date, and text without markup', () => {
    const seed = join(CORPUS, 'hexo-zh/niaogebiji-000_4190482cfc1b7c75.md');
    const a = parse(seed);
    expect(a.title).toBe('又一个阿里小程序闯关微信！ _淘宝特价版+1688_双线反攻！');
    expect(a.author).toBe('鸟哥笔记');
    expect(a.published?.date).toBe('2021-04-27');
    expect(a.categories).toEqual(['新媒体', '鸟哥笔记', '首页']);
    expect(a.text).toContain('淘宝特价版与拼多多一样');
    // Thirteen nested <section>s flatten into paragraphs; spacer <p><br></p> vanish.
    expect(a.doc.content?.every((n) => n.type !== 'paragraph' || n.content?.length)).toBe(true);
    expect(a.text).not.toMatch(/\n{3,}/);
  });
});

describe('saved web pages (Readability)', () => {
  // Readability 0.6.0, the current npm release, predates these two fixture updates upstream.
  const knownDifferences = new Set(['mercurial.html', 'title-en-dash.html']);
  const pages = corpusFiles('pages', (f) => f.endsWith('.html')).filter((f) => !knownDifferences.has(basename(f)));

  it.each(pages.map((f) => [basename(f), f]))('%s has the expected title', (_name, file) => {
    const meta = JSON.parse(readFileSync(file.replace(/\.html$/, '.meta.json'), 'utf8')) as { title: string };
    const a = parse(file);
    if (meta.title) expect(a.title).toBe(meta.title);
    else expect(a.title).toBe(basename(file, '.html')); // never an empty title
  });

  it('reads both forms of a WeChat article: text, title, account, time and images', () => {
    for (const name of ['wechat_1.html', 'wechat_1-as-served.html']) {
      const a = parse(join(CORPUS, 'pages-zh', name));
      expect(a.title).toBe('三星 Galaxy S20 系列手机正式发布');
      expect(a.author).toBe('爱否科技');
      expect(a.published?.date).toBe('2020-02-12');
      expect(a.text.length).toBeGreaterThan(500);
      expect(JSON.stringify(a.doc)).toMatch(/"type":"image","attrs":\{"src":"https:\/\/mmbiz/);
    }
  });

  it('stores the images of a "Save page as… complete" folder with the article', () => {
    // (nytimes-1's `_files` images are navigation thumbnails outside the article.)
    for (const name of ['苹果发布新iPhone 11：64GB售5499元 256GB售6799元.html', 'gbk-saved-163_6.html']) {
      const a = parse(join(CORPUS, 'saved-pages', name));
      expect(a.assets.length, name).toBeGreaterThan(0);
      for (const asset of a.assets) expect(JSON.stringify(a.doc)).toContain(`gloss-asset://${asset.name}`);
    }
  });

  it('keeps the source URL a saved page names', () => {
    expect(parse(join(CORPUS, 'saved-pages', 'nytimes-1.html')).url).toMatch(/^https:\/\/www\.nytimes\.com\//);
  });
});

describe('encodings', () => {
  const manifest = JSON.parse(readFileSync(join(CORPUS, 'encodings/manifest.json'), 'utf8')) as {
    file: string;
    encoding: string;
    source: string;
  }[];
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

  /** The UTF-8 file each encoded file was made from. */
  function original(file: string, source: string): string {
    const weekly = /issue-(\d+)\.md$/.exec(source);
    if (weekly) return join(CORPUS, 'hexo-zh', `weekly-issue-${weekly[1]}.md`);
    if (file.endsWith('.md')) return join(CORPUS, 'hexo-zh', `gne-${file.replace(/^gbk-gne-/, '')}`);
    return join(CORPUS, 'pages-zh', file.replace(/^(big5|gb2312|gbk-nometa|gbk|utf16le|utf8-lying-meta|utf8bom)-page-|^utf8-lying-meta-/, ''));
  }

  it.each(manifest.map((m) => [m.file, m]))('%s gives the same text as its UTF-8 original', (_name, m) => {
    const a = parse(join(CORPUS, 'encodings', m.file));
    const b = parse(original(m.file, m.source));
    const fold = m.encoding === 'big5' ? toTraditional : (s: string) => s;
    expect(a.text).not.toContain('\uFFFD');
    expect(a.title).toBe(fold(b.title));
    expect(a.text).toBe(fold(b.text));
  });
});

describe('hostile HTML (xss/)', () => {
  const SAFE_URL = /^(https?:\/\/|mailto:|gloss-asset:\/\/[0-9a-f]{64}\.[a-z]+$)/;
  const files = corpusFiles('xss', (f) => /\.(html|md)$/.test(f));

  it(`no script, handler or javascript: survives any of ${files.length} vectors`, () => {
    for (const file of files) {
      let a: ParsedArticle;
      try {
        a = parse(file);
      } catch {
        continue; // nothing imported, nothing to run
      }
      // The HTML as the library stores it.
      const html = parseHtml(unpackSource(a.packed.source).html).body;
      expect(html.querySelector('script, iframe, object, embed, svg, math, form, style, link, meta, base, frame'), file).toBeNull();
      for (const el of Array.from(html.querySelectorAll('*'))) {
        for (const attr of Array.from(el.attributes)) {
          expect(attr.name, file).not.toMatch(/^on|^srcdoc$|^style$/i);
          if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attr.name)) expect(attr.value, file).toMatch(SAFE_URL);
        }
      }
      if (a.cover) expect(a.cover, file).toMatch(/^https?:\/\//);
      if (a.url) expect(a.url, file).toMatch(/^https?:\/\//);
      for (const m of JSON.stringify(a.doc).matchAll(/"(?:src|href)":"([^"]*)"/g)) {
        expect(m[1], file).toMatch(SAFE_URL);
      }
    }
  });
});
