// WeChat 公众号 articles. As served, the body `#js_content` is `visibility: hidden` until a
// script runs and every image is only in `data-src`; the title, account and time live in
// inline script variables. Readability misreads such pages, so they get their own path.
import type { HtmlDocument, HtmlElement } from './dom';
import { metaContent } from './page-metadata';

export interface WechatArticle {
  title: string | null;
  account: string | null;
  /** Epoch seconds from `var ct`. */
  publishedAt: number | null;
  body: HtmlElement;
}

export function isWechatPage(doc: HtmlDocument, html: string): boolean {
  return doc.querySelector('#js_content') !== null && /mp\.weixin\.qq\.com|var\s+msg_title|rich_media/.test(html);
}

function scriptVar(html: string, name: string): string | null {
  const m = new RegExp(`var\\s+${name}\\s*=\\s*(?:htmlDecode\\()?\\s*(["'])((?:\\\\.|(?!\\1).)*)\\1`).exec(html);
  return m?.[2] ? m[2].replace(/\\(.)/g, '$1').trim() || null : null;
}

export function readWechat(doc: HtmlDocument, html: string): WechatArticle {
  const body = doc.querySelector('#js_content') as HtmlElement;
  // The page hides its own body until its script runs; we are that script.
  body.removeAttribute('style');
  const ct = scriptVar(html, 'ct');
  return {
    title: metaContent(doc, 'og:title', 'twitter:title') ?? scriptVar(html, 'msg_title') ?? doc.querySelector('#activity-name')?.textContent?.trim() ?? null,
    account: scriptVar(html, 'nickname') ?? doc.querySelector('#js_name')?.textContent?.trim() ?? null,
    publishedAt: ct && /^\d+$/.test(ct) ? Number(ct) : null,
    body,
  };
}
