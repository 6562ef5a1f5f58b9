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

/** Remote images (shown only when the reader allows it). */
export function isRemoteImage(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
