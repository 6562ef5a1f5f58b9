import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchHit, SearchResults } from '../../../../shared/model';
import { en } from '../../i18n/en';
import { zhCN } from '../../i18n/zh-CN';
import { chipValue, hitLabel, summary } from './labels';

const snippet = { text: '', marks: [], cutBefore: false, cutAfter: false };
const hit = (h: Partial<SearchHit>): SearchHit => ({ kind: 'claim', id: 1, snippet, ...h });
const results = (total: number, counts: SearchResults['counts']): SearchResults => ({ total, counts, articles: [], filters: [] });

let t: TFunction;
let zh: TFunction;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } }, lng: 'en', interpolation: { escapeValue: false } });
  t = i18n.getFixedT('en');
  zh = i18n.getFixedT('zh-CN');
});

describe('search labels', () => {
  it('names a claim hit by what matched: its statement or its note', () => {
    expect(hitLabel(t, hit({ of: 'statement' }))).toBe('Claim');
    expect(hitLabel(t, hit({ of: 'note' }))).toBe('Claim note');
    expect(hitLabel(zh, hit({ of: 'note' }))).toBe('论断笔记');
    expect(hitLabel(t, hit({ kind: 'note', of: 'article' }))).toBe('Article note');
    expect(hitLabel(t, hit({ kind: 'highlight' }))).toBe('Highlight');
  });

  it('names the claim filters in the interface language', () => {
    expect(chipValue(t, { key: 'is', value: 'claim', token: 'is:claim' })).toBe('a claim');
    expect(chipValue(zh, { key: 'status', value: 'contradicted', token: 'status:contradicted' })).toBe('不实');
    expect(chipValue(t, { key: 'in', value: 'claims', token: 'in:claims' })).toBe('claims');
    expect(chipValue(t, { key: 'tag', value: '拼多多', token: 'tag:拼多多' })).toBe('拼多多');
  });

  it('counts what matched, each in its plural, leaving out what did not', () => {
    expect(summary(t, results(1, { articles: 1, highlights: 1, notes: 0, claims: 1 }))).toBe('1 article · 1 highlight · 1 claim');
    expect(summary(t, results(3, { articles: 3, highlights: 0, notes: 2, claims: 4 }))).toBe('3 articles · 2 notes · 4 claims');
    expect(summary(zh, results(3, { articles: 3, highlights: 5, notes: 0, claims: 2 }))).toBe('3 篇文章 · 5 条高亮 · 2 条论断');
  });
});
