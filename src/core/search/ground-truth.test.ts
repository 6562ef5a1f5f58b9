// Search against a brute-force ground truth over the same plain texts (issue 6): for every
// query, the set of matching articles, highlights and notes must equal what a direct scan
// finds with the rules, no more and no less: substring for Chinese, word-start prefix for
// Latin words and numbers, after NFKC, case and simplified/traditional folding. The scan
// below shares no code with the index: it folds whole strings with OpenCC's own converter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConverterFactory } from 'opencc-js/core';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import { createHighlight } from '../annotations/highlights';
import { setArticleNote } from '../annotations/article-notes';
import { importPaths } from '../ingest/import-files';
import { articleText } from '../library/articles';
import { corpusFiles, tempLibrary } from '../test-support/corpus';
import { noteFromText } from '../../shared/reading/note-schema';
import { matchingIds } from './search';

const toSimplified = ConverterFactory([HKVariantsRev, TWVariantsRev], [TSCharacters]);
const foldAll = (s: string) => toSimplified(s.normalize('NFKC').toLowerCase()).replace(/ς/g, 'σ');
const CJK = /[\p{scx=Han}\p{scx=Hira}\p{scx=Kana}\p{scx=Hang}\p{scx=Bopo}]/u;
const WORD_BEFORE = '(?<![[\\p{L}\\p{N}\\p{M}]--[\\p{scx=Han}\\p{scx=Hira}\\p{scx=Kana}\\p{scx=Hang}\\p{scx=Bopo}]])';

/** Does folded `text` contain the query term, by the rules of issue 6? */
function termIn(term: string, text: string): boolean {
  const t = foldAll(term);
  if ([...t].every((c) => CJK.test(c))) return text.includes(t);
  return new RegExp(WORD_BEFORE + t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'v').test(text);
}

/** Every whitespace-separated term is in one of the item's texts. */
const matches = (query: string, texts: string[]) => query.split(/\s+/).every((term) => texts.some((text) => termIn(term, text)));

const QUERIES = [
  // one Chinese character
  '阿', '微', '的', '网', '淘', '猫', '龙', '鹰', '酒', '腾',
  // two
  '阿里', '微信', '淘宝', '工厂', '拼多', '里巴', '腾讯', '电商', '华为', '苹果', '程序', '明月',
  // three and four
  '拼多多', '小程序', '阿里巴巴', '淘宝特价版', '科技爱好者', '人工智能', '互联网',
  // traditional against simplified, full-width against half-width
  '淘寶', '軟件', '網絡', '騰訊', '臺灣', '１６８８', 'ＧＯＯＧＬＥ',
  // Latin words and numbers, as word-start prefixes
  'google', 'goog', 'the', 'apple', 'github', 'javascript', 'java', 'c2m', 'ai', 'linux', 'http',
  '1688', '168', '688', '2021', '5g', '360', '51talk',
  // mixed
  '1688 工厂', 'c2m 阿里', 'apple 苹果', 'github 开源', 'google 微信', '2021 腾讯',
  // lone characters with other terms (one index for characters, one for phrases)
  '阿 1688', 'g 阿里', '的 google', '阿 微', '5 工厂',
];

describe('search matches a brute-force scan of the same texts', () => {
  const t = tempLibrary();
  const articles: { id: number; texts: string[] }[] = [];
  const highlights: { id: number; texts: string[] }[] = [];
  const highlightNotes: { id: number; texts: string[] }[] = [];
  const articleNotes: { id: number; texts: string[] }[] = [];

  beforeAll(async () => {
    const files = [
      ...corpusFiles('hexo-zh'),
      ...corpusFiles('pages-zh', (f) => f.endsWith('.html')),
      ...corpusFiles('encodings', (f) => f.startsWith('big5') || f.startsWith('gbk')),
      ...corpusFiles('pages', (f) => f.endsWith('.html')).slice(0, 40),
    ];
    await importPaths(t.lib, files);
    const rows = (t.lib.db.prepare('SELECT id, title FROM articles ORDER BY id').all() as { id: number; title: string }[]).map((r) => ({ ...r, text: articleText(t.lib, r.id)! }));
    // Highlights and notes at deterministic places: quotes cut from the articles, notes that
    // mix another article's words with full-width, traditional and English text.
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const extras = ['ＧＯＯＧＬＥ的新闻', '淘寶和騰訊', '1688工厂', 'Apple iPhone', 'needs a source', '網絡安全', 'C2M 模式', ''];
    for (const a of rows) {
      articles.push({ id: a.id, texts: [foldAll(a.title), foldAll(a.text)] });
      for (let k = 0; k < 3 && a.text.length > 80; k++) {
        const start = next(a.text.length - 70);
        const end = start + 2 + next(60);
        if (!a.text.slice(start, end).trim()) continue;
        const other = rows[next(rows.length)].text;
        const from = next(Math.max(1, other.length - 100));
        const noteText = k === 2 ? '' : `${other.slice(from, from + 10 + next(80))} ${extras[next(extras.length)]}`.trim();
        const note = noteText ? noteFromText(noteText) : null;
        const h = createHighlight(t.lib, { articleId: a.id, start, end, note, noteText });
        // The same words highlighted again are the highlight already there, with its note.
        if (highlights.some((x) => x.id === h.id)) continue;
        highlights.push({ id: h.id, texts: [foldAll(h.quote)] });
        if (noteText) highlightNotes.push({ id: h.id, texts: [foldAll(noteText)] });
      }
      if (a.id % 5 === 0) {
        const noteText = `${extras[a.id % extras.length]} ${a.text.slice(0, 40)}`.trim();
        setArticleNote(t.lib, a.id, noteFromText(noteText), noteText);
        articleNotes.push({ id: a.id, texts: [foldAll(noteText)] });
      }
    }
  }, 180_000);
  afterAll(() => t.dispose());

  it(`holds enough to mean something (${QUERIES.length} queries)`, () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
    expect(articles.length).toBeGreaterThan(300);
    expect(highlights.length).toBeGreaterThan(800);
    expect(highlightNotes.length).toBeGreaterThan(400);
    expect(articleNotes.length).toBeGreaterThan(50);
  });

  it.each(QUERIES)('%s', (query) => {
    const truth = (items: { id: number; texts: string[] }[]) => items.filter((i) => matches(query, i.texts)).map((i) => i.id).sort((a, b) => a - b);
    const found = matchingIds(t.lib, query);
    const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);
    expect(sorted(found.articles)).toEqual(truth(articles));
    expect(sorted(found.highlights)).toEqual(truth(highlights));
    expect(sorted(found.notes.highlights)).toEqual(truth(highlightNotes));
    expect(sorted(found.notes.articles)).toEqual(truth(articleNotes));
  });

  // OR and exclusion across the two indexes (lone characters, phrases) give the set algebra
  // of the terms' own results, each checked against the scan above.
  const items = (query: string) => {
    const f = matchingIds(t.lib, query);
    return new Set([...f.articles.map((i) => `a${i}`), ...f.highlights.map((i) => `h${i}`), ...f.notes.highlights.map((i) => `n${i}`), ...f.notes.articles.map((i) => `m${i}`)]);
  };
  const union = (a: Set<string>, b: Set<string>) => new Set([...a, ...b]);
  const minus = (a: Set<string>, b: Set<string>) => new Set([...a].filter((x) => !b.has(x)));
  const both = (a: Set<string>, b: Set<string>) => new Set([...a].filter((x) => b.has(x)));
  it.each([
    ['微 OR 腾讯', () => union(items('微'), items('腾讯'))],
    ['阿里 -的', () => minus(items('阿里'), items('的'))],
    ['阿 -里巴', () => minus(items('阿'), items('里巴'))],
    ['龙 -鹰', () => minus(items('龙'), items('鹰'))],
    ['阿 OR google 微信', () => both(union(items('阿'), items('google')), items('微信'))],
    ['淘 OR 微 -腾讯 -g', () => minus(minus(union(items('淘'), items('微')), items('腾讯')), items('g'))],
  ])('%s', (query, expected) => {
    const want = expected();
    expect(want.size).toBeGreaterThan(0);
    expect([...items(query)].sort()).toEqual([...want].sort());
  });

  it('finds something for most queries, so the comparison is not of empty sets', () => {
    const nonEmpty = QUERIES.filter((q) => {
      const f = matchingIds(t.lib, q);
      return f.articles.length + f.highlights.length + f.notes.highlights.length > 0;
    });
    expect(nonEmpty.length).toBeGreaterThanOrEqual(QUERIES.length - 4);
  });
});
