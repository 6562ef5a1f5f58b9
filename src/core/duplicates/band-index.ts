// The locality-sensitive band index, held in memory: band key → articles with that band.
//
// It was a table (article_minhash_bands, until schema 11), and writing it was most of what
// copy detection cost an import: 16 keys per article, each a random place in a B-tree, so
// every article's commit rewrote 16 more pages. Built from the stored signatures instead
// (10,000 articles in tens of milliseconds), it costs an import nothing to keep.
//
// It only proposes candidates: whoever asks checks each against the signature stored in the
// library, so an entry left behind by a rolled-back import, a re-import or a purge never
// decides anything.
import { BANDS, bandKeys } from './minhash';

/** Pending entries are merged into the sorted arrays once there are this many. */
const MERGE_AT = 4096;

export class BandIndex {
  /** Band keys in ascending order, and the article each belongs to. */
  private keys = new Float64Array(0);
  private ids = new Int32Array(0);
  /** Added since the last merge: looked up by key, merged in bulk (one sort, not one insert each). */
  private pending = new Map<number, number[]>();
  private pendingCount = 0;

  add(articleId: number, signature: Uint32Array): void {
    for (const key of bandKeys(signature)) {
      const ids = this.pending.get(key);
      if (ids) ids.push(articleId);
      else this.pending.set(key, [articleId]);
    }
    this.pendingCount += BANDS;
    if (this.pendingCount >= MERGE_AT) this.merge();
  }

  /** Articles sharing at least one band with `signature`, other than `except`. */
  candidates(signature: Uint32Array, except = 0): Set<number> {
    const found = new Set<number>();
    for (const key of bandKeys(signature)) {
      for (let i = this.first(key); i < this.keys.length && this.keys[i] === key; i++) found.add(this.ids[i]);
      for (const id of this.pending.get(key) ?? []) found.add(id);
    }
    found.delete(except);
    return found;
  }

  /** The first position whose key is ≥ `key`. */
  private first(key: number): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private merge(): void {
    const added = [...this.pending.entries()].sort((a, b) => a[0] - b[0]).flatMap(([key, ids]) => ids.map((id) => [key, id] as const));
    const n = this.keys.length + added.length;
    const keys = new Float64Array(n);
    const ids = new Int32Array(n);
    let i = 0;
    let j = 0;
    for (let k = 0; k < n; k++) {
      if (j >= added.length || (i < this.keys.length && this.keys[i] <= added[j][0])) {
        keys[k] = this.keys[i];
        ids[k] = this.ids[i++];
      } else {
        [keys[k], ids[k]] = added[j++];
      }
    }
    this.keys = keys;
    this.ids = ids;
    this.pending.clear();
    this.pendingCount = 0;
  }
}
