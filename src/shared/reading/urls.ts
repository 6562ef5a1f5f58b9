// URL rules shared by import (what may be stored) and the app (what may be opened).

/** Links a reader may follow: the web and mail, nothing that runs or reaches the machine. */
export function isAllowedLink(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username || parsed.password) return false;
  return parsed.protocol === 'https:' || parsed.protocol === 'http:' || parsed.protocol === 'mailto:';
}

/** Images stored in the library are addressed as gloss-asset://<sha256>.<ext>. */
export const ASSET_SCHEME = 'gloss-asset:';
const ASSET_NAME = /^[0-9a-f]{64}\.(png|jpg|gif|webp|avif|bmp)$/;

export function assetUrl(name: string): string {
  return `${ASSET_SCHEME}//${name}`;
}

/** The stored asset's file name, or null when the URL is not a well-formed asset URL. */
export function assetName(url: string): string | null {
  if (!url.startsWith(`${ASSET_SCHEME}//`)) return null;
  const name = url.slice(ASSET_SCHEME.length + 2);
  return ASSET_NAME.test(name) ? name : null;
}

/** IPv4 ranges that are this machine or a private network: [first octet, second octet from, to]. */
const PRIVATE_V4: [number, number, number][] = [
  [0, 0, 255], [10, 0, 255], [127, 0, 255], [100, 64, 127], [169, 254, 254], [172, 16, 31], [192, 168, 168],
];

function isPrivateV4(host: string): boolean {
  const parts = host.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p))) return false;
  const [a, b] = parts;
  return a >= 224 || PRIVATE_V4.some(([first, from, to]) => a === first && b >= from && b <= to);
}

function isPrivateV6(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === '::' || h === '::1') return true;
  // IPv4 written as IPv6 (::ffff:127.0.0.1, which the URL parser turns into hex groups).
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(h);
  if (mapped) {
    const [hi, lo] = [parseInt(mapped[1], 16), parseInt(mapped[2], 16)];
    return isPrivateV4(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`);
  }
  return /^(fc|fd|fe[89ab])/.test(h) || h.startsWith('::ffff:');
}

/**
 * An http(s) address on the public web: not this machine (loopback, localhost), not a
 * private, link-local or carrier network, not a .local name, no credentials. The URL parser
 * has already turned every way of writing an address (2130706433, 0x7f000001) into one.
 */
export function isPublicWebUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.username || u.password) return false;
  const host = u.hostname.toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || !host.includes('.') && !host.startsWith('[')) return false;
  return host.startsWith('[') ? !isPrivateV6(host) : !isPrivateV4(host);
}

/** Remote images (shown only when the reader allows it), from the public web only. */
export function isRemoteImage(url: string): boolean {
  return isPublicWebUrl(url);
}
