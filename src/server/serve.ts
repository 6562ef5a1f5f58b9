// Browser mode: the renderer and the same typed API over HTTP and a WebSocket, bound to
// loopback only. For machines where Electron cannot run, for reading in any browser on
// the same computer, and for the end-to-end tests.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { contentSecurityPolicy } from '../shared/csp';
import { assetName, assetUrl } from '../shared/reading/urls';
import { createCoreApi, dispatch, type EventSink } from '../core/api';
import { createWarmParser } from '../core/ingest/warm-parser';
import type { Library } from '../core/library/db';
import type { LibraryHolder } from '../core/library/holder';
import { createBackupService } from '../core/backup/service';
import { BROWSER_CALLS, type CallName } from '../shared/api';
import { BARE_PAGE, BARE_PAGE_CSP } from './bare-page';
import { checkApi, checkOrigin, checkPage, COOKIE, KEY_HEADER, newToken, sameToken } from './guard';

export interface ServerOptions {
  lib: Library;
  /**
   * The library held so that it can be replaced while serving: with it, the server offers
   * backups and restore (issue 13) and makes the automatic backup when one is due.
   */
  backups?: { holder: LibraryHolder; appVersion: string; automatic: boolean };
  /** The built renderer (index.html and its assets). */
  rendererDir: string;
  port?: number;
  token?: string;
}

const SERVED = new Set<string>(BROWSER_CALLS);

export interface RunningServer {
  url: string;
  /** The URL to open: it carries the token once, which the server turns into a cookie. */
  openUrl: string;
  token: string;
  /** The session key the page gets in the URL's fragment and sends with every call. */
  key: string;
  port: number;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.bmp': 'image/bmp',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const MAX_BODY = 200 * 1024 * 1024;

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? newToken();
  const key = newToken();
  const sockets = new Set<WebSocket>();
  const emit: EventSink = (event, payload) => {
    const message = JSON.stringify({ event, payload });
    for (const s of sockets) s.send(message);
  };
  const backups = options.backups
    ? createBackupService({ holder: options.backups.holder, appVersion: options.backups.appVersion, onProgress: (p) => emit('backupProgress', p), onReplaced: (r) => emit('libraryReplaced', r) })
    : undefined;
  // Hostile HTML is parsed on threads only, never in this process.
  const threads = createWarmParser();
  const api = createCoreApi(options.backups?.holder.lib ?? options.lib, emit, { threads, backups });
  let port = 0;

  const server = createServer((req, res) => {
    handle(req, res).catch((err: Error) => send(res, 500, { ok: false, error: { code: 'failed', message: err.message } }));
  });

  const refuse = (res: ServerResponse, status: number, reason: string) => send(res, status, { ok: false, error: { code: 'failed', message: `refused: ${reason}` } });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Who is asking is settled before anything of the request is parsed.
    const origin = checkOrigin(req, port);
    if (!origin.ok) return refuse(res, origin.status, origin.reason);
    const target = parseTarget(req.url);
    if (!target) return refuse(res, 400, 'a malformed address');
    // Opening the printed URL: trade the token in the query for a cookie, and hand the page
    // its session key in the fragment, which the browser keeps to itself.
    const queryToken = target.url.searchParams.get('token');
    if (req.method === 'GET' && queryToken !== null && target.path === '/') {
      if (!sameToken(queryToken, token)) return refuse(res, 401, 'wrong token');
      res.writeHead(303, { 'Set-Cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`, Location: `/#key=${key}`, 'Cache-Control': 'no-store' });
      return void res.end();
    }
    const page = checkPage(req, token, port);
    // A person who opened the bare address gets a page saying what to open; scripts, the refusal.
    if (!page.ok && req.method === 'GET' && (target.path === '/' || target.path === '/index.html')) return sendBarePage(res, page.status);
    if (!page.ok) return refuse(res, page.status, page.reason);

    if (target.path.startsWith('/api/')) {
      const name = target.path.slice(5);
      const verdict = checkApi(req, token, key, port, header(req, KEY_HEADER));
      if (!verdict.ok) return refuse(res, verdict.status, verdict.reason);
      if (!SERVED.has(name)) return send(res, 403, { ok: false, error: { code: 'unknown-call', message: `browser mode does not serve '${name}'` } });
      if (req.method !== 'POST') return send(res, 405, { ok: false, error: { code: 'failed', message: 'use POST' } });
      if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) {
        return send(res, 415, { ok: false, error: { code: 'invalid-input', message: 'send JSON' } });
      }
      let input: unknown;
      try {
        input = JSON.parse(await readBody(req));
      } catch (err) {
        return send(res, 400, { ok: false, error: { code: 'invalid-input', message: `the body is not JSON: ${(err as Error).message}` } });
      }
      const result = await dispatch(api, name as CallName, input);
      return send(res, result.ok ? 200 : 400, result);
    }
    if (target.path.startsWith('/library-assets/')) {
      const name = assetName(assetUrl(target.path.slice('/library-assets/'.length)));
      const file = name ? join(options.lib.assetsPath, name) : null;
      if (!file || !existsSync(file)) return send(res, 404, { ok: false, error: { code: 'not-found', message: 'no such image' } });
      return streamFile(res, file, 'private, max-age=31536000, immutable');
    }
    return serveStatic(target.path, res);
  }

  function serveStatic(pathname: string, res: ServerResponse): void {
    const root = normalize(options.rendererDir);
    const wanted = normalize(join(root, pathname));
    const file = wanted.startsWith(root + sep) && existsSync(wanted) && statSync(wanted).isFile() ? wanted : join(root, 'index.html');
    if (!existsSync(file)) {
      return send(res, 500, { ok: false, error: { code: 'failed', message: `the renderer is not built (${root}); run npm run build` } });
    }
    streamFile(res, file, file.endsWith('index.html') ? 'no-store' : 'no-cache');
  }

  function streamFile(res: ServerResponse, file: string, cache: string): void {
    res.writeHead(200, {
      'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Security-Policy': contentSecurityPolicy({ connectSrc: [`ws://127.0.0.1:${port}`, `ws://localhost:${port}`] }),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
      // No page of another origin (another port of 127.0.0.1 included) may embed the app or
      // its images, nor tell by loading them which images the library holds.
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Cache-Control': cache,
    });
    createReadStream(file).pipe(res);
  }

  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    // A browser cannot set headers on a WebSocket: the page sends its key in the query.
    const target = parseTarget(req.url);
    const verdict = target ? checkApi(req, token, key, port, target.url.searchParams.get('key')) : ({ ok: false, status: 400, reason: 'a malformed address' } as const);
    if (!verdict.ok || target?.path !== '/events') {
      socket.write(`HTTP/1.1 ${verdict.ok ? 404 : verdict.status} Refused\r\n\r\n`);
      return socket.destroy();
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  // Never in the way of the first page: the automatic backup starts once the server is up.
  if (backups && options.backups?.automatic) {
    setTimeout(() => void backups.backupIfDue().catch((err: Error) => emit('backupProgress', { action: 'backup', phase: 'done', fraction: 1, error: err.message })), 2000).unref();
  }
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    openUrl: `${url}?token=${token}`,
    token,
    key,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.terminate();
        wss.close();
        server.closeAllConnections();
        void threads.close();
        server.close(() => resolve());
      }),
  };
}

/** The request's address and its decoded path, or null when either is malformed. */
function parseTarget(raw: string | undefined): { url: URL; path: string } | null {
  try {
    const url = new URL(raw ?? '/', 'http://127.0.0.1');
    return { url, path: decodeURIComponent(url.pathname) };
  } catch {
    return null;
  }
}

function header(req: IncomingMessage, name: string): string | null {
  const v = req.headers[name];
  return typeof v === 'string' ? v : null;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('the request is too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendBarePage(res: ServerResponse, status: number): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': BARE_PAGE_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  });
  res.end(BARE_PAGE);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cross-Origin-Resource-Policy': 'same-origin', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}
