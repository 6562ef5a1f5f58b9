import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CORPUS, SEED } from '../core/test-support/corpus';
import { runGloss } from './run-gloss';

let dir: string;
let library: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gloss-cli-'));
  library = join(dir, 'g.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const gloss = (...args: string[]) => runGloss(library, args);

const json = async (...args: string[]) => JSON.parse((await gloss(...args, '--json')).out.at(-1)!);

describe('gloss delete, restore-article, archive, trash', () => {
  it('moves articles to the Trash and back, archives them, and empties the Trash', async () => {
    const [a] = (await gloss('import', SEED, '--json')).out.map((l) => JSON.parse(l));
    expect(await json('delete', String(a.id))).toEqual({ trashed: [a.id], moved: 1 });
    expect(await json('list')).toEqual([]);
    const trash = await json('trash');
    expect(trash.map((x: { id: number }) => x.id)).toEqual([a.id]);
    expect(trash[0].purgeAt > trash[0].trashedAt).toBe(true);
    expect((await json('show', String(a.id))).trashedAt).not.toBeNull();
    expect(await json('restore-article', String(a.id))).toEqual({ restored: [a.id], moved: 1 });
    expect((await json('list')).map((x: { id: number }) => x.id)).toEqual([a.id]);
    expect(await json('archive', String(a.id))).toEqual({ archived: [a.id] });
    expect((await json('show', String(a.id))).archivedAt).not.toBeNull();
    await gloss('delete', String(a.id));
    expect(await json('trash', '--empty')).toEqual({ purged: 1 });
    expect((await gloss('show', String(a.id))).code).toBe(1);
    expect((await gloss('trash')).out).toEqual(['The Trash is empty.']);
  });

  it('on a terminal, trash --empty asks first: no keeps everything, yes deletes; --yes does not ask', async () => {
    const [a] = (await gloss('import', SEED, '--json')).out.map((l) => JSON.parse(l));
    await gloss('delete', String(a.id));
    const no = await runGloss(library, ['trash', '--empty'], 'n');
    expect(no.err.join()).toMatch(/Delete the 1 article in the Trash for good.*\[y\/N\]/);
    expect(no.out).toEqual(['Nothing was deleted.']);
    expect((await json('trash')).map((x: { id: number }) => x.id)).toEqual([a.id]);
    expect((await runGloss(library, ['trash', '--empty'], 'yes')).out).toEqual(['Deleted 1 article for good.']);
    expect(await json('trash')).toEqual([]);
    const [b] = (await gloss('import', SEED, '--json')).out.map((l) => JSON.parse(l));
    await gloss('delete', String(b.id));
    const yes = await runGloss(library, ['trash', '--empty', '--yes'], 'n');
    expect(yes.err).toEqual([]);
    expect(yes.out).toEqual(['Deleted 1 article for good.']);
  });

  it('exits 1 for an unknown id (changing nothing) and 2 for bad usage', async () => {
    const [a] = (await gloss('import', SEED, '--json')).out.map((l) => JSON.parse(l));
    const bad = await gloss('delete', String(a.id), '99999');
    expect(bad.code).toBe(1);
    expect(bad.err).toEqual(['gloss: no article with id 99999']);
    expect(await json('trash')).toEqual([]);
    expect((await gloss('delete')).code).toBe(2);
    expect((await gloss('restore-article', 'abc')).code).toBe(2);
    expect((await gloss('trash', 'x')).code).toBe(2);
  });
});

describe('copies from the command line', () => {
  it('import and show carry copyOf; merge-copy and keep-copy act on it', async () => {
    const results = (await gloss('import', join(CORPUS, 'pages-zh/sina_4.html'), join(CORPUS, 'hexo-zh/gne-sina_4.md'), join(CORPUS, 'pages-zh/ifeng_1.html'), join(CORPUS, 'hexo-zh/gne-ifeng_1.md'), '--json')).out.map((l) => JSON.parse(l));
    const [page, copy, page2, copy2] = results;
    expect(page.copyOf).toBeNull();
    expect(copy.copyOf).toBe(page.id);
    expect((await json('show', String(copy.id))).copyOf).toBe(page.id);
    const merged = await json('merge-copy', String(copy.id));
    expect(merged).toEqual({ mergeId: expect.any(Number), copy: copy.id, original: page.id, highlights: { exact: 0, moved: 0, changed: 0, orphaned: 0 } });
    expect(await json('unmerge', String(merged.mergeId))).toEqual({ mergeId: merged.mergeId, copy: copy.id, original: page.id, highlights: 0 });
    expect(await json('show', String(copy.id))).toMatchObject({ copyOf: page.id, trashedAt: null });
    const again = await gloss('unmerge', String(merged.mergeId));
    expect(again.code).toBe(1);
    expect(again.err).toEqual([`gloss: no merge with id ${merged.mergeId} to undo`]);
    expect((await gloss('unmerge')).code).toBe(2);
    expect((await gloss('unmerge', 'x')).code).toBe(2);
    expect(await json('keep-copy', String(copy2.id))).toEqual({ id: copy2.id, copyOf: null });
    expect((await json('show', String(copy2.id))).copyOf).toBeNull();
    expect((await gloss('keep-copy', String(page2.id))).code).toBe(1);
  });
});
