// The clean-up DOMPurify cannot know about, on both of its paths: a post's body is cleaned
// inside DOMPurify's own walk (one parse), a saved page's before Readability sees it.
import { describe, expect, it } from 'vitest';
import { unpackSource } from '../library/content';
import { parseArticle, type ParsedArticle } from './parse-article';

// A 1×1 PNG: a real image, so it is stored as an asset.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const BODY = `
<p>第一段的前半句
  接着后半句。English words
stay apart.</p>
<p style="display: none">隐藏的推广文字</p>
<p style="VISIBILITY : Hidden">另一段隐藏文字</p>
<p hidden>也是隐藏的</p>
<div style="opacity:0">透明的文字</div>
<pre>代码第一行
代码第二行</pre>
<p>内联 <code>甲
乙</code> 代码。</p>
<p><a href="/news/1.html">相对链接</a> <a href="javascript:alert(1)">脚本链接</a> <a href="#top">锚点</a></p>
<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://img.example.com/lazy.png" alt="懒加载"></p>
<p><img src="https://track.example.com/p.gif" width="1" height="1" alt="像素"></p>
<p><img src="data:image/png;base64,${PNG}" alt="内嵌"></p>
<p>最后一段，足够长的正文让页面被识别为文章。</p>`;

const post = (): ParsedArticle =>
  parseArticle(Buffer.from(`---\ntitle: 清理测试\nlink: https://news.example.com/2021/04/story.html\n---\n${BODY}`), '/tmp/post.md');

const page = (): ParsedArticle =>
  parseArticle(
    Buffer.from(
      `<!doctype html><html><head><title>清理测试</title><link rel="canonical" href="https://news.example.com/2021/04/story.html"></head><body><article><h1>清理测试</h1>${BODY}${'<p>为了让 Readability 认出正文而重复的一段较长的文字，内容无关紧要。</p>'.repeat(6)}</article></body></html>`,
    ),
    '/tmp/page.html',
  );

describe.each([
  ['a post (cleaned as it is sanitised)', post],
  ['a saved page (cleaned before Readability)', page],
])('cleaning up %s', (_, parse) => {
  const article = parse();
  const html = unpackSource(article.packed.source).html;

  it('keeps hidden text hidden', () => {
    for (const hidden of ['隐藏的推广文字', '另一段隐藏文字', '也是隐藏的', '透明的文字']) expect(article.text).not.toContain(hidden);
  });

  it('joins line breaks inside Chinese text, keeps spaces between words, and keeps pre and code as written', () => {
    expect(article.text).toContain('第一段的前半句接着后半句。English words stay apart.');
    expect(article.text).toContain('代码第一行\n代码第二行');
    expect(html).toMatch(/<code>甲\n乙<\/code>/);
  });

  it('makes links absolute against the source URL and drops scripts and anchors', () => {
    expect(html).toContain('<a href="https://news.example.com/news/1.html">相对链接</a>');
    expect(html).not.toMatch(/javascript:|href="#top"/);
    expect(article.text).toContain('脚本链接');
  });

  it('loads lazy images from their real source, drops tracking pixels, and stores embedded images', () => {
    expect(html).toContain('src="https://img.example.com/lazy.png"');
    expect(html).not.toContain('track.example.com');
    expect(article.assets).toHaveLength(1);
    expect(html).toContain(`src="gloss-asset://${article.assets[0].name}"`);
  });
});

describe('a saved page’s own folder', () => {
  it('stores images inside it, never what a symlink in it points at elsewhere', async () => {
    const { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const root = mkdtempSync(join(tmpdir(), 'gloss-symlink-'));
    const outside = join(root, 'secret');
    mkdirSync(outside);
    // Another image than the page's own: a byte more after the PNG.
    writeFileSync(join(outside, 'private.png'), Buffer.concat([Buffer.from(PNG, 'base64'), Buffer.from([1])]));
    const page = join(root, 'page');
    mkdirSync(join(page, 'story_files'), { recursive: true });
    writeFileSync(join(page, 'story_files/own.png'), Buffer.from(PNG, 'base64'));
    symlinkSync(join(outside, 'private.png'), join(page, 'story_files/link.png'));
    symlinkSync(outside, join(page, 'story_files/dir'));
    const html = `<html><head><title>符号链接</title></head><body><article><h1>符号链接</h1>
      <p>一段足够长的正文，让这个页面被当成一篇文章来读，而不是导航页面。这里还有更多的文字。</p>
      <p><img src="story_files/own.png" alt="自己的"><img src="story_files/link.png" alt="链接"><img src="story_files/dir/private.png" alt="目录链接"></p>
      <p>另一段正文，同样足够长，确保可读性算法把它当作正文保留下来，不会丢弃。</p></article></body></html>`;
    writeFileSync(join(page, 'story.html'), html);
    const a = parseArticle(Buffer.from(html), join(page, 'story.html'));
    expect(a.assets).toHaveLength(1);
    expect(Buffer.from(a.assets[0].bytes).equals(Buffer.from(PNG, 'base64'))).toBe(true);
  });
});

describe('images from the web', () => {
  it('resolve against the article’s own address only, and never point into this machine or its network', () => {
    const html = `<html><head><title>图片</title><base href="http://127.0.0.1:9/"><link rel="canonical" href="https://news.example.com/2021/story.html"></head><body><article><h1>图片</h1>
      <p>一段足够长的正文，让这个页面被当成一篇文章来读，而不是导航页面。这里还有更多的文字。</p>
      <p><img src="pics/relative.png" alt="相对"><img src="http://192.168.1.1/router.png" alt="路由器"><img src="http://[::1]/x.png" alt="本机">
      <img src="http://169.254.169.254/latest/meta-data" alt="元数据"><img src="https://cdn.example.com/public.png" alt="公开"></p>
      <p>另一段正文，同样足够长，确保可读性算法把它当作正文保留下来，不会丢弃。</p></article></body></html>`;
    const a = parseArticle(Buffer.from(html), '/tmp/page.html');
    const srcs: string[] = [];
    const walk = (n: { type: string; attrs?: Record<string, unknown>; content?: unknown[] }) => {
      if (n.type === 'image') srcs.push(String(n.attrs?.src));
      (n.content as (typeof n)[] | undefined)?.forEach(walk);
    };
    walk(a.doc);
    expect(srcs).toEqual(['https://news.example.com/2021/pics/relative.png', 'https://cdn.example.com/public.png']);
  });
});
