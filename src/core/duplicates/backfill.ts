// Libraries from before copies were detected (schema 8 and earlier) have articles without a
// fingerprint; an import first gives them one, so a new article is compared with all of them.
// Once per connection: scanning for none on every import call (each browser upload batch)
// cost 2–18 ms at 10,000 articles.
import { articleText } from '../library/articles';
import type { Library } from '../library/db';
import { fingerprint, storeFingerprint } from './fingerprints';

/** Connections that have backfilled: this Gloss fingerprints every article it stores, so once is enough. */
const done = new WeakSet<Library['db']>();

/** Fingerprints every article that has none (once per connection); returns how many it did. */
export function backfillFingerprints(lib: Library): number {
  if (done.has(lib.db)) return 0;
  done.add(lib.db);
  const missing = lib.db
    .prepare('SELECT id, url FROM articles WHERE id NOT IN (SELECT article_id FROM article_fingerprints)')
    .raw()
    .all() as [number, string | null][];
  if (missing.length === 0) return 0;
  lib.db.transaction(() => {
    for (const [id, url] of missing) storeFingerprint(lib, id, fingerprint(articleText(lib, id) ?? '', url));
  })();
  return missing.length;
}
