// The JSON export and import-json: a whole library through JSON into an empty one comes back
// row for row (global and integer ids included); importing twice adds nothing; the file
// matches its documented JSON Schema; a hostile or broken file changes nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_JSON_IMPORT_CHARS } from '../../shared/api';
import { createCoreApi, dispatch } from '../api';
import { InvalidInputError } from '../errors';
import type { Library } from '../library/db';
import { archiveArticles, markRead, trashArticles } from '../library/trash';
import { annotate } from '../test-support/annotated-library';
import { CORPUS, tempLibrary } from '../test-support/corpus';
import { importPaths } from '../ingest/import-files';
import { libraryState } from '../test-support/library-state';
import { importJson, importJsonFile, loadCleaner } from './json-import';
import { claimReviews } from './claim-review';
import { jsonExportChunks, writeJsonExport } from './json-export';

const SCHEMA = JSON.parse(readFileSync(join(import.meta.dirname, '../../../docs/export.schema.json'), 'utf8')) as object;

/** What a JSON export carries, table by table (images are a backup's, the undo stash and settings the app's). */
const TABLES = ['articles', 'tags', 'article_tags', 'article_notes', 'reading_positions', 'highlights', 'highlight_tags', 'claims', 'claim_history', 'claim_evidence', 'claim_material'];
const rows = (lib: Library) => Object.fromEntries(TABLES.map((t) => [t, lib.db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()]));

const libraries: ReturnType<typeof tempLibrary>[] = [];
afterEach(() => libraries.splice(0).forEach((l) => l.dispose()));
function library() {
  const l = tempLibrary();
  libraries.push(l);
  return l;
}

/**
 * annotate()'s library, plus an orphaned highlight, an undone decision, a claim citing a
 * claim, and the library's states: one article read, the other a copy of it (with the title
 * suffix cleaned off), archived and in the Trash.
 */
async function fullLibrary(lib: Library) {
  const made = await annotate(lib);
  const api = createCoreApi(lib);
  await api.undoDecision({ id: made.claimId, change: made.decisionId });
  await api.decideClaim({ id: made.claimId, status: 'contradicted', reason: '年报为 7.88 亿' });
  const other = await api.createClaim({ highlightId: made.highlightIds[3], statement: '品牌价值排名' });
  await api.linkEvidence({ claimId: other.id, relation: 'contradicts', target: { claimId: made.claimId } });
  // Through dispatch, as every client's calls go: the note is stored as the contract normalises it.
  await dispatch(api, 'updateClaim', { id: other.id, checkAgain: '2027-04-01', note: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '见年报', marks: [{ type: 'bold' }] }] }] }, noteText: '见年报' });
  await api.setReadingPosition({ id: made.otherArticleId, position: 0.5 });
  // Orphaned by a re-import that removed its passage: its offsets point past the new text.
  lib.db.prepare("UPDATE highlights SET anchor = 'orphaned', start = 900000, end = 900010 WHERE id = ?").run(made.highlightIds[1]);
  lib.db.prepare("INSERT INTO claim_material (claim_id, article_id, found_at) VALUES (?, ?, '2026-11-29T00:00:00.000Z')").run(other.id, made.articleId);
  markRead(lib, [made.articleId], true, new Date('2026-11-20T08:00:00.000Z'));
  lib.db.prepare("UPDATE articles SET copy_of = ?, title_suffix = '_网易订阅' WHERE id = ?").run(made.articleId, made.otherArticleId);
  archiveArticles(lib, [made.otherArticleId], true, new Date('2026-11-21T08:00:00.000Z'));
  trashArticles(lib, [made.otherArticleId], new Date('2026-11-22T08:00:00.000Z'));
  return made;
}

const allIds = (lib: Library) => lib.db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[];

describe('JSON export and import-json', () => {
  it('round trip: a whole library into an empty one comes back row for row, ids included; a second import adds nothing', async () => {
    const from = library();
    await fullLibrary(from.lib);
    const file = join(from.dir, 'export.json');
    writeJsonExport(from.lib, allIds(from.lib), true, file);

    const to = library();
    const summary = await importJsonFile(to.lib, file);
    expect(summary).toEqual({
      articles: { added: 2, existing: 0 },
      highlights: { added: 4, existing: 0 },
      claims: { added: 2, existing: 0, skipped: 0 },
      history: { added: 5 },
      evidence: { added: 3, skipped: 0 },
      tags: { added: 4 },
    });
    expect(rows(to.lib)).toEqual(rows(from.lib));
    // The imported library is whole: searchable, and its claims read as the original's.
    const api = { from: createCoreApi(from.lib), to: createCoreApi(to.lib) };
    expect(await api.to.search({ query: '年报' })).toEqual(await api.from.search({ query: '年报' }));
    expect(await api.to.listClaims({})).toEqual(await api.from.listClaims({}));

    const before = libraryState(to.lib.db);
    const again = await importJsonFile(to.lib, file);
    expect(again.articles).toEqual({ added: 0, existing: 2 });
    expect(again.highlights).toEqual({ added: 0, existing: 4 });
    expect(again.claims).toEqual({ added: 0, existing: 2, skipped: 0 });
    expect(libraryState(to.lib.db)).toEqual(before);
    // And into the library it came from: nothing either.
    const origin = libraryState(from.lib.db);
    await importJsonFile(from.lib, file);
    expect(libraryState(from.lib.db)).toEqual(origin);
  });

  it('writes a file its JSON Schema (docs/export.schema.json) accepts, with Web Annotations for highlights and claims', async () => {
    const from = library();
    const made = await fullLibrary(from.lib);
    const json = JSON.parse([...jsonExportChunks(from.lib, allIds(from.lib), true)].join('')) as Record<string, unknown[]>;
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats.default(ajv);
    const validate = ajv.compile(SCHEMA);
    expect(validate(json), ajv.errorsText(validate.errors)).toBe(true);

    const h = json.highlights.find((x) => (x as { gloss: { localId: number } }).gloss.localId === made.highlightIds[0]) as Record<string, unknown>;
    expect(h).toMatchObject({
      '@context': ['http://www.w3.org/ns/anno.jsonld', expect.anything()],
      type: 'Annotation',
      motivation: 'highlighting',
      body: [{ purpose: 'commenting', value: '需要核实：来源？' }, { purpose: 'tagging', value: '核实' }, { purpose: 'tagging', value: 'C2M' }],
      target: { selector: [{ type: 'TextQuoteSelector' }, { type: 'TextPositionSelector', start: 10, end: 40 }] },
    });
    const claim = json.claims.find((x) => (x as { gloss: { localId: number } }).gloss.localId === made.claimId) as Record<string, unknown>;
    expect(claim).toMatchObject({ motivation: 'assessing', target: h.id, body: [{ purpose: 'assessing', value: '淘宝特价版进入微信' }] });
    const uid = (id: number) => from.lib.db.prepare('SELECT uid FROM articles WHERE id = ?').pluck().get(id) as string;
    // The library's states, and a copy's original by its global id.
    expect(json.articles).toEqual([
      expect.objectContaining({ localId: made.articleId, readAt: '2026-11-20T08:00:00.000Z', archivedAt: null, trashedAt: null, copyOf: null, titleSuffix: null }),
      expect.objectContaining({ localId: made.otherArticleId, readAt: null, archivedAt: '2026-11-21T08:00:00.000Z', trashedAt: '2026-11-22T08:00:00.000Z', copyOf: uid(made.articleId), titleSuffix: '_网易订阅' }),
    ]);

    // The schema is no rubber stamp: a wrong motivation, a bad id, an extra key fail it.
    for (const broken of [
      { ...json, highlights: [{ ...h, motivation: 'bookmarking' }] },
      { ...json, highlights: [{ ...h, id: 'urn:uuid:nope' }] },
      { ...json, surprise: true },
      { ...json, version: 2 },
    ]) expect(validate(broken)).toBe(false);
  });

  it('a copy whose original the export left out stands alone; copies in a circle or of themselves too; a file from before the states imports', async () => {
    const from = library();
    const made = await fullLibrary(from.lib);
    const uidOf = (id: number) => from.lib.db.prepare('SELECT uid FROM articles WHERE id = ?').pluck().get(id) as string;
    const state = (lib: Library, id: number) => lib.db.prepare('SELECT trashed_at, archived_at, copy_of, title_suffix FROM articles WHERE id = ?').get(id);

    // Only the copy: its original is not in the file, so it is named nowhere.
    const alone = JSON.parse([...jsonExportChunks(from.lib, [made.otherArticleId], false)].join('')) as { articles: Record<string, unknown>[] };
    expect(alone.articles[0].copyOf).toBeNull();
    const to = library();
    importJson(to.lib, JSON.stringify(alone), await loadCleaner());
    expect(state(to.lib, made.otherArticleId)).toEqual({ trashed_at: '2026-11-22T08:00:00.000Z', archived_at: '2026-11-21T08:00:00.000Z', copy_of: null, title_suffix: '_网易订阅' });

    // A hostile file: each article a copy of the other, or of itself. Neither becomes a copy.
    const both = JSON.parse([...jsonExportChunks(from.lib, allIds(from.lib), true)].join('')) as { articles: Record<string, unknown>[] };
    for (const copyOf of [(a: Record<string, unknown>) => uidOf(a.localId === made.articleId ? made.otherArticleId : made.articleId), (a: Record<string, unknown>) => a.id]) {
      const circle = library();
      importJson(circle.lib, JSON.stringify({ ...both, articles: both.articles.map((a) => ({ ...a, copyOf: copyOf(a) })) }), await loadCleaner());
      expect(circle.lib.db.prepare('SELECT count(*) FROM articles WHERE copy_of IS NOT NULL').pluck().get()).toBe(0);
    }

    // Written before the library had states: no such keys, still valid, imported as unread, kept, no copy.
    const old = { ...both, articles: both.articles.map(({ readAt: _r, archivedAt: _a, trashedAt: _t, copyOf: _c, titleSuffix: _s, ...rest }) => rest) };
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats.default(ajv);
    expect(ajv.validate(SCHEMA, old), ajv.errorsText(ajv.errors)).toBe(true);
    const older = library();
    importJson(older.lib, JSON.stringify(old), await loadCleaner());
    expect(older.lib.db.prepare('SELECT count(*) FROM articles WHERE read_at IS NULL AND archived_at IS NULL AND trashed_at IS NULL AND copy_of IS NULL AND title_suffix IS NULL').pluck().get()).toBe(2);
  });

  it('refuses a hostile or broken file whole, and changes nothing', async () => {
    const from = library();
    await fullLibrary(from.lib);
    const good = JSON.parse([...jsonExportChunks(from.lib, allIds(from.lib), true)].join('')) as {
      articles: Record<string, unknown>[];
      highlights: { target: { selector: Record<string, unknown>[] }; gloss: Record<string, unknown> }[];
      claims: { target: string }[];
    };
    const to = library();
    await createCoreApi(to.lib).setSettings({ settings: { theme: 'dark' } });
    const state = libraryState(to.lib.db);
    const variants: [string, (f: typeof good) => unknown][] = [
      ['a script link in the reading document', (f) => ({ ...f, articles: [{ ...f.articles[0], doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] }, text: 'x' }, f.articles[1]] })],
      ['a node the reading schema does not know', (f) => ({ ...f, articles: [{ ...f.articles[0], doc: { type: 'doc', content: [{ type: 'iframe' }] } }, f.articles[1]] })],
      ['a text that is not its document', (f) => ({ ...f, articles: [{ ...f.articles[0], text: 'something else' }, f.articles[1]] })],
      ['a highlight beyond its text', (f) => ({ ...f, highlights: [{ ...f.highlights[0], target: { ...f.highlights[0].target, selector: [f.highlights[0].target.selector[0], { type: 'TextPositionSelector', start: 0, end: 10 ** 8 }] } }, ...f.highlights.slice(1)] })],
      ['a claim on a highlight nowhere', (f) => ({ ...f, claims: [{ ...f.claims[0], target: 'urn:uuid:00000000-0000-4000-8000-0000000000ff' }] })],
      ['an unknown key', (f) => ({ ...f, articles: [{ ...f.articles[0], extra: 1 }] })],
      ['a string where a list belongs', (f) => ({ ...f, tags: 'all' })],
    ];
    const clean = await loadCleaner();
    for (const [why, make] of variants) {
      expect(() => importJson(to.lib, JSON.stringify(make(good)), clean), why).toThrow(InvalidInputError);
      expect(libraryState(to.lib.db), why).toEqual(state);
    }
    expect(() => importJson(to.lib, '{"format":"gloss-export",', clean)).toThrow(/not a JSON file/);
    expect(() => importJson(to.lib, '[1,2]', clean)).toThrow(InvalidInputError);
    expect(() => importJson(to.lib, '{"format":"other"}', clean)).toThrow(/not a Gloss export/);
    writeFileSync(join(to.dir, 'deep.json'), `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    await expect(importJsonFile(to.lib, join(to.dir, 'deep.json'))).rejects.toThrow(InvalidInputError);
    expect(libraryState(to.lib.db)).toEqual(state);
  });
});

describe('articles that came through import-json', () => {
  it('have their copies found by a later import in the same process', async () => {
    const from = library();
    const page = join(CORPUS, 'pages-zh/ifeng_1.html');
    await importPaths(from.lib, [page]);
    const text = [...jsonExportChunks(from.lib, allIds(from.lib), true)].join('');
    const to = library();
    // An import first (its connection has looked for unfingerprinted articles), then the JSON.
    await importPaths(to.lib, [join(CORPUS, 'pages-zh/sina_4.html')]);
    importJson(to.lib, text, await loadCleaner());
    const original = to.lib.db.prepare("SELECT id FROM articles WHERE title LIKE '女童%'").pluck().get();
    const [copy] = (await importPaths(to.lib, [join(CORPUS, 'hexo-zh/gne-ifeng_1.md')])).results;
    expect(copy.copyOf).toBe(original);
  });
});

describe("the app's JSON import (importJsonText: the file's text uploaded, no path)", () => {
  it('merges an export as import-json does, a second time adding nothing', async () => {
    const from = library();
    await fullLibrary(from.lib);
    const text = [...jsonExportChunks(from.lib, allIds(from.lib), true)].join('');
    const to = library();
    const api = createCoreApi(to.lib);
    const first = await dispatch(api, 'importJsonText', { text });
    expect(first).toMatchObject({ ok: true, value: { articles: { added: 2, existing: 0 }, highlights: { added: 4, existing: 0 }, claims: { added: 2, existing: 0 } } });
    expect(rows(to.lib)).toEqual(rows(from.lib));
    const state = libraryState(to.lib.db);
    expect(await dispatch(api, 'importJsonText', { text })).toMatchObject({ ok: true, value: { articles: { added: 0, existing: 2 }, highlights: { added: 0, existing: 4 } } });
    expect(libraryState(to.lib.db)).toEqual(state);
  });

  it('refuses a hostile, broken or oversized upload as invalid input, and changes nothing', async () => {
    const from = library();
    await fullLibrary(from.lib);
    const good = JSON.parse([...jsonExportChunks(from.lib, allIds(from.lib), true)].join('')) as { articles: Record<string, unknown>[] };
    const to = library();
    const api = createCoreApi(to.lib);
    const state = libraryState(to.lib.db);
    const hostile = { ...good, articles: [{ ...good.articles[0], doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] }, text: 'x' }, good.articles[1]] };
    const uploads: [string, unknown][] = [
      ['a script link in an article', { text: JSON.stringify(hostile) }],
      ['not JSON', { text: '{"format":"gloss-export",' }],
      ['another format', { text: '{"format":"other"}' }],
      ['nested 100,000 deep', { text: `${'['.repeat(100_000)}${']'.repeat(100_000)}` }],
      ['empty', { text: '' }],
      ['larger than the bound', { text: ' '.repeat(MAX_JSON_IMPORT_CHARS + 1) }],
      ['a path instead of a text', { path: '/etc/passwd' }],
    ];
    for (const [why, input] of uploads) {
      const reply = await dispatch(api, 'importJsonText', input);
      expect(reply, why).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(libraryState(to.lib.db), why).toEqual(state);
    }
  });
});

describe('ClaimReview', () => {
  it('writes settled claims as schema.org ClaimReview, open ones not at all', async () => {
    const from = library();
    const made = await fullLibrary(from.lib);
    const reviews = claimReviews(from.lib, allIds(from.lib));
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: '淘宝特价版进入微信',
      itemReviewed: { '@type': 'Claim', author: { name: '鸟哥笔记' }, appearance: { headline: expect.stringContaining('淘宝特价版') } },
      reviewRating: { ratingValue: 1, worstRating: 1, bestRating: 5, alternateName: 'False', ratingExplanation: '年报为 7.88 亿' },
    });
    expect(reviews[0]['@id']).toBe(`urn:uuid:${from.lib.db.prepare('SELECT uid FROM claims WHERE id = ?').pluck().get(made.claimId) as string}`);
  });
});
