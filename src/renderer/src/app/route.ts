import { useEffect, useState } from 'react';

export type Route = { kind: 'library' } | { kind: 'reader'; id: number };

function parse(hash: string): Route {
  const m = /^#\/article\/(\d+)$/.exec(hash);
  return m ? { kind: 'reader', id: Number(m[1]) } : { kind: 'library' };
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
    location.hash = r.kind === 'reader' ? `#/article/${r.id}` : '#/';
  };
  return [route, go];
}
