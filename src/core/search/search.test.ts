import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHighlight, deleteHighlight, findQuote, reattachHighlight, updateHighlight } from '../annotations/highlights';
import { setArticleNote } from '../annotations/article-notes';
import { setArticleTags } from '../annotations/tags';
import { importPaths } from '../ingest/import-files';
import { SEED, tempLibrary } from '../test-support/corpus';
import { articleText } from '../library/articles';
import { openLibrary } from '../library/db';
import { fold, foldWithMap, toOriginal } from './fold';
import { parseQuery } from './query';
import { articleMatches, matchingIds, reindex, searchLibrary } from './search';
import { snippetString } from './snippets';
import { indexTokens } from './tokens';
import { noteFromText } from '../../shared/reading/note-schema';


describe('folding', () => {
  it('folds width, case and traditional characters, keeping a map to the original', () => {
    expect(fold('ＡＢＣ１６８８ 淘寶 臺灣 Google')).toBe('abc1688 淘宝 台湾 google');
    const f = foldWithMap('x㍿y');
    expect(f.text).toBe('x株式会社y');
    // A match inside an expanded character covers the whole original character.
    expect(toOriginal(f, 1, 3)).toEqual([1, 2]);
    expect(toOriginal(f, 5, 6)).toEqual([2, 3]);
  });

  it('indexes CJK runs as bigrams plus the last character, Latin runs as words', () => {
    expect(indexTokens('阿里巴巴向1688，c2m模式')).toBe('阿里 里巴 巴巴 巴向 向 1688 c2m 模式 式');
  });
});

describe('the query language', () => {
  it('reads phrases, exclusions, OR and filters', () => {
    const q = parseQuery('"淘宝 特价版" -微信 阿里 OR 腾讯 tag:"needs a source" color:yellow in:notes site:36kr before:2022 after:2021-04');
    expect(q.chips.map((c) => c.token)).toEqual(['tag:"needs a source"', 'color:yellow', 'in:notes', 'site:36kr', 'before:2022', 'after:2021-04']);
    expect(q.groups).toEqual([[{ text: '淘宝 特价版', phrase: true }], [{ text: '阿里', phrase: false }, { text: '腾讯', phrase: false }]]);
    expect(q.exclude).toEqual([{ text: '微信', phrase: false }]);
    expect(q.filters).toEqual({ tags: ['needs a source'], colors: ['yellow'], kinds: ['notes'], sites: ['36kr'], before: '2022-01-01', after: '2021-04-01', claims: false, statuses: [] });
    const claims = parseQuery('is:claim status:contradicted status:"needs a source" status:不实 status:nonsense in:claims');
    expect(claims.filters).toMatchObject({ claims: true, statuses: ['contradicted', 'needs-source', 'contradicted'], kinds: ['claims'] });
    expect(claims.groups).toEqual([[{ text: 'status:nonsense', phrase: false }]]);
  });

  it('falls back to words on bad syntax instead of failing', () => {
    expect(parseQuery('"unclosed 阿里').groups.map((g) => g[0].text)).toEqual(['unclosed', '阿里']);
    expect(parseQuery('color:plaid in:nowhere before:someday OR').groups.map((g) => g[0].text)).toEqual(['color:plaid', 'in:nowhere', 'before:someday']);
    expect(parseQuery('OR - "" ：').groups.map((g) => g[0].text)).toEqual(['-', '：']);
  });
});

describe('searching a library', () => {
  let t: ReturnType<typeof tempLibrary>;
  let seed: number;
  beforeEach(async () => {
    t = tempLibrary();
    await importPaths(t.lib, [SEED]);
    seed = 1;
  });
  afterEach(() => t.dispose());

  const highlight = (quote: string, extra: { color?: 'yellow' | 'blue'; tags?: string[]; note?: string } = {}) =>
    createHighlight(t.lib, { articleId: seed, ...findQuote(t.lib, seed, quote), color: extra.color, tags: extra.tags, note: extra.note ? noteFromText(extra.note) : null, noteText: extra.note });

  it('finds every occurrence of one and two characters, and marks them in the original text', () => {
    const text = articleText(t.lib, 1)!;
    const expected = text.split('微信').length - 1;
    const r = searchLibrary(t.lib, '微信');
    expect(r.total).toBe(1);
    expect(r.articles[0].occurrences).toBe(expected);
    const marks = articleMatches(t.lib, 1, '微信')!;
    expect(marks).toHaveLength(expected);
    for (const [s, e] of marks) expect(text.slice(s, e)).toBe('微信');
    expect(snippetString(r.articles[0].hits[0].snippet)).toContain('<mark>微信</mark>');
  });

  it('treats Latin words as word-start prefixes', () => {
    expect(matchingIds(t.lib, '168').articles).toEqual([1]);
    expect(matchingIds(t.lib, '688').articles).toEqual([]);
    expect(matchingIds(t.lib, 'C2').articles).toEqual([1]);
    expect(matchingIds(t.lib, '2m').articles).toEqual([]);
  });

  it('applies exclusions, alternatives and phrases', () => {
    expect(matchingIds(t.lib, '阿里 -微信').articles).toEqual([]);
    expect(matchingIds(t.lib, '阿里 -不存在的词').articles).toEqual([1]);
    expect(matchingIds(t.lib, '不存在的词 OR 阿里').articles).toEqual([1]);
    expect(matchingIds(t.lib, '"淘宝特价版"').articles).toEqual([1]);
    // Punctuation ends a Chinese run: 信， then 据 is not the string 信据.
    expect(matchingIds(t.lib, '信据').articles).toEqual([]);
  });

  it('keeps the index current through every edit of highlights and notes, in the same transaction', () => {
    const h = highlight('阿里生态', { tags: ['1688'], color: 'blue' });
    expect(matchingIds(t.lib, '生态').highlights).toEqual([h.id]);
    updateHighlight(t.lib, h.id, { note: noteFromText('Needs a source: 供应链'), noteText: 'Needs a source: 供应链' });
    expect(matchingIds(t.lib, '供应链').notes.highlights).toEqual([h.id]);
    expect(matchingIds(t.lib, 'needs').notes.highlights).toEqual([h.id]);
    updateHighlight(t.lib, h.id, { note: null, noteText: '' });
    expect(matchingIds(t.lib, '供应链').notes.highlights).toEqual([]);
    const text = articleText(t.lib, 1)!;
    const at = text.indexOf('淘宝特价版');
    reattachHighlight(t.lib, h.id, at, at + 5);
    expect(matchingIds(t.lib, '生态').highlights).toEqual([]);
    expect(matchingIds(t.lib, '特价').highlights).toEqual([h.id]);
    deleteHighlight(t.lib, h.id);
    expect(matchingIds(t.lib, '特价').highlights).toEqual([]);
    setArticleNote(t.lib, 1, noteFromText('我的判断：存疑'), '我的判断：存疑');
    expect(matchingIds(t.lib, '存疑').notes.articles).toEqual([1]);
    setArticleNote(t.lib, 1, null, '');
    expect(matchingIds(t.lib, '存疑').notes.articles).toEqual([]);
  });

  it('follows re-imports and deletes of articles, and reindex rebuilds the same index', async () => {
    highlight('阿里生态');
    const copy = join(t.dir, 'seed.txt');
    const original = articleText(t.lib, 1)!;
    writeFileSync(copy, `---\ntitle: 新的标题 Yak\n---\n<p>${original.slice(0, 300)}</p>`);
    await importPaths(t.lib, [copy]);
    expect(matchingIds(t.lib, 'yak').articles).toEqual([2]);
    // The same file changed: updated in place, and its old words leave the index.
    writeFileSync(copy, `---\ntitle: 新的标题 Zebra\n---\n<p>${original.slice(0, 300)}</p>`);
    await importPaths(t.lib, [copy]);
    expect(matchingIds(t.lib, 'yak').articles).toEqual([]);
    expect(matchingIds(t.lib, 'zebra').articles).toEqual([2]);
    const before = ['阿里', '微信', 'zebra', '1688', '生态'].map((q) => matchingIds(t.lib, q));
    expect(reindex(t.lib)).toBeGreaterThan(2);
    expect(['阿里', '微信', 'zebra', '1688', '生态'].map((q) => matchingIds(t.lib, q))).toEqual(before);
    t.lib.db.prepare('DELETE FROM articles WHERE id = 1').run();
    expect(matchingIds(t.lib, '生态')).toEqual({ articles: [], highlights: [], notes: { highlights: [], articles: [] }, claims: { statements: [], notes: [] } });
    expect(t.lib.db.prepare('SELECT count(*) FROM search').pluck().get()).toBe(1);
  });

  it('filters by tag, colour, kind, site and date, also with no words at all', () => {
    const a = highlight('阿里生态', { tags: ['1688'], color: 'blue', note: '拼多多的对手' });
    const b = highlight('淘宝特价版', { color: 'yellow' });
    setArticleTags(t.lib, 1, ['电商']);
    expect(matchingIds(t.lib, 'tag:1688').highlights).toEqual([a.id]);
    expect(matchingIds(t.lib, 'tag:1688').notes.highlights).toEqual([a.id]);
    expect(matchingIds(t.lib, 'tag:电商').articles).toEqual([1]);
    expect(matchingIds(t.lib, 'color:yellow').highlights).toEqual([b.id]);
    expect(matchingIds(t.lib, '淘宝 color:blue').highlights).toEqual([]);
    // in:highlights keeps to the highlighted words: not the article's text, not notes.
    expect(matchingIds(t.lib, '阿里 in:highlights')).toEqual({ articles: [], highlights: [a.id], notes: { highlights: [], articles: [] }, claims: { statements: [], notes: [] } });
    expect(matchingIds(t.lib, '拼多多 in:notes')).toEqual({ articles: [], highlights: [], notes: { highlights: [a.id], articles: [] }, claims: { statements: [], notes: [] } });
    expect(matchingIds(t.lib, '阿里 after:2021-04-01 before:2021-05').articles).toEqual([1]);
    expect(matchingIds(t.lib, '阿里 after:2022').articles).toEqual([]);
    expect(matchingIds(t.lib, '阿里 site:nowhere.example').articles).toEqual([]);
    expect(searchLibrary(t.lib, '').total).toBe(0);
    expect(searchLibrary(t.lib, 'tag:1688 before:2022').filters).toEqual([{ key: 'tag', value: '1688', token: 'tag:1688' }, { key: 'before', value: '2022', token: 'before:2022' }]);
  });

  it('groups a highlight under its article even when another process reuses its id', async () => {
    const copy = join(t.dir, 'two.html');
    writeFileSync(copy, '<html><head><title>另一篇</title></head><body><article><p>这里也提到生态和别的内容，足够长的一段正文。</p></article></body></html>');
    await importPaths(t.lib, [copy]);
    const h = highlight('阿里生态');
    expect(searchLibrary(t.lib, '生态').articles.find((a) => a.id === 1)!.hits.some((x) => x.kind === 'highlight' && x.id === h.id)).toBe(true);
    const other = openLibrary(t.path);
    deleteHighlight(other, h.id);
    const at = articleText(other, 2)!.indexOf('生态');
    const reused = createHighlight(other, { articleId: 2, start: at, end: at + 2 });
    other.close();
    expect(reused.id).toBe(h.id);
    const r = searchLibrary(t.lib, '生态');
    expect(r.articles.find((a) => a.id === 2)!.hits.some((x) => x.kind === 'highlight' && x.id === h.id)).toBe(true);
    expect(r.articles.find((a) => a.id === 1)!.hits.some((x) => x.kind === 'highlight')).toBe(false);
  });

  it('ranks title matches first and pages the rest', async () => {
    const dir = t.dir;
    for (let i = 0; i < 3; i++) writeFileSync(join(dir, `p${i}.html`), `<html><head><title>${i === 2 ? '关于微信的文章' : `文章 ${i}`}</title></head><body><article><p>${'微信 '.repeat(i + 1)}正文内容足够长，${'填充'.repeat(60)}</p></article></body></html>`);
    await importPaths(t.lib, [dir]);
    const r = searchLibrary(t.lib, '微信', { limit: 2 });
    expect(r.total).toBe(4);
    expect(r.articles).toHaveLength(2);
    expect(r.articles[0].title).toBe('关于微信的文章');
    expect(r.articles[0].titleMarks).toEqual([[2, 4]]);
    expect(searchLibrary(t.lib, '微信', { limit: 2, offset: 2 }).articles).toHaveLength(2);
  });
});
