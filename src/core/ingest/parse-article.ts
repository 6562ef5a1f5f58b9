// One file's bytes → one article ready to store. Pure apart from reading the images a
// saved page keeps beside it, so it can run in a worker thread.
import { basename, extname } from 'node:path';
import { Readability } from '@mozilla/readability';
import type { ArticleFormat, ReadingDoc } from '../../shared/model';
import { packSource, packText } from '../library/content';
import { countChars, docToText } from '../../shared/reading/plain-text';
import { assetName } from '../../shared/reading/urls';
import { decode } from './decode';
import { parseHtml, type HtmlDocument } from './dom';
import { ImportError } from './errors';
import { fmList, fmString, readFrontMatter } from './front-matter';
import { parseDate, type ParsedDate } from './dates';
import { escapeHtml, looksLikeHtml, renderMarkdown } from './markdown';
import { assertShallowMarkup, assertShallowTree } from './nesting';
import { metaContent, sourceUrl } from './page-metadata';
import { prepareBody, type Asset } from './prepare';
import { sanitize } from './sanitize';
import { sniffBinary } from './sniff';
import { iconGlyphs } from './private-use';
import { toReadingDoc } from './to-doc';
import { truncationWarning } from './truncation';
import { isWechatPage, readWechat } from './wechat';
import { cleanByline } from './byline';

/** What a source says about an article besides its title and body. */
interface Metadata {
  author: string | null;
  site: string | null;
  url: string | null;
  published: ParsedDate | null;
  lang: string | null;
  excerpt: string | null;
  categories: string[];
  sourceTags: string[];
  cover: string | null;
  format: ArticleFormat;
}

export interface ParsedArticle extends Metadata {
  title: string;
  encoding: string;
  doc: ReadingDoc;
  text: string;
  chars: number;
  warnings: string[];
  /** Images to store with the article, each referenced by the document. */
  assets: Asset[];
  /**
   * The text, and the sanitised HTML the document was built from with the document,
   * compressed as the library stores them (src/core/library/content.ts): done here, on a
   * parser thread, not by the one writer.
   */
  packed: { text: Uint8Array; source: Uint8Array };
}

/**
 * What the library stores of a parsed article. The document travels inside
 * `packed.source`: a parser thread keeps the tree itself, whose structured clone cost more
 * than the rest of its reply together.
 */
export type StoredArticle = Omit<ParsedArticle, 'doc'>;

/** What the source says about the article, before its body is parsed. */
interface Source extends Metadata {
  /** The body's markup: cleaned up already when `assets` is set, else cleaned as it is sanitised. */
  html: string;
  /** Null when the source names none (the first heading or the file name is used). */
  title: string | null;
  /** Images already collected (saved pages are cleaned before extraction). */
  assets: Asset[] | null;
}

/**
 * `clean` is DOMPurify (sanitize.ts) wherever Gloss imports: the parser threads and the
 * inline parser pass none. Only the sanitizer-off end-to-end test (e2e/chromium/
 * sanitizer-off.ts, never built into the app) passes a bare parse, to prove that the
 * reading schema and the CSP hold on their own.
 */
export function parseArticle(bytes: Uint8Array, path: string, clean: typeof sanitize = sanitize): ParsedArticle {
  if (bytes.length === 0) throw new ImportError('the file is empty');
  const binary = sniffBinary(bytes);
  if (binary) throw new ImportError(`not a text or HTML file: it looks like ${binary}`);
  const decoded = decode(bytes);
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new ImportError('the file is empty (it holds only whitespace)');
  const warnings = [...decoded.warnings];

  const source = readSource(text, path, warnings);
  assertShallowMarkup(source.html);
  const { body, assets: found } = clean(source.html, source.assets ? undefined : { baseUrl: source.url, filePath: path });
  // DOMPurify answers null for a document that is a frameset: it has no body, only frames.
  if (!body) throw new ImportError('the page is a frameset, with no text of its own: import the pages of its frames instead');
  const assets = source.assets ?? found;
  const doc = toReadingDoc(body, { drop: iconGlyphs(decoded.encoding) });
  const plain = docToText(doc);
  if (!plain.trim()) {
    const why = warnings.length ? ` (${warnings.join('; ')})` : '';
    throw new ImportError(`no article text was found in the file${why}`);
  }

  const docJson = JSON.stringify(doc);
  const used = new Set(docJson.match(/gloss-asset:\/\/[0-9a-f]{64}\.[a-z]+/g)?.map((u) => assetName(u)));
  return {
    title: source.title ?? firstHeading(doc) ?? titleFromFileName(path),
    author: cleanByline(source.author),
    site: source.site,
    url: source.url,
    published: source.published,
    lang: source.lang,
    excerpt: source.excerpt ?? excerptOf(plain),
    categories: source.categories,
    sourceTags: source.sourceTags,
    cover: source.cover,
    format: source.format,
    encoding: decoded.encoding,
    doc,
    text: plain,
    chars: countChars(plain),
    warnings,
    assets: assets.filter((a) => used.has(a.name)),
    packed: { text: packText(plain), source: packSource(body.innerHTML, docJson) },
  };
}

function readSource(text: string, path: string, warnings: string[]): Source {
  const fm = readFrontMatter(text);
  if (fm) return readPost(fm.data, fm.body, fm.warnings, warnings);
  const head = text.slice(0, 4096);
  if (/<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<title[\s>]/i.test(head)) return readPage(text, path, warnings);
  const ext = extname(path).toLowerCase();
  if (looksLikeHtml(text)) return plainSource('fragment', text);
  if (ext === '.md' || ext === '.markdown') return plainSource('markdown', renderMarkdown(text));
  return plainSource('text', textBody(text));
}

function readPost(data: Record<string, unknown>, body: string, fmWarnings: string[], warnings: string[]): Source {
  warnings.push(...fmWarnings);
  if (!body.trim()) throw new ImportError('the file has front matter but no article body');
  const html = looksLikeHtml(body);
  if (html) {
    const cut = truncationWarning(body, 'body');
    if (cut) warnings.push(cut);
  }
  return {
    format: html ? 'hexo-html' : 'hexo-markdown',
    html: html ? body : renderMarkdown(body),
    title: fmString(data.title),
    author: fmString(data.author),
    site: fmString(data.site) ?? fmString(data.source),
    url: httpUrl(data.link) ?? httpUrl(data.url) ?? httpUrl(data.source_url) ?? httpUrl(data.original),
    published: parseDate(data.date ?? data.published ?? data.pubDate),
    lang: fmString(data.lang) ?? fmString(data.language),
    excerpt: fmString(data.excerpt) ?? fmString(data.description) ?? fmString(data.summary),
    categories: fmList(data.categories ?? data.category),
    sourceTags: fmList(data.tags ?? data.tag),
    cover: httpUrl(data.headimg) ?? httpUrl(data.cover) ?? httpUrl(data.image) ?? httpUrl(data.thumbnail),
    assets: null,
  };
}

function readPage(html: string, path: string, warnings: string[]): Source {
  const cut = truncationWarning(html, 'page');
  if (cut) warnings.push(cut);
  assertShallowMarkup(html);
  const doc = parseHtml(html);
  assertShallowTree(doc.body);
  const url = sourceUrl(doc, html);
  // Addresses resolve against the article's own address only: a <base href> is the page's
  // to say, and it could point relative images at this machine.
  const baseUrl = url;
  const lang = doc.documentElement.getAttribute('lang')?.trim() || null;
  // Read before Readability, which rewrites the document it is given.
  const defaults = pageDefaults(doc, url, lang);

  if (isWechatPage(doc, html)) {
    const wx = readWechat(doc, html);
    const assets = prepareBody(wx.body, { baseUrl, filePath: null });
    const published = wx.publishedAt ? parseDate(wx.publishedAt) : null;
    return {
      ...defaults,
      format: 'page',
      html: wx.body.innerHTML,
      title: wx.title,
      author: wx.account,
      site: wx.account ?? '微信公众号',
      published,
      assets,
    };
  }

  const assets = prepareBody(doc.body, { baseUrl, filePath: path });
  // Readability's typings name the browser's Document; jsdom's has the same shape.
  const reader = new Readability(doc as unknown as ConstructorParameters<typeof Readability>[0], { keepClasses: false }).parse();
  return {
    ...defaults,
    format: 'page',
    html: reader?.content ?? doc.body.innerHTML,
    title: reader?.title?.trim() || defaults.title,
    author: reader?.byline?.trim() || defaults.author,
    site: reader?.siteName?.trim() || defaults.site,
    published: parseDate(reader?.publishedTime) ?? defaults.published,
    lang: reader?.lang?.trim() || lang,
    excerpt: reader?.excerpt?.trim() || null,
    assets,
  };
}

function pageDefaults(doc: HtmlDocument, url: string | null, lang: string | null): Omit<Source, 'format' | 'html' | 'assets'> {
  return {
    title: metaContent(doc, 'og:title') ?? (doc.title.trim() || null),
    author: metaContent(doc, 'author', 'article:author', 'byline'),
    site: metaContent(doc, 'og:site_name', 'application-name') ?? hostOf(url),
    url,
    published: parseDate(metaContent(doc, 'article:published_time', 'pubdate', 'publishdate', 'datePublished', 'og:release_date')),
    lang,
    excerpt: metaContent(doc, 'description', 'og:description'),
    categories: [],
    sourceTags: (metaContent(doc, 'keywords') ?? '').split(/[,，]/).map((k) => k.trim()).filter(Boolean).slice(0, 20),
    cover: httpUrl(metaContent(doc, 'og:image')),
  };
}

/** Only web URLs are kept from metadata: a cover or source link is never a script. */
function httpUrl(v: unknown): string | null {
  const s = fmString(v);
  return s && /^https?:\/\/\S+$/i.test(s) ? s : null;
}

function plainSource(format: ArticleFormat, html: string): Source {
  return {
    format,
    html,
    title: null,
    author: null,
    site: null,
    url: null,
    published: null,
    lang: null,
    excerpt: null,
    categories: [],
    sourceTags: [],
    cover: null,
    assets: null,
  };
}

/** Plain text: paragraphs are separated by blank lines. */
function textBody(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .filter((para) => para.trim())
    .map((para) => `<p>${escapeHtml(para.trim())}</p>`)
    .join('');
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

function firstHeading(doc: ReadingDoc): string | null {
  const heading = doc.content?.find((n) => n.type === 'heading');
  const text = heading?.content?.map((c) => c.text ?? '').join('').trim();
  return text || null;
}

function titleFromFileName(path: string): string {
  return basename(path, extname(path)).replace(/[_]+/g, ' ').trim() || basename(path);
}

function excerptOf(text: string): string | null {
  const first = text.split('\n\n').find((p) => p.trim().length > 0)?.trim() ?? '';
  if (!first) return null;
  const chars = [...first];
  return chars.length > 160 ? `${chars.slice(0, 160).join('')}…` : first;
}
