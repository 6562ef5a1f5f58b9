// Clean-up of a parsed body before it is sanitised: what DOMPurify cannot know about
// (hidden text, lazy images, URLs relative to the page or to a saved `_files` folder).
import { createHash } from 'node:crypto';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { assetUrl, isPublicWebUrl } from '../../shared/reading/urls';
import type { HtmlElement } from './dom';
import { sniffImage } from './sniff';

export interface PrepareContext {
  /** The page's own URL, for relative links and images. */
  baseUrl: string | null;
  /** The imported file; images may be read only from its folder and below. */
  filePath: string | null;
}

/** An image to store in the library, named by its content. */
export interface Asset {
  name: string;
  bytes: Uint8Array;
}

const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

const LAZY_SRC = ['data-src', 'data-original', 'data-actualsrc', 'data-lazy-src', 'data-url'];

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * The clean-up of one node at a time, in document order: for a parsed page by the walk in
 * `prepareBody`, for a post by DOMPurify's own walk as it sanitises (sanitize.ts), so that
 * a post's body is parsed once, not twice.
 */
export class Preparer {
  private readonly found = new Map<string, Asset>();

  constructor(private readonly ctx: PrepareContext) {}

  /** The images the prepared elements refer to that go into the library. */
  get assets(): Asset[] {
    return [...this.found.values()];
  }

  /** Points the element's links and images where the reader will find them; false when it is to go. */
  element(el: Element): boolean {
    if (isHidden(el) || (el.nodeName === 'IMG' && !keepImage(el, this.ctx, this.found))) return false;
    if (el.nodeName === 'A' && el.hasAttribute('href')) {
      const href = resolveUrl(el.getAttribute('href') ?? '', this.ctx.baseUrl);
      if (href) el.setAttribute('href', href);
      else el.removeAttribute('href');
    }
    return true;
  }

  /** Joins the line breaks of Chinese text, unless `verbatim()` says it is inside pre or code. */
  text(node: Node, verbatim: () => boolean): void {
    const v = node.nodeValue ?? '';
    if (!v.includes('\n')) return;
    const joined = v.replace(CJK_LINE_BREAK, '$1');
    if (joined !== v && !verbatim()) node.nodeValue = joined;
  }
}

/** Whether `n` is a `pre` or `code` element, whose line breaks are kept. */
export const isVerbatim = (n: Node): boolean => n.nodeName === 'PRE' || n.nodeName === 'CODE';

/**
 * Cleans `root` in place and returns the images it refers to that go into the library.
 * One walk by firstChild/nextSibling: jsdom's selector engine and node lists cost more
 * than the rest of this clean-up together.
 */
export function prepareBody(root: HtmlElement, ctx: PrepareContext): Asset[] {
  const preparer = new Preparer(ctx);
  /** How many `pre`/`code` elements enclose the current node. */
  let verbatim = 0;
  const inVerbatim = () => verbatim > 0;
  /** The node after `n`'s subtree in document order, leaving the elements it climbs out of. */
  const after = (n: Node): Node | null => {
    let at: Node = n;
    while (at !== root && !at.nextSibling) {
      at = at.parentNode!;
      if (at !== root && isVerbatim(at)) verbatim--;
    }
    return at === root ? null : at.nextSibling;
  };

  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      if (!preparer.element(el)) {
        const next = after(el);
        el.remove();
        node = next;
        continue;
      }
      if (el.firstChild) {
        if (isVerbatim(el)) verbatim++;
        node = el.firstChild;
        continue;
      }
    } else if (node.nodeType === TEXT_NODE) {
      preparer.text(node, inVerbatim);
    }
    node = after(node);
  }
  return preparer.assets;
}

/** Text hidden by its own page stays hidden: stripping styles must not reveal it. */
function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return !!style && /display:none|visibility:hidden|opacity:0(?![.\d])/.test(style.toLowerCase().replace(/\s+/g, ''));
}

/** Points an image at where the reader will find it; false when it is to be dropped. */
function keepImage(img: Element, ctx: PrepareContext, assets: Map<string, Asset>): boolean {
  const src = imageSource(img);
  const resolved = src ? resolveImage(src, ctx, assets) : null;
  if (resolved) img.setAttribute('src', resolved);
  return !!resolved;
}

function imageSource(img: Element): string | null {
  const src = img.getAttribute('src')?.trim() ?? '';
  const placeholder = !src || src.startsWith('data:image/gif') || src === 'about:blank' || /^data:image\/svg/.test(src);
  if (placeholder) {
    for (const attr of LAZY_SRC) {
      const v = img.getAttribute(attr)?.trim();
      if (v) return v;
    }
  }
  // Tracking pixels.
  const w = Number(img.getAttribute('width'));
  const h = Number(img.getAttribute('height'));
  if ((w > 0 && w <= 2) || (h > 0 && h <= 2)) return null;
  return src || null;
}

/**
 * Where the reader will find an image: a remote http(s) URL (shown only if the reader
 * allows remote images), or a stored copy of a data: image or of a file inside the
 * article's own folder (a browser's "Save page as… complete" `_files` folder).
 */
function resolveImage(src: string, ctx: PrepareContext, assets: Map<string, Asset>): string | null {
  const data = /^data:image\/[a-z+]+;base64,([a-z0-9+/=\s]+)$/i.exec(src);
  if (data) return store(Buffer.from(data[1], 'base64'), assets);
  if (src.startsWith('//')) return isPublicWebUrl(`https:${src}`) ? `https:${src}` : null;
  if (ctx.filePath && !/^[a-z][a-z0-9+.-]*:/i.test(src)) {
    const local = localFile(src, dirname(ctx.filePath));
    if (local) return store(readFileSync(local), assets);
  }
  const url = resolveUrl(src, ctx.baseUrl, ['http:', 'https:']);
  return url && isPublicWebUrl(url) ? url : null;
}

function localFile(src: string, folder: string): string | null {
  let rel = src.split(/[?#]/)[0];
  try {
    rel = decodeURIComponent(rel);
  } catch {
    // A stray % in a file name: use it as written.
  }
  try {
    // Real paths on both sides: a symlink in the page's folder may point anywhere on the disk.
    const real = realpathSync(resolve(folder, rel));
    if (!real.startsWith(realpathSync(folder) + sep)) return null;
    const st = statSync(real);
    return st.isFile() && st.size <= MAX_IMAGE_BYTES ? real : null;
  } catch {
    return null;
  }
}

function store(bytes: Uint8Array, assets: Map<string, Asset>): string | null {
  const type = sniffImage(bytes);
  if (!type) return null;
  const name = `${createHash('sha256').update(bytes).digest('hex')}.${type}`;
  assets.set(name, { name, bytes });
  return assetUrl(name);
}

function resolveUrl(href: string, base: string | null, protocols = ['http:', 'https:', 'mailto:']): string | null {
  const h = href.trim();
  if (!h || h.startsWith('#')) return null;
  try {
    const url = base ? new URL(h, base) : new URL(h);
    return protocols.includes(url.protocol) && !url.username && !url.password ? url.href : null;
  } catch {
    return null;
  }
}

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303f\\uff00-\\uffef';
// A line break inside Chinese text is a source-code artefact, not a space: HTML would
// render it as a space between two characters, which reads as a typo and breaks search.
const CJK_LINE_BREAK = new RegExp(`([${CJK}])[ \\t]*\\r?\\n[ \\t\\r\\n]*(?=[${CJK}])`, 'gu');
