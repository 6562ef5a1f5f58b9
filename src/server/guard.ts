// Who may talk to the browser-mode server: only pages it served itself, on this machine.
// A random per-start token (set as an HttpOnly, SameSite=Strict cookie when the printed URL
// is opened) is required on every request; Host must name the loopback address we bound
// (no DNS rebinding); Origin, when a browser sends one, must be our own (no cross-site calls).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const COOKIE = 'gloss_token';

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export type Verdict = { ok: true } | { ok: false; status: number; reason: string };

export function checkRequest(req: IncomingMessage, token: string, port: number): Verdict {
  const hosts = allowedHosts(port);
  if (!hosts.has(req.headers.host ?? '')) return { ok: false, status: 421, reason: 'wrong Host' };
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, '')) ) return { ok: false, status: 403, reason: 'foreign Origin' };
  if (!sameToken(presentedToken(req), token)) return { ok: false, status: 401, reason: 'missing or wrong token' };
  return { ok: true };
}

function presentedToken(req: IncomingMessage): string | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7);
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, v] = part.trim().split('=');
    if (k === COOKIE && v) return v;
  }
  return null;
}

export function sameToken(given: string | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
