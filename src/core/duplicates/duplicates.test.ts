// Copies on the corpus: the GNE news pages were saved twice, as full pages (pages-zh) and as
// hexo posts of their extracted text (hexo-zh/gne-*): each is a copy of its twin.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHighlight, findQuote, listHighlights } from '../annotations/highlights';
import { ConflictError } from '../errors';
import { importPaths } from '../ingest/import-files';
import { parseArticle } from '../ingest/parse-article';
import { getArticle, listArticles } from '../library/articles';
import { openLibrary } from '../library/db';
import { matchingIds } from '../search/search';
import { CORPUS, corpusFiles, tempLibrary } from '../test-support/corpus';
import { fingerprint, storeFingerprint } from './fingerprints';
import { keepCopy, mergeCopy } from './merge';

let t: ReturnType<typeof tempLibrary>;
afterEach(() => t?.dispose());

const twinOf = (hexo: string) => join(CORPUS, 'pages-zh', `${basename(hexo, '.md').slice('gne-'.length)}.html`);

describe('copies on import', () => {
  it('marks each hexo post a copy of the saved page it was extracted from, and nothing else', async () => {
    t = tempLibrary();
    const pages = corpusFiles('pages-zh');
    const posts = corpusFiles('hexo-zh', (n) => n.startsWith('gne-'));
    const first = await importPaths(t.lib, pages);
    const idOf = new Map(first.results.map((r) => [r.path, r.id!]));
    // Pages of different stories are not copies of each other (the WeChat page saved twice is).
    // Which of the two is the copy depends on which parser thread finished first.
    const copies = first.results.filter((r) => r.copyOf !== null);
    expect(copies).toHaveLength(1);
    const twins = ['wechat_1.html', 'wechat_1-as-served.html'];
    expect(twins).toContain(basename(copies[0].path));
    expect(copies[0].copyOf).toBe(idOf.get(join(CORPUS, 'pages-zh', twins.find((n) => n !== basename(copies[0].path))!)));
    const second = await importPaths(t.lib, posts);
    let pairs = 0;
    for (const r of second.results) {
      expect(r.status).toBe('imported');
      const twin = twinOf(r.path);
      if (!existsSync(twin)) {
        expect(r.copyOf, r.path).toBeNull();
        continue;
      }
      pairs++;
      const original = getArticle(t.lib, idOf.get(twin)!)!;
      expect(r.copyOf, r.path).toBe(original.copyOf ?? original.id);
      expect(getArticle(t.lib, r.id!)!.copyOf).toBe(r.copyOf);
    }
    expect(pairs).toBeGreaterThanOrEqual(38);
  }, 120_000);

  it('finds a re-post with a new title suffix and one sentence edited; two weekly issues are not copies', async () => {
    t = tempLibrary();
    const post = join(CORPUS, 'hexo-zh/gne-ifeng_1.md');
    const source = readFileSync(post, 'utf8');
    const sentence = '7岁小花（化名）“眼睛被塞纸”事件，仍有许多疑问。';
    expect(source).toContain(sentence);
    const repost = source.replace("“无法用科学解释”'", "“无法用科学解释”_网易订阅'").replace(sentence, '7岁女童小花（化名）“眼睛被塞纸”一事，至今仍有不少疑问。');
    const file = join(t.dir, 'repost.md');
    writeFileSync(file, repost);
    const weekly = corpusFiles('hexo-zh', (n) => n === 'weekly-issue-100.md' || n === 'weekly-issue-101.md');
    const [original, copy, ...issues] = (await importPaths(t.lib, [post, file, ...weekly])).results;
    expect(copy.copyOf).toBe(original.id);
    expect(copy.title).toBe('女童眼睛被塞几十片纸，“无法用科学解释”');
    expect(getArticle(t.lib, copy.id!)!.titleSuffix).toBe('_网易订阅');
    expect(issues.map((r) => r.copyOf)).toEqual([null, null]);
  });

  it('marks a different text at the same address a copy, and leaves short texts alone', async () => {
    t = tempLibrary();
    const a = join(t.dir, 'a.md');
    const b = join(t.dir, 'b.md');
    writeFileSync(a, "---\ntitle: 第一版\nlink: 'https://www.example.com/news/1?utm_source=x'\n---\n\n第一版的正文。");
    writeFileSync(b, "---\ntitle: 第二版\nlink: 'http://example.com/news/1/'\n---\n\n完全不同的第二版正文。");
    const short = [join(t.dir, 'c.md'), join(t.dir, 'd.md')];
    for (const f of short) writeFileSync(f, '短讯：今天下雨。');
    writeFileSync(short[1], '短讯：今天下雨。\n');
    const results = (await importPaths(t.lib, [a, b, ...short])).results;
    expect(getArticle(t.lib, results[0].id!)!.url).toBe('https://www.example.com/news/1?utm_source=x');
    expect(results[1].copyOf).toBe(results[0].id);
    expect(results[2].copyOf).toBeNull();
    expect(results[3].copyOf).toBeNull();
  });
});

describe('copies imported by two processes at once', () => {
  it('finds an original another connection stored after this one last looked', async () => {
    t = tempLibrary();
    // This connection looks once (its band index is built), then the app (another connection) imports a page.
    await importPaths(t.lib, [join(CORPUS, 'pages-zh/sina_4.html')]);
    const other = openLibrary(t.lib.path);
    const [original] = (await importPaths(other, [join(CORPUS, 'pages-zh/ifeng_1.html')])).results;
    other.close();
    const [copy] = (await importPaths(t.lib, [join(CORPUS, 'hexo-zh/gne-ifeng_1.md')])).results;
    expect(copy.copyOf).toBe(original.id);
  });

  it('is not misled by an import that was rolled back', async () => {
    t = tempLibrary();
    const page = join(CORPUS, 'pages-zh/ifeng_1.html');
    await importPaths(t.lib, [join(CORPUS, 'pages-zh/sina_4.html')]);
    // The page's fingerprint is stored and then its transaction undone: its id is free again.
    const print = fingerprint(parseArticle(readFileSync(page), page).text, null);
    expect(() =>
      t.lib.db.transaction(() => {
        storeFingerprint(t.lib, 999, print);
        throw new Error('the import failed after storing the fingerprint');
      })(),
    ).toThrow('failed');
    const [copy] = (await importPaths(t.lib, [join(CORPUS, 'hexo-zh/gne-ifeng_1.md')])).results;
    expect(copy.copyOf).toBeNull();
  });
});

describe('merging a copy', () => {
  it('moves its highlights to the original, placed on the original text, and sends the copy to the Trash', async () => {
    t = tempLibrary();
    const page = join(CORPUS, 'pages-zh/ifeng_1.html');
    const post = join(CORPUS, 'hexo-zh/gne-ifeng_1.md');
    const [original, copy] = (await importPaths(t.lib, [page, post])).results;
    const h = createHighlight(t.lib, { articleId: copy.id!, ...findQuote(t.lib, copy.id!, '眼睛被塞纸'), tags: ['核实'] });
    expect(listArticles(t.lib).find((a) => a.id === copy.id)!.copyOf).toBe(original.id);

    const merged = mergeCopy(t.lib, copy.id!);
    expect(merged).toEqual({ mergeId: expect.any(Number), original: original.id, highlights: { exact: 1, moved: 0, changed: 0, orphaned: 0 } });
    const moved = listHighlights(t.lib, { articleId: original.id! });
    expect(moved.map((x) => x.id)).toEqual([h.id]);
    expect(getArticle(t.lib, original.id!)!.text.slice(moved[0].start, moved[0].end)).toBe('眼睛被塞纸');
    expect(getArticle(t.lib, copy.id!)!.trashedAt).not.toBeNull();
    // Search finds the highlight on the original, not hidden with the copy in the Trash.
    expect(matchingIds(t.lib, '眼睛被塞纸').highlights).toEqual([h.id]);
    expect(() => mergeCopy(t.lib, original.id!)).toThrow(ConflictError);
  });

  it('keeps both when asked: the copy stands on its own', async () => {
    t = tempLibrary();
    const [, copy] = (await importPaths(t.lib, [join(CORPUS, 'pages-zh/sina_4.html'), join(CORPUS, 'hexo-zh/gne-sina_4.md')])).results;
    keepCopy(t.lib, copy.id!);
    expect(getArticle(t.lib, copy.id!)!.copyOf).toBeNull();
    expect(() => keepCopy(t.lib, copy.id!)).toThrow(ConflictError);
  });
});
