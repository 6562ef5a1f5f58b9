// What the reader does with a copy: merge it into its original (its highlights move over and
// are placed on the original's text by the same anchoring a re-import uses, then the copy goes
// to the Trash, restorable), or keep both as separate articles.
import type { ReanchorReport } from '../../shared/model';
import { anchor } from '../anchoring';
import { ConflictError, NotFoundError } from '../errors';
import { articleText } from '../library/articles';
import type { Library } from '../library/db';
import { trashArticles } from '../library/trash';
import { highlightArticles } from '../search/sql-functions';

function copyOf(lib: Library, id: number): number {
  const row = lib.db.prepare('SELECT copy_of FROM articles WHERE id = ?').get(id) as { copy_of: number | null } | undefined;
  if (!row) throw new NotFoundError(`no article with id ${id}`);
  if (row.copy_of === null) throw new ConflictError(`article ${id} is not a copy of another`);
  return row.copy_of;
}

interface HighlightRow {
  id: number;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export interface MergeResult {
  original: number;
  highlights: ReanchorReport;
}

export function mergeCopy(lib: Library, id: number, now = new Date()): MergeResult {
  return lib.db
    .transaction((): MergeResult => {
      const original = copyOf(lib, id);
      const text = articleText(lib, original) ?? '';
      const before = articleText(lib, id) ?? '';
      const report: ReanchorReport = { exact: 0, moved: 0, changed: 0, orphaned: 0 };
      const rows = lib.db.prepare('SELECT id, exact, prefix, suffix, start, end FROM highlights WHERE article_id = ?').all(id) as HighlightRow[];
      const place = lib.db.prepare('UPDATE highlights SET article_id = ?, start = ?, end = ?, anchor = ?, updated_at = ? WHERE id = ?');
      const orphan = lib.db.prepare("UPDATE highlights SET article_id = ?, anchor = 'orphaned', updated_at = ? WHERE id = ?");
      const cache = highlightArticles(lib.db);
      for (const r of rows) {
        const found = anchor(
          text,
          { quote: { type: 'TextQuoteSelector', exact: r.exact, prefix: r.prefix, suffix: r.suffix }, position: { type: 'TextPositionSelector', start: r.start, end: r.end } },
          before,
        );
        report[found.health]++;
        if (found.health === 'orphaned') orphan.run(original, now.toISOString(), r.id);
        else place.run(original, found.start, found.end, found.health, now.toISOString(), r.id);
        // The search groups hits by article through this connection's cache.
        cache.record(r.id, original);
      }
      lib.db.prepare('INSERT OR IGNORE INTO article_tags (article_id, tag_id) SELECT ?, tag_id FROM article_tags WHERE article_id = ?').run(original, id);
      // The copy's note moves over only where the original has none: a note is never overwritten.
      if (!lib.db.prepare('SELECT 1 FROM article_notes WHERE article_id = ?').get(original)) {
        // Written anew rather than re-pointed, so its search entry follows it (the triggers key on the article).
        lib.db.prepare('INSERT INTO article_notes (article_id, note, note_text, updated_at) SELECT ?, note, note_text, updated_at FROM article_notes WHERE article_id = ?').run(original, id);
        lib.db.prepare('DELETE FROM article_notes WHERE article_id = ?').run(id);
      }
      trashArticles(lib, [id], now);
      return { original, highlights: report };
    })
    .immediate();
}

/** Keeps a copy as an article of its own: it no longer groups under the original. */
export function keepCopy(lib: Library, id: number): void {
  copyOf(lib, id);
  lib.db.prepare('UPDATE articles SET copy_of = NULL WHERE id = ?').run(id);
}
