// Who may talk to the browser-mode server: only the page it served itself, on this machine.
//
// - Host must name the loopback address we bound (no DNS rebinding); Origin, when a browser
//   sends one, must be ours (no cross-site calls). Every request, the key exchange included.
// - A random per-start token, traded once for an HttpOnly, SameSite=Strict cookie, opens the
//   page and its images. Cookies are not port-scoped: any other server on 127.0.0.1 the
//   browser visits receives it, so the cookie alone must open nothing that matters.
// - API calls and events also need the session key, which the page holds in memory
//   (sessionStorage: this tab, this origin) after reading it from the URL's fragment, which
//   no server ever receives. A browser's request from another port is same-site but not
//   same-origin, and Sec-Fetch-Site says so.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const COOKIE = 'gloss_token';
export const KEY_HEADER = 'x-gloss-key';

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export type Verdict = { ok: true } | { ok: false; status: number; reason: string };

/** Host and Origin: the request is for us, from us (or from no page at all). */
export function checkOrigin(req: IncomingMessage, port: number): Verdict {
  const hosts = allowedHosts(port);
  if (!hosts.has(req.headers.host ?? '')) return { ok: false, status: 421, reason: 'wrong Host' };
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, ''))) return { ok: false, status: 403, reason: 'foreign Origin' };
  return { ok: true };
}

/** What the page and its images need: our origin and the cookie. */
export function checkPage(req: IncomingMessage, token: string, port: number): Verdict {
  const origin = checkOrigin(req, port);
  if (!origin.ok) return origin;
  if (!sameToken(cookieToken(req), token)) return { ok: false, status: 401, reason: 'missing or wrong token' };
  return { ok: true };
}

/** What calls and events need besides: the session key, and no page of another origin. */
export function checkApi(req: IncomingMessage, token: string, key: string, port: number, presentedKey: string | null): Verdict {
  const page = checkPage(req, token, port);
  if (!page.ok) return page;
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return { ok: false, status: 403, reason: `a ${site} request` };
  if (!sameToken(presentedKey, key)) return { ok: false, status: 401, reason: 'missing or wrong session key: open the address Gloss printed' };
  return { ok: true };
}

function cookieToken(req: IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, v] = part.trim().split('=');
    if (k === COOKIE && v) return v;
  }
  return null;
}

export function sameToken(given: string | null | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
