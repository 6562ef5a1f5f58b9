// The only SQL about copies: each article's fingerprint (normalised URL, MinHash signature),
// and finding the article a new one copies.
import type { Library } from '../library/db';
import { BandIndex } from './band-index';
import { packSignature, signature, similarity, unpackSignature } from './minhash';
import { normaliseUrl } from './urls';

/** The statements every import runs, prepared once per connection (preparing is most of their cost). */
const cache = new WeakMap<Library['db'], ReturnType<typeof prepare>>();
function prepare(db: Library['db']) {
  return {
    store: db.prepare('INSERT OR REPLACE INTO article_fingerprints (article_id, url, minhash) VALUES (?, ?, ?)'),
    signatures: db.prepare('SELECT article_id, minhash FROM article_fingerprints WHERE minhash IS NOT NULL').raw(),
    signature: db.prepare('SELECT minhash FROM article_fingerprints WHERE article_id = ?').pluck(),
    dataVersion: db.prepare('PRAGMA data_version').pluck(),
    root: db.prepare('SELECT coalesce(copy_of, id) FROM articles WHERE id = ?').pluck(),
    sameUrl: db
      .prepare('SELECT f.article_id FROM article_fingerprints f JOIN live_articles a ON a.id = f.article_id WHERE f.url = ? AND a.id <> ? ORDER BY a.id LIMIT 1')
      .pluck(),
    // Only candidates that pass the similarity threshold are looked up here: an article's
    // `trashed_at` sits after its text, often pages of overflow away.
    live: db.prepare('SELECT 1 FROM live_articles WHERE id = ?').pluck(),
  };
}
const statements = (lib: Library) => cache.get(lib.db) ?? cache.set(lib.db, prepare(lib.db)).get(lib.db)!;

/** Each connection's band index, with the `data_version` it was built at. */
const indexes = new WeakMap<Library['db'], { index: BandIndex; version: number }>();

/**
 * The band index of every stored signature. Built anew when another connection (the app, a
 * command in another process) has written to the library since: their imports must be
 * found too. This connection's own imports are added as they are stored.
 */
function bandIndex(lib: Library): BandIndex {
  const q = statements(lib);
  const version = q.dataVersion.get() as number;
  const known = indexes.get(lib.db);
  if (known && known.version === version) return known.index;
  const index = new BandIndex();
  for (const [id, blob] of q.signatures.iterate() as Iterable<[number, Uint8Array]>) index.add(id, unpackSignature(blob));
  indexes.set(lib.db, { index, version });
  return index;
}

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
  statements(lib).store.run(articleId, f.url, f.minhash && packSignature(f.minhash));
  if (f.minhash) bandIndex(lib).add(articleId, f.minhash);
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
  const close: Original[] = [];
  for (const id of bandIndex(lib).candidates(f.minhash, except)) {
    // The stored signature decides: the index may still hold what an update replaced.
    const blob = q.signature.get(id) as Uint8Array | null | undefined;
    if (!blob) continue;
    const s = similarity(f.minhash, unpackSignature(blob));
    if (s >= COPY_THRESHOLD) close.push({ id, by: 'text', similarity: s });
  }
  // The most similar first, the oldest among equals.
  close.sort((a, b) => b.similarity - a.similarity || a.id - b.id);
  const best = close.find((c) => q.live.get(c.id) !== undefined);
  return best ? { ...best, id: root(best.id) } : null;
}
