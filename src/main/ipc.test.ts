import { describe, expect, it } from 'vitest';
import { calls, type GlossApi } from '../shared/api';
import { channel, registerIpc, type IpcMainLike } from './ipc';

type Handler = Parameters<IpcMainLike['handle']>[1];

function fakeIpc() {
  const handlers = new Map<string, Handler>();
  return { handlers, ipc: { handle: (name: string, h: Handler) => void handlers.set(name, h) } };
}

const appFrame = { senderFrame: { url: 'app://gloss/index.html', parent: null } };

const api = new Proxy({} as GlossApi, {
  get: (_t, name) => async (input: unknown) => ({ called: name, input }),
});

describe('IPC registration', () => {
  it('registers one channel per call of the contract, each behind validation', async () => {
    const { handlers, ipc } = fakeIpc();
    const registered = registerIpc(ipc, api);
    expect(registered.sort()).toEqual(Object.keys(calls).map((n) => channel(n as keyof typeof calls)).sort());
    for (const [name, handler] of handlers) {
      const reply = await handler(appFrame, { definitely: 'not valid', id: 'x', paths: 7, settings: 3, position: 'far' });
      // Calls that take no input accept anything; every other call refuses this one.
      if (reply.ok) expect(['gloss:cancelImport', 'gloss:getSettings', 'gloss:listArticles', 'gloss:listTags', 'gloss:listClaims', 'gloss:claimStats', 'gloss:emptyTrash', 'gloss:listNotebook', 'gloss:libraryFacets', 'gloss:listBackups', 'gloss:backupNow', 'gloss:showBackupsFolder', 'gloss:chooseBackupsFolder'], name).toContain(name);
      else expect(reply.error.code, name).toBe('invalid-input');
    }
  });

  it('passes valid input to the core and answers with data', async () => {
    const { handlers, ipc } = fakeIpc();
    registerIpc(ipc, api);
    expect(await handlers.get('gloss:getArticle')!(appFrame, { id: 3 })).toEqual({ ok: true, value: { called: 'getArticle', input: { id: 3 } } });
  });

  it('refuses calls from any frame but the app window', async () => {
    const { handlers, ipc } = fakeIpc();
    registerIpc(ipc, api);
    const call = handlers.get('gloss:listArticles')!;
    for (const senderFrame of [null, { url: 'https://evil.example/', parent: null }, { url: 'app://gloss/index.html', parent: {} }, { url: 'file:///etc/passwd', parent: null }]) {
      expect(await call({ senderFrame }, {})).toMatchObject({ ok: false, error: { message: expect.stringMatching(/refused/) } });
    }
  });
});
