// The only SQL about copies: each article's fingerprint (normalised URL, MinHash signature,
// band keys), and finding the article a new one copies.
import type { Library } from '../library/db';
import { bandKeys, packSignature, signature, similarity, unpackSignature } from './minhash';
import { normaliseUrl } from './urls';

/** Estimated shared shingles at or above which two texts are the same story. */
export const COPY_THRESHOLD = 0.9;

export interface Fingerprint {
  url: string | null;
  minhash: Uint32Array | null;
}

export function fingerprint(text: string, url: string | null): Fingerprint {
  return { url: normaliseUrl(url), minhash: signature(text) };
}

/** Records (or replaces) an article's fingerprint; call inside the import's transaction. */
export function storeFingerprint(lib: Library, articleId: number, f: Fingerprint): void {
  lib.db.prepare('INSERT OR REPLACE INTO article_fingerprints (article_id, url, minhash) VALUES (?, ?, ?)').run(articleId, f.url, f.minhash && packSignature(f.minhash));
  lib.db.prepare('DELETE FROM article_minhash_bands WHERE article_id = ?').run(articleId);
  if (!f.minhash) return;
  const band = lib.db.prepare('INSERT OR IGNORE INTO article_minhash_bands (band, article_id) VALUES (?, ?)');
  for (const key of bandKeys(f.minhash)) band.run(key, articleId);
}

export interface Original {
  id: number;
  /** Why: the same address, or the estimated share of wording in common. */
  by: 'url' | 'text';
  similarity: number;
}

/**
 * The article (not in the Trash, not `except`) that this fingerprint copies, or null. A copy
 * of a copy points at the first original, so copies group under one row.
 */
export function findOriginal(lib: Library, f: Fingerprint, except = 0): Original | null {
  const root = (id: number) => (lib.db.prepare('SELECT coalesce(copy_of, id) FROM articles WHERE id = ?').pluck().get(id) as number) ?? id;
  if (f.url) {
    const same = lib.db
      .prepare('SELECT f.article_id FROM article_fingerprints f JOIN articles a ON a.id = f.article_id WHERE f.url = ? AND a.trashed_at IS NULL AND a.id <> ? ORDER BY a.id LIMIT 1')
      .pluck()
      .get(f.url, except) as number | undefined;
    if (same !== undefined) return { id: root(same), by: 'url', similarity: 1 };
  }
  if (!f.minhash) return null;
  const keys = bandKeys(f.minhash);
  const candidates = lib.db
    .prepare(
      `SELECT DISTINCT f.article_id, f.minhash FROM article_minhash_bands b
         JOIN article_fingerprints f ON f.article_id = b.article_id JOIN articles a ON a.id = b.article_id
       WHERE b.band IN (SELECT value FROM json_each(?)) AND a.trashed_at IS NULL AND a.id <> ?`,
    )
    .raw()
    .all(JSON.stringify(keys), except) as [number, Uint8Array][];
  let best: Original | null = null;
  for (const [id, blob] of candidates) {
    const s = similarity(f.minhash, unpackSignature(blob));
    if (s >= COPY_THRESHOLD && (!best || s > best.similarity || (s === best.similarity && id < best.id))) best = { id, by: 'text', similarity: s };
  }
  return best && { ...best, id: root(best.id) };
}
