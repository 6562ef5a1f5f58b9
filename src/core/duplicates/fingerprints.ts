// The only SQL about copies: each article's fingerprint (normalised URL, MinHash signature,
// band keys), and finding the article a new one copies.
import type { Library } from '../library/db';
import { bandKeys, packSignature, signature, similarity, unpackSignature } from './minhash';
import { normaliseUrl } from './urls';

/** The statements every import runs, prepared once per connection (preparing is most of their cost). */
const cache = new WeakMap<Library['db'], ReturnType<typeof prepare>>();
function prepare(db: Library['db']) {
  return {
    store: db.prepare('INSERT OR REPLACE INTO article_fingerprints (article_id, url, minhash) VALUES (?, ?, ?)'),
    clearBands: db.prepare('DELETE FROM article_minhash_bands WHERE article_id = ?'),
    band: db.prepare('INSERT OR IGNORE INTO article_minhash_bands (band, article_id) VALUES (?, ?)'),
    root: db.prepare('SELECT coalesce(copy_of, id) FROM articles WHERE id = ?').pluck(),
    sameUrl: db
      .prepare('SELECT f.article_id FROM article_fingerprints f JOIN articles a ON a.id = f.article_id WHERE f.url = ? AND a.trashed_at IS NULL AND a.id <> ? ORDER BY a.id LIMIT 1')
      .pluck(),
    candidates: db
      .prepare(
        `SELECT DISTINCT f.article_id, f.minhash FROM article_minhash_bands b
           JOIN article_fingerprints f ON f.article_id = b.article_id JOIN articles a ON a.id = b.article_id
         WHERE b.band IN (SELECT value FROM json_each(?)) AND a.trashed_at IS NULL AND a.id <> ?`,
      )
      .raw(),
  };
}
const statements = (lib: Library) => cache.get(lib.db) ?? cache.set(lib.db, prepare(lib.db)).get(lib.db)!;

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
  const q = statements(lib);
  q.store.run(articleId, f.url, f.minhash && packSignature(f.minhash));
  q.clearBands.run(articleId);
  if (!f.minhash) return;
  for (const key of bandKeys(f.minhash)) q.band.run(key, articleId);
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
  const q = statements(lib);
  const root = (id: number) => (q.root.get(id) as number | undefined) ?? id;
  if (f.url) {
    const same = q.sameUrl.get(f.url, except) as number | undefined;
    if (same !== undefined) return { id: root(same), by: 'url', similarity: 1 };
  }
  if (!f.minhash) return null;
  const candidates = q.candidates.all(JSON.stringify(bandKeys(f.minhash)), except) as [number, Uint8Array][];
  let best: Original | null = null;
  for (const [id, blob] of candidates) {
    const s = similarity(f.minhash, unpackSignature(blob));
    if (s >= COPY_THRESHOLD && (!best || s > best.similarity || (s === best.similarity && id < best.id))) best = { id, by: 'text', similarity: s };
  }
  return best && { ...best, id: root(best.id) };
}
