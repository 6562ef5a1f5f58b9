import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED, tempLibrary } from '../core/test-support/corpus';
import { startServer, type RunningServer } from './serve';

let t: ReturnType<typeof tempLibrary>;
let server: RunningServer;
let rendererDir: string;

beforeAll(async () => {
  t = tempLibrary();
  rendererDir = mkdtempSync(join(tmpdir(), 'gloss-renderer-'));
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Gloss</title>');
  server = await startServer({ lib: t.lib, rendererDir });
});
afterAll(async () => {
  await server.close();
  t.dispose();
  rmSync(rendererDir, { recursive: true, force: true });
});

function send(path: string, { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method, headers: { Host: `127.0.0.1:${server.port}`, ...headers } }, (res) => {
      let data = '';
      res.on('data', (c) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const auth = () => ({ Cookie: `gloss_token=${server.token}` });
const api = (name: string, input: unknown, headers: Record<string, string> = auth()) =>
  send(`/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(input) });

describe('the browser-mode server', () => {
  it('listens on loopback only and prints a URL carrying the token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.openUrl).toBe(`${server.url}?token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('trades the token in the URL for an HttpOnly, SameSite=Strict cookie', async () => {
    const res = await send(`/?token=${server.token}`);
    expect(res.status).toBe(303);
    expect(String(res.headers['set-cookie'])).toMatch(/gloss_token=.+; HttpOnly; SameSite=Strict/);
    expect((await send(`/?token=wrong`)).status).toBe(401);
  });

  it('refuses a request without the token, with a wrong one, from a foreign Origin or for a foreign Host', async () => {
    expect((await api('listArticles', {}, {})).status).toBe(401);
    expect((await api('listArticles', {}, { Cookie: 'gloss_token=nope' })).status).toBe(401);
    expect((await api('listArticles', {}, { ...auth(), Origin: 'https://evil.example' })).status).toBe(403);
    expect((await api('listArticles', {}, { ...auth(), Host: `evil.example:${server.port}` })).status).toBe(421);
    expect((await send('/', { headers: { Host: 'attacker.example' } })).status).toBe(421);
    expect((await api('listArticles', {}, { ...auth(), Origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
  });

  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const res = await send('/', { headers: auth() });
    expect(res.status).toBe(200);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  });

  it('answers a malformed call with a typed error, never a crash', async () => {
    const bad = await api('getArticle', { id: 'seven' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const unknown = await api('dropTables', {});
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
    const notJson = await send('/api/listArticles', { method: 'POST', headers: { ...auth(), 'Content-Type': 'application/json' }, body: '{' });
    expect(notJson.status).toBe(400);
    const missing = await api('getArticle', { id: 999 });
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect((await api('listArticles', {})).status).toBe(200); // still serving
  });

  it('runs the real core: import, list, read, remember the position', async () => {
    const imported = JSON.parse((await api('importPaths', { paths: [SEED] })).body);
    expect(imported.value.imported).toBe(1);
    const list = JSON.parse((await api('listArticles', { sort: 'title' })).body).value;
    expect(list[0].title).toContain('阿里小程序');
    await api('setReadingPosition', { id: list[0].id, position: 0.5 });
    expect(JSON.parse((await api('getReadingPosition', { id: list[0].id })).body).value).toEqual({ position: 0.5 });
  });
});
