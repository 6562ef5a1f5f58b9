import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CORPUS, SEED } from '../core/test-support/corpus';
import { main } from './main';

let dir: string;
let library: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gloss-cli-'));
  library = join(dir, 'g.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function gloss(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['--library', library, ...args], { out: (s) => out.push(s), err: (s) => err.push(s), stderr: process.stderr });
  return { code, out, err };
}

describe('gloss CLI', () => {
  it('imports with one JSON object per file, then reports only duplicates', async () => {
    const first = await gloss('import', join(CORPUS, 'broken'), SEED, '--json');
    const results = first.out.map((l) => JSON.parse(l));
    expect(results).toHaveLength(16);
    for (const r of results) expect(Object.keys(r)).toEqual(['path', 'status', 'id', 'title', 'copyOf', 'error', 'warnings']);
    expect(first.code).toBe(1); // some broken files failed; the rest are imported
    const second = await gloss('import', join(CORPUS, 'broken'), SEED, '--json');
    const again = second.out.map((l) => JSON.parse(l));
    expect(again.filter((r) => r.status !== 'error').every((r) => r.status === 'duplicate')).toBe(true);
    expect(again.filter((r) => r.status === 'duplicate')).toHaveLength(results.filter((r) => r.status === 'imported').length);
  });

  it('shows the seed with its metadata and plain text', async () => {
    const [imported] = (await gloss('import', SEED, '--json')).out.map((l) => JSON.parse(l));
    const shown = JSON.parse((await gloss('show', String(imported.id), '--json')).out[0]);
    expect(shown).toMatchObject({
      id: imported.id,
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
    const h = JSON.parse(made.out[0]);
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
