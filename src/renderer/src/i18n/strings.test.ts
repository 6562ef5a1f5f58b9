// Both languages say the same things: every key in each, counts through i18next's plural
// rules (never "1 notes"), and one Chinese word for one thing.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zh-CN';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}
const values = (tree: Tree): string[] => Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : values(v)));
/** A key as the code asks for it: plural forms are one key. */
const base = (k: string) => k.replace(/_(zero|one|two|few|many|other)$/, '');

async function bothLanguages() {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } }, lng: 'en', interpolation: { escapeValue: false } });
  return i18n;
}

describe('the interface strings', () => {
  it('has every key in both languages', () => {
    expect([...new Set(keys(zhCN as Tree).map(base))].sort()).toEqual([...new Set(keys(en as Tree).map(base))].sort());
  });

  it('gives every count its plural forms, so that 1 and 2 read right in each language', async () => {
    const i18n = await bothLanguages();
    // Read the same for any number: "3 open", "1688 · Supported: 2".
    const sameForAnyCount = ['library.openClaims', 'dashboard.segment'];
    const counted = [...new Set(keys(en as Tree).filter((k) => /\{\{count\b/.test(String(k.split('.').reduce<unknown>((t, p) => (t as Tree)[p], en)))).map(base))].filter((k) => !sameForAnyCount.includes(k));
    expect(counted.length).toBeGreaterThan(20);
    const enKeys = new Set(keys(en as Tree));
    const zhKeys = new Set(keys(zhCN as Tree));
    expect(counted.filter((k) => !enKeys.has(`${k}_one`) || !enKeys.has(`${k}_other`)), 'English').toEqual([]);
    expect(counted.filter((k) => !zhKeys.has(`${k}_other`)), 'Chinese').toEqual([]);
    const en1 = i18n.getFixedT('en');
    expect(en1('search.summaryNotes', { count: 1 })).toBe('1 note');
    expect(en1('search.summaryNotes', { count: 2 })).toBe('2 notes');
    expect(i18n.getFixedT('zh-CN')('search.summaryNotes', { count: 2 })).toBe('2 条笔记');
  });

  it('calls a highlight 高亮 throughout the Chinese interface', () => {
    const all = values(zhCN as Tree).join('\n');
    expect(all).not.toContain('划线');
    expect(all).toContain('高亮');
  });

  it('writes every number it counts with the digit grouping of the language: 10,000 articles, never 10000', async () => {
    const i18n = await bothLanguages();
    const numbers = ['count', 'shown', 'total', 'done', 'current', 'imported', 'duplicate', 'updated', 'failed', 'created', 'unchanged', 'existing'];
    const big = Object.fromEntries(numbers.map((n) => [n, 12345]));
    for (const [lng, tree] of [['en', en], ['zh-CN', zhCN]] as const) {
      const t = i18n.getFixedT(lng);
      const unformatted = [...new Set(keys(tree as Tree).map(base))].filter((k) => t(k, big).includes('12345'));
      expect(unformatted, lng).toEqual([]);
    }
    expect(i18n.getFixedT('en')('library.count', { count: 10_000 })).toBe('10,000 articles');
    expect(i18n.getFixedT('zh-CN')('library.count', { count: 10_000 })).toBe('10,000 篇文章');
  });
});
