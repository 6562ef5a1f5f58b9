// Libraries from before copies were detected (schema 8 and earlier) have articles without a
// fingerprint; an import first gives them one, so a new article is compared with all of them.
import { articleText } from '../library/articles';
import type { Library } from '../library/db';
import { fingerprint, storeFingerprint } from './fingerprints';

/** Fingerprints every article that has none; returns how many it did. */
export function backfillFingerprints(lib: Library): number {
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
