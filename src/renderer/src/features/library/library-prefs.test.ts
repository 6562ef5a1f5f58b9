import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../../shared/model';
import { DEFAULT_PREFS, matchesFilter, parsePrefs } from './library-prefs';

describe('library prefs', () => {
  it('reads back what was saved and drops what is not valid', () => {
    const saved = { view: 'trash', sort: 'title', filter: { text: '阿里', tag: '核实', site: null, author: 'x' } };
    expect(parsePrefs(JSON.stringify(saved))).toEqual(saved);
    expect(parsePrefs(JSON.stringify({ view: 'everything', sort: 42, filter: { tag: { evil: 1 } } }))).toEqual(DEFAULT_PREFS);
    expect(parsePrefs('not json')).toEqual(DEFAULT_PREFS);
    expect(parsePrefs(null)).toEqual(DEFAULT_PREFS);
  });

  it('filters by tag (any case), site, author and text together', () => {
    const a = { title: '阿里发布芯片', author: '凤凰网', site: 'ifeng', excerpt: '性能', tags: ['C2M'] } as ArticleSummary;
    const none = DEFAULT_PREFS.filter;
    expect(matchesFilter(a, { ...none, tag: 'c2m' })).toBe(true);
    expect(matchesFilter(a, { ...none, tag: 'c2m', site: 'sina' })).toBe(false);
    expect(matchesFilter(a, { ...none, author: '凤凰网', text: '性能' })).toBe(true);
    expect(matchesFilter(a, { ...none, text: '拼多多' })).toBe(false);
  });
});
