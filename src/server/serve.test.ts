import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED, tempLibrary } from '../core/test-support/corpus';
import { BROWSER_CALLS, calls } from '../shared/api';
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

/** What the app's page sends: the cookie, and the session key it holds in memory. */
const auth = () => ({ Cookie: `gloss_token=${server.token}`, 'X-Gloss-Key': server.key });
const api = (name: string, input: unknown, headers: Record<string, string> = auth()) =>
  send(`/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(input) });

describe('the browser-mode server', () => {
  it('listens on loopback only and prints a URL carrying the token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.openUrl).toBe(`${server.url}?token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('trades the token in the URL for an HttpOnly, SameSite=Strict cookie, and hands the page its key in the fragment', async () => {
    const res = await send(`/?token=${server.token}`);
    expect(res.status).toBe(303);
    expect(String(res.headers['set-cookie'])).toMatch(/gloss_token=.+; HttpOnly; SameSite=Strict/);
    expect(res.headers.location).toBe(`/#key=${server.key}`);
    expect((await send(`/?token=wrong`)).status).toBe(401);
    // The exchange checks Host and Origin like every other request.
    expect((await send(`/?token=${server.token}`, { headers: { Host: 'evil.example' } })).status).toBe(421);
    expect((await send(`/?token=${server.token}`, { headers: { Origin: 'http://127.0.0.1:1' } })).status).toBe(403);
  });

  it('makes a leaked cookie useless on its own: the API needs the page’s key, and pages of other ports are refused', async () => {
    const cookieOnly = { Cookie: `gloss_token=${server.token}` };
    expect((await api('listArticles', {}, cookieOnly)).status).toBe(401);
    expect((await api('listArticles', {}, { ...cookieOnly, 'X-Gloss-Key': 'guess' })).status).toBe(401);
    // A page served on another port of 127.0.0.1 is same-site, not same-origin.
    expect((await api('listArticles', {}, { ...auth(), 'Sec-Fetch-Site': 'same-site' })).status).toBe(403);
    expect((await api('listArticles', {}, { ...auth(), 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
    // The page itself and its images need only the cookie, and no other origin may embed them.
    const page = await send('/', { headers: cookieOnly });
    expect(page.status).toBe(200);
    expect(page.headers['cross-origin-resource-policy']).toBe('same-origin');
    const image = await send('/library-assets/0000000000000000000000000000000000000000000000000000000000000000.png', { headers: cookieOnly });
    expect(image.headers['cross-origin-resource-policy']).toBe('same-origin');
  });

  it('serves only the calls its own page uses: nothing that takes a path on this machine', async () => {
    const refused = await api('importPaths', { paths: ['/etc/passwd'] });
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body)).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
    for (const name of Object.keys(calls).filter((n) => !(BROWSER_CALLS as readonly string[]).includes(n))) {
      expect((await api(name, {})).status, name).toBe(403);
    }
    expect(t.lib.db.prepare('SELECT count(*) FROM articles WHERE path = ?').pluck().get('/etc/passwd')).toBe(0);
  });

  it('answers every malformed request with a 4xx and stays up', async () => {
    for (const path of ['//[', '/%', '/%E0%A4%A', '/library-assets/%', '/assets/%zz', '/api/%']) {
      for (const headers of [{}, auth()]) {
        const res = await send(path, { headers, method: path.startsWith('/api') ? 'POST' : 'GET' });
        expect(res.status, `${path} ${JSON.stringify(headers)}`).toBeGreaterThanOrEqual(400);
        expect(res.status, path).toBeLessThan(500);
      }
    }
    const upgrade = await new Promise<string>((resolve) => {
      const socket = connect(server.port, '127.0.0.1', () => {
        socket.write(`GET //[ HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`);
      });
      let data = '';
      socket.on('data', (d) => (data += d));
      socket.on('close', () => resolve(data));
      socket.on('error', () => resolve(data));
    });
    expect(upgrade).toMatch(/^HTTP\/1\.1 4\d\d/);
    expect((await api('listArticles', {})).status).toBe(200); // still serving
  });

  it('refuses a request without the token, with a wrong one, from a foreign Origin or for a foreign Host', async () => {
    expect((await api('listArticles', {}, {})).status).toBe(401);
    expect((await api('listArticles', {}, { Cookie: 'gloss_token=nope' })).status).toBe(401);
    expect((await api('listArticles', {}, { ...auth(), Origin: 'https://evil.example' })).status).toBe(403);
    expect((await api('listArticles', {}, { ...auth(), Host: `evil.example:${server.port}` })).status).toBe(421);
    expect((await send('/', { headers: { Host: 'attacker.example' } })).status).toBe(421);
    expect((await api('listArticles', {}, { ...auth(), Origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
  });

  it('answers the bare address with a short page in both languages saying to open the printed one, not JSON', async () => {
    for (const headers of [{}, { Cookie: 'gloss_token=nope' }] as Record<string, string>[]) {
      const res = await send('/', { headers });
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body).toContain('Open the address Gloss printed');
      expect(res.body).toContain('请打开 Gloss 打印的地址');
      expect(res.body).not.toMatch(/<script|"ok":false/);
      expect(String(res.headers['content-security-policy'])).toContain("default-src 'none'");
    }
    // Everything else is still refused as before, and a foreign Host gets no page at all.
    expect((await send('/assets/index.js')).body).toMatch(/^\{"ok":false/);
    expect((await send('/', { headers: { Host: 'attacker.example' } })).body).not.toContain('Gloss printed');
  });

  it('serves the favicon with the page, behind the same cookie', async () => {
    writeFileSync(join(rendererDir, 'favicon.svg'), readFileSync(join(import.meta.dirname, '../../resources/icon.svg')));
    const icon = await send('/favicon.svg', { headers: auth() });
    expect(icon.status).toBe(200);
    expect(icon.headers['content-type']).toBe('image/svg+xml');
    expect(icon.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect((await send('/favicon.svg')).status).toBe(401);
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

  it('runs the real core: upload, list, read, remember the position', async () => {
    const imported = JSON.parse((await api('importUploads', { files: [{ relativePath: 'seed.md', base64: readFileSync(SEED).toString('base64') }] })).body);
    expect(imported.value.imported).toBe(1);
    const list = JSON.parse((await api('listArticles', { sort: 'title' })).body).value;
    expect(list[0].title).toContain('阿里小程序');
    await api('setReadingPosition', { id: list[0].id, position: 0.5 });
    expect(JSON.parse((await api('getReadingPosition', { id: list[0].id })).body).value).toEqual({ position: 0.5 });
  });
});
