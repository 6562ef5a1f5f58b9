import { useEffect, useState } from 'react';
import { CLAIM_STATUSES, type ClaimStatus, type ReviewFilter } from '../../../shared/model';

/** Opening a search result: the query to mark, and which match or highlight to show. */
export interface ReaderSearch {
  q: string;
  /** Offset of the match to show first in the article's text. */
  at?: number;
  /** A highlight to scroll to (a hit on its quote or note). */
  highlight?: number;
}

export type Route =
  | { kind: 'library' }
  | { kind: 'reader'; id: number; search?: ReaderSearch }
  | { kind: 'review'; filter: ReviewFilter }
  | { kind: 'claims' }
  | { kind: 'notebook'; q: string };

const isStatus = (s: string | null): s is ClaimStatus => (CLAIM_STATUSES as readonly (string | null)[]).includes(s);

function parseFilter(params: URLSearchParams): ReviewFilter {
  const tag = params.get('tag');
  const status = params.get('status');
  const site = params.get('site');
  const article = params.get('article');
  return {
    ...(tag ? { tag } : {}),
    ...(isStatus(status) ? { status } : {}),
    ...(site ? { site } : {}),
    ...(article && /^\d+$/.test(article) ? { articleId: Number(article) } : {}),
  };
}

/** The route an address's hash names; anything unknown is the library. */
export function parseRoute(hash: string): Route {
  if (hash === '#/claims') return { kind: 'claims' };
  const notebook = /^#\/notebook(?:\?(.*))?$/.exec(hash);
  if (notebook) return { kind: 'notebook', q: new URLSearchParams(notebook[1] ?? '').get('q') ?? '' };
  const review = /^#\/review(?:\?(.*))?$/.exec(hash);
  if (review) return { kind: 'review', filter: parseFilter(new URLSearchParams(review[1] ?? '')) };
  const m = /^#\/article\/(\d+)(?:\?(.*))?$/.exec(hash);
  if (!m) return { kind: 'library' };
  const params = new URLSearchParams(m[2] ?? '');
  const q = params.get('q');
  const number = (key: string) => (params.has(key) && /^\d+$/.test(params.get(key)!) ? Number(params.get(key)) : undefined);
  return { kind: 'reader', id: Number(m[1]), ...(q ? { search: { q, at: number('at'), highlight: number('highlight') } } : {}) };
}

export function routeHash(r: Route): string {
  if (r.kind === 'library') return '#/';
  if (r.kind === 'claims') return '#/claims';
  if (r.kind === 'notebook') return r.q ? `#/notebook?${new URLSearchParams({ q: r.q })}` : '#/notebook';
  if (r.kind === 'review') {
    const params = new URLSearchParams();
    if (r.filter.tag) params.set('tag', r.filter.tag);
    if (r.filter.status) params.set('status', r.filter.status);
    if (r.filter.site) params.set('site', r.filter.site);
    if (r.filter.articleId !== undefined) params.set('article', String(r.filter.articleId));
    return params.size ? `#/review?${params}` : '#/review';
  }
  if (!r.search) return `#/article/${r.id}`;
  const params = new URLSearchParams({ q: r.search.q });
  if (r.search.at !== undefined) params.set('at', String(r.search.at));
  if (r.search.highlight !== undefined) params.set('highlight', String(r.search.highlight));
  return `#/article/${r.id}?${params}`;
}

/** Hash routing: a reload or the back button returns to the same article. */
export function useRoute(): [Route, (r: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const go = (r: Route) => {
    location.hash = routeHash(r);
  };
  return [route, go];
}
