import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from './route';

describe('routes', () => {
  it('reads every kind of address and writes it back the same', () => {
    const routes: Route[] = [
      { kind: 'library' },
      { kind: 'claims' },
      { kind: 'reader', id: 12 },
      { kind: 'reader', id: 12, search: { q: '拼多多 tag:C2M', at: 40, highlight: 7 } },
      { kind: 'review', filter: {} },
      { kind: 'review', filter: { tag: '拼多多', status: 'needs-source', site: '36kr.com', articleId: 3 } },
    ];
    for (const r of routes) expect(parseRoute(routeHash(r))).toEqual(r);
  });

  it('takes anything malformed for the library, and drops parameters that are not what they say', () => {
    expect(parseRoute('')).toEqual({ kind: 'library' });
    expect(parseRoute('#/article/abc')).toEqual({ kind: 'library' });
    expect(parseRoute('#/nowhere')).toEqual({ kind: 'library' });
    expect(parseRoute('#/article/5?q=阿里&at=-1&highlight=x')).toEqual({ kind: 'reader', id: 5, search: { q: '阿里', at: undefined, highlight: undefined } });
    expect(parseRoute('#/article/5?at=3')).toEqual({ kind: 'reader', id: 5 });
    expect(parseRoute('#/review?status=bogus&article=1x')).toEqual({ kind: 'review', filter: {} });
  });
});
