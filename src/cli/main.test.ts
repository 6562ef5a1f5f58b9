import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CORPUS, SEED } from '../core/test-support/corpus';
import { main } from './main';
import { runGloss } from './run-gloss';

let dir: string;
let library: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gloss-cli-'));
  library = join(dir, 'g.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const gloss = (...args: string[]) => runGloss(library, args);

describe('gloss CLI', () => {
  it('imports with one JSON object per file, then reports only duplicates', async () => {
    const first = await gloss('import', join(CORPUS, 'broken'), SEED, '--json');
    const lines = first.out.map((l) => JSON.parse(l));
    const results = lines.slice(0, -1);
    expect(results).toHaveLength(16);
    // The last line sums the import up.
    expect(lines.at(-1)).toEqual({ summary: { files: 16, imported: 9, duplicate: 0, updated: 0, failed: 7, skipped: 0, cancelled: false } });
    for (const r of results) expect(Object.keys(r)).toEqual(['path', 'status', 'id', 'title', 'copyOf', 'error', 'warnings']);
    expect(first.code).toBe(1); // some broken files failed; the rest are imported
    const second = await gloss('import', join(CORPUS, 'broken'), SEED, '--json');
    const again = second.out.slice(0, -1).map((l) => JSON.parse(l));
    expect(again.filter((r) => r.status !== 'error').every((r) => r.status === 'duplicate')).toBe(true);
    expect(again.filter((r) => r.status === 'duplicate')).toHaveLength(results.filter((r) => r.status === 'imported').length);
  });

  it('shows the seed with its metadata and plain text', async () => {
    const [imported] = (await gloss('import', SEED, '--json')).out.map((l) => JSON.parse(l));
    const shown = JSON.parse((await gloss('show', String(imported.id), '--json')).out[0]);
    expect(shown).toMatchObject({
      id: imported.id,
      // The global id exports name it by.
      uid: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
      title: '又一个阿里小程序闯关微信！ _淘宝特价版+1688_双线反攻！',
      author: '鸟哥笔记',
      date: '2021-04-27',
    });
    expect(shown.text).toContain('淘宝特价版与拼多多一样');
    expect(shown.text).not.toMatch(/<[a-z/][^>]*>/i);
    for (const key of ['id', 'title', 'author', 'site', 'date', 'path', 'chars', 'text', 'doc']) expect(shown).toHaveProperty(key);
    expect(shown.doc.type).toBe('doc');
  });

  it('lists articles as JSON with the documented fields', async () => {
    (await gloss('import', join(CORPUS, 'saved-pages')));
    const list = JSON.parse((await gloss('list', '--json')).out[0]);
    expect(list).toHaveLength(3);
    for (const a of list) expect(Object.keys(a)).toEqual(['id', 'title', 'author', 'site', 'date', 'path', 'chars', 'copyOf']);
  });

  it('prints a human summary without --json', async () => {
    const r = await gloss('import', join(CORPUS, 'broken'));
    expect(r.out.at(-1)).toMatch(/^8 imported, 0 duplicate, 0 updated, 7 failed$/);
    expect(r.out.some((l) => l.startsWith('✗') && l.includes('png-renamed.html') && l.includes('PNG'))).toBe(true);
  });

  it('annotates by quote and lists highlights whose offsets index the text show prints', async () => {
    const [imported] = (await gloss('import', SEED, '--json')).out.map((l) => JSON.parse(l));
    const id = String(imported.id);
    const made = await gloss('annotate', id, '--quote', '拼多多', '--occurrence', '2', '--color', 'blue', '--note', '对标', '--tag', '拼多多', '--tag', 'C2M', '--json');
    expect(made.code).toBe(0);
    const { existed, ...h } = JSON.parse(made.out[0]);
    expect(existed).toBe(false);
    expect(Object.keys(h)).toEqual(['id', 'articleId', 'quote', 'prefix', 'suffix', 'start', 'end', 'color', 'note', 'tags', 'orphaned', 'anchor']);
    const text = JSON.parse((await gloss('show', id, '--json')).out[0]).text as string;
    const second = text.indexOf('拼多多', text.indexOf('拼多多') + 1);
    expect(h).toMatchObject({ quote: '拼多多', start: second, end: second + 3, color: 'blue', note: '对标', tags: ['C2M', '拼多多'], orphaned: false });
    expect(text.slice(h.start, h.end)).toBe('拼多多');
    const listed = JSON.parse((await gloss('highlights', '--article', id, '--tag', 'C2M', '--json')).out[0]);
    expect(listed).toEqual([h]);
    expect(JSON.parse((await gloss('highlights', '--color', 'yellow', '--json')).out[0])).toEqual([]);
    expect((await gloss('annotate', id, '--quote', '不存在的句子')).code).toBe(1);
    expect((await gloss('annotate', id, '--quote', '拼多多', '--color', 'teal')).code).toBe(2);
  });

  it('annotating the same words twice says the highlight exists and gives back the first', async () => {
    const [imported] = (await gloss('import', SEED, '--json')).out.map((l) => JSON.parse(l));
    const id = String(imported.id);
    const first = JSON.parse((await gloss('annotate', id, '--quote', '拼多多', '--tag', 'C2M', '--json')).out[0]);
    const again = await gloss('annotate', id, '--quote', '拼多多', '--tag', 'C2M', '--json');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out[0])).toEqual({ ...first, existed: true });
    const plain = await gloss('annotate', id, '--quote', '拼多多');
    expect(plain.out[0]).toBe(`highlight ${first.id} exists already: “拼多多” (${first.start}–${first.end})`);
    expect(JSON.parse((await gloss('highlights', '--json')).out[0])).toHaveLength(1);
  });

  it('lists highlights with their notes, and an unknown article exits 1 as show does', async () => {
    const [imported] = (await gloss('import', SEED, '--json')).out.map((l) => JSON.parse(l));
    await gloss('annotate', String(imported.id), '--quote', '1688', '--note', '需要核实\n第二行');
    const listed = await gloss('highlights');
    expect(listed.out[1]).toBe('       note: 需要核实 / 第二行');
    const missing = await gloss('highlights', '--article', '99999');
    expect(missing.code).toBe(1);
    expect(missing.err).toEqual(['gloss: no article with id 99999']);
  });

  it('deletes a highlight, saying when its note and claim go with it', async () => {
    const [imported] = (await gloss('import', SEED, '--json')).out.map((l) => JSON.parse(l));
    const id = String(imported.id);
    const bare = JSON.parse((await gloss('annotate', id, '--quote', '1688', '--json')).out[0]);
    const noted = JSON.parse((await gloss('annotate', id, '--quote', '拼多多', '--note', '对标', '--json')).out[0]);
    await gloss('claim', String(noted.id), '--status', 'needs-source');
    expect((await gloss('delete-highlight', String(bare.id))).out).toEqual([`Deleted highlight ${bare.id}: “1688”.`]);
    const deleted = await gloss('delete-highlight', String(noted.id));
    expect(deleted.out[0]).toMatch(new RegExp(`^Deleted highlight ${noted.id}: “拼多多”, with its note and its claim \\d+ \\(needs-source\\)\\.$`));
    expect(JSON.parse((await gloss('highlights', '--json')).out[0])).toEqual([]);
    const gone = await gloss('delete-highlight', String(noted.id), '--json');
    expect(gone.code).toBe(1);
    expect(gone.err).toEqual([`gloss: no highlight with id ${noted.id}`]);
    expect((await gloss('delete-highlight', 'x')).code).toBe(2);
    const again = JSON.parse((await gloss('annotate', id, '--quote', '1688', '--note', 'n', '--json')).out[0]);
    expect(JSON.parse((await gloss('delete-highlight', String(again.id), '--json')).out[0])).toMatchObject({ deleted: { id: again.id, note: 'n' }, hadNote: true, claim: null });
  });

  it('prints search matches as terminal emphasis on a terminal and as plain text elsewhere, never as <mark>', async () => {
    await gloss('import', SEED);
    const out: string[] = [];
    const io = { out: (s: string) => out.push(s), err: () => {}, stderr: process.stderr, terminal: true };
    await main(['--library', library, 'search', '特价版'], io);
    expect(out.join('\n')).toContain('\x1b[1;4m特价版\x1b[22;24m');
    const plain = await gloss('search', '特价版');
    const hits = plain.out.filter((l) => l.includes('特价版'));
    expect(hits.length).toBeGreaterThan(0);
    expect(plain.out.join('\n')).not.toMatch(/<\/?mark>|\x1b/);
  });

  it('prints its version, and an unknown flag in one line with exit 2', async () => {
    const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8'));
    expect(await gloss('--version')).toMatchObject({ code: 0, out: [version], err: [] });
    const bad = await gloss('list', '--frobnicate');
    expect(bad.code).toBe(2);
    expect(bad.err).toEqual(['gloss: unknown option --frobnicate (gloss --help lists the commands and options)']);
    expect(bad.out).toEqual([]);
  });

  it('searches with the documented JSON, listing every matching article without --limit', async () => {
    const imported = (await gloss('import', SEED, join(CORPUS, 'hexo-zh'), '--json')).out.map((l) => JSON.parse(l));
    const seedId = imported.find((r: { path: string }) => r.path === SEED).id;
    const [h] = (await gloss('annotate', String(seedId), '--quote', '微信小程序', '--note', '微信的门槛', '--json')).out.map((l) => JSON.parse(l));
    const r = await gloss('search', '微信', '--json');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out[0]);
    expect(Object.keys(result)).toEqual(['total', 'articles']);
    expect(result.articles).toHaveLength(result.total);
    expect(result.total).toBeGreaterThan(5);
    for (const a of result.articles) {
      expect(a).toMatchObject({ id: expect.any(Number), title: expect.any(String), occurrences: expect.any(Number) });
      for (const hit of a.hits) expect(['article', 'highlight', 'note']).toContain(hit.kind);
    }
    const seed = result.articles.find((a: { id: number }) => a.id === seedId);
    expect(seed.hits).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'highlight', id: h.id }), expect.objectContaining({ kind: 'note', id: h.id })]));
    expect(seed.hits[0].snippet).toContain('<mark>微信</mark>');
    const limited = JSON.parse((await gloss('search', '微信', '--limit', '2', '--json')).out[0]);
    expect(limited.total).toBe(result.total);
    expect(limited.articles).toHaveLength(2);
    expect((await gloss('reindex')).out[0]).toMatch(/^Indexed \d+ items/);
    expect(JSON.parse((await gloss('search', '微信', '--json')).out[0])).toEqual(result);
    expect((await gloss('search')).code).toBe(2);
  });

  it('exits 2 on bad usage and 1 for an unknown article', async () => {
    expect((await gloss('frobnicate')).code).toBe(2);
    expect((await gloss('import')).code).toBe(2);
    expect((await gloss('show', 'abc')).code).toBe(2);
    expect((await gloss('--nope')).code).toBe(2);
    expect((await gloss('show', '999')).code).toBe(1);
  });
});
