// Where a saved page came from: browsers and tools record it in different places.
import type { HtmlDocument } from './dom';

/** The page's source URL: canonical link, og:url, or the comment a browser writes on save. */
export function sourceUrl(doc: HtmlDocument, html: string): string | null {
  const candidates = [
    doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url" i], meta[name="og:url" i]')?.getAttribute('content'),
    /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 2048))?.[1],
    /^\s*(?:<!doctype[^>]*>\s*)?<!--\s*(https?:\/\/\S+?)\s*-->/i.exec(html.slice(0, 2048))?.[1],
  ];
  for (const c of candidates) {
    if (!c) continue;
    try {
      const url = new URL(c.trim());
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // Not a URL; try the next place.
    }
  }
  return null;
}

export function metaContent(doc: HtmlDocument, ...names: string[]): string | null {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}" i], meta[name="${name}" i], meta[itemprop="${name}" i]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}
