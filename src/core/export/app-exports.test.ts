// The app's two ways out: into a folder the desktop shell's picker chose (never one the page
// names), and as a download in browser mode (a zip of the Markdown files, or the JSON).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCoreApi, dispatch } from '../api';
import { tempLibrary } from '../test-support/corpus';
import { seedExportLibrary } from '../test-support/seed-export-library';
import { unzipTexts } from '../test-support/unzip-texts';

let t: ReturnType<typeof tempLibrary>;
afterEach(() => t?.dispose());


describe('exports from the app', () => {
  it('exports into the folder the picker chose, and nowhere when it was cancelled or there is no picker', async () => {
    t = tempLibrary();
    const { articleId } = await seedExportLibrary(t.lib);
    const chosen: (string | null)[] = [join(t.dir, 'Vault'), null];
    const api = createCoreApi(t.lib, () => undefined, { chooseFolder: async () => chosen.shift() ?? null });
    const reply = await dispatch(api, 'exportToFolder', { scope: { articleId }, format: 'md' });
    expect(reply).toMatchObject({ ok: true, value: { dir: join(t.dir, 'Vault'), articles: 1, created: 1, failed: 0 } });
    expect(readdirSync(join(t.dir, 'Vault'))).toHaveLength(1);
    expect(await dispatch(api, 'exportToFolder', { scope: { all: true }, format: 'json' })).toEqual({ ok: true, value: null });
    // The page cannot name a folder.
    expect(await dispatch(api, 'exportToFolder', { scope: { all: true }, format: 'md', dir: join(t.dir, 'elsewhere') })).toEqual({ ok: true, value: null });
    expect(readdirSync(t.dir)).not.toContain('elsewhere');
    const none = await dispatch(createCoreApi(t.lib), 'exportToFolder', { scope: { all: true }, format: 'md' });
    expect(none).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('hands browser mode a zip of the Markdown files, or the JSON file, with progress', async () => {
    t = tempLibrary();
    const { articleId } = await seedExportLibrary(t.lib);
    const progress: unknown[] = [];
    const api = createCoreApi(t.lib, (event, payload) => progress.push({ event, payload }));
    const zip = await api.exportDownload({ scope: { tag: '拼多多' }, format: 'md', fullText: true });
    expect(zip).toMatchObject({ mime: 'application/zip', articles: 1, fileName: expect.stringMatching(/^gloss-markdown-\d{4}-\d{2}-\d{2}\.zip$/) });
    const files = await unzipTexts(Buffer.from(zip.base64, 'base64'));
    expect([...files.keys()]).toEqual(['又一个阿里小程序闯关微信！ _淘宝特价版+1688_双线反攻！.md']);
    const md = [...files.values()][0];
    expect(md).toContain('^gloss-00000000-0000-4000-8000-000000000101');
    expect(md).toContain('## Full text');
    expect(progress).toContainEqual({ event: 'exportProgress', payload: { done: 1, total: 1 } });

    const json = await api.exportDownload({ scope: { articleId }, format: 'json' });
    expect(JSON.parse(Buffer.from(json.base64, 'base64').toString('utf8'))).toMatchObject({ format: 'gloss-export', articles: [{ title: expect.stringContaining('淘宝特价版') }] });
  });
});
