// Libraries written by earlier versions of Gloss, opened by this one: every migration since
// runs on real data, and the articles, highlights and notes come through whole, readable
// and searchable.
import { readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { getHighlight } from '../annotations/highlights';
import { claimStats, createClaim, listClaims } from '../claims';
import { importPaths } from '../ingest/import-files';
import { parseArticle } from '../ingest/parse-article';
import { matchingIds } from '../search/search';
import { registerSearchFunctions } from '../search/sql-functions';
import { SEED, tempLibrary } from '../test-support/corpus';
import { articleText, getArticle, listArticles } from './articles';
import { registerContentFunctions, unpackSource } from './content';
import { openLibrary } from './db';
import { LATEST_VERSION } from './migrate';
import { migrations } from './migrations';
import { restoreArticles, trashArticles } from './trash';
import { mergeCopy } from '../duplicates/merge';
import { undoMerge } from '../duplicates/unmerge';
import { listNotebook } from '../annotations/notebook';
import { scopeArticleIds } from '../export/scope';

/** A library file as version `version` of the schema left it, holding the seed and one highlight. */
function writeOldLibrary(path: string, version: number): void {
  const db = new Database(path);
  registerContentFunctions(db);
  registerSearchFunctions(db);
  db.exec('CREATE TABLE schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT');
  for (const m of migrations.filter((m) => m.id <= version)) {
    db.exec(m.sql);
    db.prepare("INSERT INTO schema_migrations VALUES (?, ?, '2026-01-01')").run(m.id, m.name);
  }
  db.pragma(`user_version = ${version}`);
  const a = parseArticle(readFileSync(SEED), SEED);
  if (version >= 6) {
    db.prepare(
      `INSERT INTO articles (id, title, format, encoding, hash, packed_text, packed_source, chars, imported_at, updated_at)
       VALUES (1, ?, 'hexo-html', 'utf-8', 'seed', ?, ?, ?, '2026-01-01', '2026-01-01')`,
    ).run(a.title, a.packed.text, a.packed.source, a.chars);
  } else {
    // The columns every version up to 5 had: the text, HTML and document stored plainly.
    db.prepare(
      `INSERT INTO articles (id, title, format, encoding, hash, html, doc, text, chars, imported_at, updated_at)
       VALUES (1, ?, 'hexo-html', 'utf-8', 'seed', ?, ?, ?, ?, '2026-01-01', '2026-01-01')`,
    ).run(a.title, unpackSource(a.packed.source).html, JSON.stringify(a.doc), a.text, a.chars);
  }
  const at = a.text.indexOf('阿里生态');
  db.prepare(
    `INSERT INTO highlights (id, article_id, exact, prefix, suffix, start, end, note_text, created_at, updated_at)
     VALUES (7, 1, '阿里生态', '', '', ?, ?, '升级前的笔记', '2026-01-01', '2026-01-01')`,
  ).run(at, at + 4);
  db.close();
}

describe('opening a library from an earlier version', () => {
  let t: ReturnType<typeof tempLibrary>;
  afterEach(() => t.dispose());

  it.each([
    [3, 'before search'],
    [5, 'with text stored plainly'],
    [6, 'before claims'],
    [7, 'before global ids'],
    [8, 'before trash, archive and copies'],
    [9, 'before merges were recorded'],
    [10, 'with band keys stored'],
    [12, 'before the index of noted highlights'],
  ])('version %i (%s): everything is kept, readable and searchable', (version) => {
    t = tempLibrary();
    t.lib.close();
    const path = `${t.dir}/old-${version}.db`;
    writeOldLibrary(path, version);
    t.lib = openLibrary(path);

    const seed = parseArticle(readFileSync(SEED), SEED);
    const article = getArticle(t.lib, 1)!;
    expect(article.text).toBe(seed.text);
    expect(article.doc).toEqual(seed.doc);
    expect(articleText(t.lib, 1)).toBe(seed.text);
    expect(matchingIds(t.lib, '微信').articles).toEqual([1]);
    expect(matchingIds(t.lib, '阿').articles).toEqual([1]);
    expect(matchingIds(t.lib, '生态').highlights).toEqual([7]);
    expect(matchingIds(t.lib, '升级').notes.highlights).toEqual([7]);
    // Its highlights can become claims, searched like notes.
    const claim = createClaim(t.lib, 7, '升级后的论断');
    expect(matchingIds(t.lib, '论断').claims.statements).toEqual([7]);
    expect(getHighlight(t.lib, 7)!.claim).toEqual({ id: claim.id, status: 'to-check' });
    // In the Inbox, neither trashed nor a copy; deleting and restoring it keeps its highlight.
    expect(listArticles(t.lib, 'imported', 'inbox').map((a) => [a.id, a.copyOf, a.trashedAt, a.notes])).toEqual([[1, null, null, 1]]);
    trashArticles(t.lib, [1]);
    restoreArticles(t.lib, [1]);
    expect(matchingIds(t.lib, '生态').highlights).toEqual([7]);
    expect(t.lib.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(t.lib.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('version 9 (band keys stored): the table goes, and an article from before still has its copies found', async () => {
    t = tempLibrary();
    t.lib.close();
    const path = `${t.dir}/old-9.db`;
    writeOldLibrary(path, 9);
    t.lib = openLibrary(path);
    expect(t.lib.db.prepare("SELECT count(*) FROM sqlite_schema WHERE name LIKE 'article_minhash_bands%'").pluck().get()).toBe(0);
    // The seed re-posted under a new title, as wire copies are.
    const repost = readFileSync(SEED, 'utf8').replace(/^title: .*$/m, 'title: 转载_网易订阅');
    writeFileSync(`${t.dir}/repost.md`, repost);
    const { results } = await importPaths(t.lib, [`${t.dir}/repost.md`]);
    expect(results).toMatchObject([{ status: 'imported', copyOf: 1 }]);
  });

  it('version 11 (no live_articles view): what leaves the Trash out reads the view, and the Trash still hides and restores', () => {
    t = tempLibrary();
    t.lib.close();
    const path = `${t.dir}/old-11.db`;
    writeOldLibrary(path, 11);
    t.lib = openLibrary(path);
    const claim = createClaim(t.lib, 7, '阿里生态');
    const live = () => ({
      notebook: listNotebook(t.lib).total,
      claims: listClaims(t.lib, {}, new Date()).map((c) => c.id),
      byStatus: claimStats(t.lib).byStatus['to-check'],
      exported: scopeArticleIds(t.lib, { all: true }),
    });
    expect(live()).toEqual({ notebook: 1, claims: [claim.id], byStatus: 1, exported: [1] });
    trashArticles(t.lib, [1]);
    expect(live()).toEqual({ notebook: 0, claims: [], byStatus: 0, exported: [] });
    restoreArticles(t.lib, [1]);
    expect(live()).toEqual({ notebook: 1, claims: [claim.id], byStatus: 1, exported: [1] });
  });

  it('version 7: every article, highlight, claim, history entry and link gets a global id, and every later insert one of its own', () => {
    t = tempLibrary();
    t.lib.close();
    const path = `${t.dir}/old-7.db`;
    writeOldLibrary(path, 7);
    // A claim with its history and a link, as version 7 stored them.
    const old = new Database(path);
    registerSearchFunctions(old);
    old.prepare("INSERT INTO claims (id, highlight_id, statement, reviewed_at, status_at, created_at, updated_at) VALUES (1, 7, '论断', 'x', 'x', 'x', 'x')").run();
    old.prepare("INSERT INTO claim_history (claim_id, status, at) VALUES (1, 'to-check', 'x')").run();
    old.prepare("INSERT INTO claim_evidence (claim_id, relation, url, created_at) VALUES (1, 'context', 'https://example.com/', 'x')").run();
    old.close();
    t.lib = openLibrary(path);

    const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    const uids = (table: string) => t.lib.db.prepare(`SELECT uid FROM ${table}`).pluck().all() as string[];
    for (const table of ['articles', 'highlights', 'claims', 'claim_history', 'claim_evidence']) {
      expect(uids(table)).toHaveLength(1);
      expect(uids(table)[0]).toMatch(UUID);
    }
    const highlightUid = uids('highlights')[0];
    expect(getHighlight(t.lib, 7)!.uid).toBe(highlightUid);
    expect(getArticle(t.lib, 1)!.uid).toBe(uids('articles')[0]);

    // New rows get their own; a row inserted with one (an import, an undo) keeps it.
    const at = articleText(t.lib, 1)!.indexOf('微信');
    t.lib.db.prepare("INSERT INTO highlights (article_id, exact, prefix, suffix, start, end, created_at, updated_at) VALUES (1, '微信', '', '', ?, ?, 'x', 'x')").run(at, at + 2);
    t.lib.db.prepare("INSERT INTO highlights (uid, article_id, exact, prefix, suffix, start, end, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000000', 1, '微信', '', '', ?, ?, 'x', 'x')").run(at, at + 2);
    const all = uids('highlights');
    expect(new Set(all).size).toBe(3);
    expect(all.every((u) => UUID.test(u))).toBe(true);
    expect(all).toContain('00000000-0000-4000-8000-000000000000');
    expect(() => t.lib.db.prepare("INSERT INTO highlights (uid, article_id, exact, prefix, suffix, start, end, created_at, updated_at) VALUES (?, 1, 'x', '', '', 0, 1, 'x', 'x')").run(highlightUid)).toThrow(/UNIQUE/);
  });

  it('version 9: a copy that was in the library before merges were recorded merges, and the merge is undone', () => {
    t = tempLibrary();
    t.lib.close();
    const path = `${t.dir}/old-9.db`;
    writeOldLibrary(path, 9);
    // The seed saved a second time, and the first (holding highlight 7) marked its copy.
    const old = new Database(path);
    registerSearchFunctions(old);
    registerContentFunctions(old);
    old.prepare(
      `INSERT INTO articles (id, title, format, encoding, hash, packed_text, packed_source, chars, imported_at, updated_at)
       SELECT 2, title, format, encoding, 'seed-again', packed_text, packed_source, chars, imported_at, updated_at FROM articles WHERE id = 1`,
    ).run();
    old.prepare('UPDATE articles SET copy_of = 2 WHERE id = 1').run();
    old.close();
    t.lib = openLibrary(path);

    const merged = mergeCopy(t.lib, 1);
    expect(getHighlight(t.lib, 7)!.articleId).toBe(2);
    expect(undoMerge(t.lib, merged.mergeId)).toEqual({ copy: 1, original: 2, highlights: 1 });
    expect(getHighlight(t.lib, 7)).toMatchObject({ articleId: 1, anchor: 'exact' });
    expect(getArticle(t.lib, 1)).toMatchObject({ copyOf: 2, trashedAt: null });
    expect(matchingIds(t.lib, '生态').highlights).toEqual([7]);
    expect(t.lib.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
