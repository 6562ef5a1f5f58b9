import { useEffect, useState } from 'react';

/** Opening a search result: the query to mark, and which match or highlight to show. */
export interface ReaderSearch {
  q: string;
  /** Offset of the match to show first in the article's text. */
  at?: number;
  /** A highlight to scroll to (a hit on its quote or note). */
  highlight?: number;
}

export type Route = { kind: 'library' } | { kind: 'reader'; id: number; search?: ReaderSearch };

function parse(hash: string): Route {
  const m = /^#\/article\/(\d+)(?:\?(.*))?$/.exec(hash);
  if (!m) return { kind: 'library' };
  const params = new URLSearchParams(m[2] ?? '');
  const q = params.get('q');
  const number = (key: string) => (params.has(key) && /^\d+$/.test(params.get(key)!) ? Number(params.get(key)) : undefined);
  return { kind: 'reader', id: Number(m[1]), ...(q ? { search: { q, at: number('at'), highlight: number('highlight') } } : {}) };
}

export function routeHash(r: Route): string {
  if (r.kind === 'library') return '#/';
  if (!r.search) return `#/article/${r.id}`;
  const params = new URLSearchParams({ q: r.search.q });
  if (r.search.at !== undefined) params.set('at', String(r.search.at));
  if (r.search.highlight !== undefined) params.set('highlight', String(r.search.highlight));
  return `#/article/${r.id}?${params}`;
}

/** Hash routing: a reload or the back button returns to the same article. */
export function useRoute(): [Route, (r: Route) => void] {
  const [route, setRoute] = useState(() => parse(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parse(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const go = (r: Route) => {
    location.hash = routeHash(r);
  };
  return [route, go];
}
