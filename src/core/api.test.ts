// dispatch: what every transport runs. Crafted input gets a typed error, never an exception,
// and errors are mapped by their class, whatever their words.
import { afterEach, describe, expect, it } from 'vitest';
import type { GlossApi } from '../shared/api';
import { createCoreApi, dispatch } from './api';
import { ConflictError, InvalidInputError, NotFoundError } from './errors';
import { SEED, tempLibrary } from './test-support/corpus';

let t: ReturnType<typeof tempLibrary>;
afterEach(() => t?.dispose());

const noteWithHref = (href: unknown) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href } }] }] }] });

describe('dispatch', () => {
  it('refuses crafted notes as invalid input on every call that takes one', async () => {
    t = tempLibrary();
    const api = createCoreApi(t.lib);
    const { results } = await api.importPaths({ paths: [SEED] });
    const articleId = results[0].id!;
    const h = await api.createHighlight({ articleId, start: 10, end: 20 });
    for (const href of ['" onclick="alert(1)', ['https://example.com/'], { a: 1 }, 'javascript:alert(1)']) {
      const note = noteWithHref(href);
      const replies = [
        await dispatch(api, 'setArticleNote', { articleId, note, noteText: 'x' }),
        await dispatch(api, 'updateHighlight', { id: h.id, note, noteText: 'x' }),
        await dispatch(api, 'restoreHighlight', { id: 999, articleId, start: 1, end: 5, color: 'yellow', note, noteText: 'x', tags: [], createdAt: '2026-01-01' }),
      ];
      for (const r of replies) expect(r, JSON.stringify(href)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect((await api.getArticleNote({ articleId })).note).toBeNull();
  });

  it('maps errors to codes by their class, not their message', async () => {
    const throwing = (err: Error) => new Proxy({} as GlossApi, { get: () => async () => { throw err; } });
    expect(await dispatch(throwing(new NotFoundError('whatever words')), 'getArticle', { id: 1 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await dispatch(throwing(new InvalidInputError('no such thing')), 'getArticle', { id: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await dispatch(throwing(new ConflictError('no')), 'getArticle', { id: 1 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await dispatch(throwing(new Error('no article with id 1')), 'getArticle', { id: 1 })).toMatchObject({ ok: false, error: { code: 'failed' } });
  });

  it('gives every dropped file a result: a PDF and a JPG are said to be skipped, a saved page’s images are not listed', async () => {
    t = tempLibrary();
    const api = createCoreApi(t.lib);
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    const r = await api.importUploads({
      files: [
        { relativePath: 'report.pdf', base64: b64('%PDF-1.7\n') },
        { relativePath: 'photo.JPG', base64: b64('\xff\xd8\xff') },
        { relativePath: 'page.html', base64: b64('<html><head><title>页面</title></head><body><article><p>一段足够长的正文，用来导入。</p></article></body></html>') },
        { relativePath: 'page_files/a.png', base64: b64('png') },
      ],
    });
    expect(r.results.map((x) => [x.path, x.status])).toEqual([
      ['page.html', 'imported'],
      ['report.pdf', 'skipped'],
      ['photo.JPG', 'skipped'],
    ]);
    expect(r.results[1].error).toBe('skipped: not a supported article format');
    expect(r.skipped).toBe(3);
  });
});
