// What the reader does with a copy: merge it into its original (its highlights move over and
// are placed on the original's text by the same anchoring a re-import uses, then the copy goes
// to the Trash, restorable), or keep both as separate articles. Each merge is recorded (the
// `merges` tables) so that `undoMerge` can put everything back.
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
  anchor: string;
  updated_at: string;
}

export interface MergeResult {
  /** The merge's id, which `undoMerge` takes. */
  mergeId: number;
  original: number;
  highlights: ReanchorReport;
}

export function mergeCopy(lib: Library, id: number, now = new Date()): MergeResult {
  return lib.db
    .transaction((): MergeResult => {
      const original = copyOf(lib, id);
      const at = now.toISOString();
      const copyTrashedAt = lib.db.prepare('SELECT trashed_at FROM articles WHERE id = ?').pluck().get(id) as string | null;
      const mergeId = Number(
        lib.db.prepare('INSERT INTO merges (copy_id, original_id, merged_at, note_moved, copy_trashed_at) VALUES (?, ?, ?, 0, ?)').run(id, original, at, copyTrashedAt).lastInsertRowid,
      );
      const text = articleText(lib, original) ?? '';
      const before = articleText(lib, id) ?? '';
      const report: ReanchorReport = { exact: 0, moved: 0, changed: 0, orphaned: 0 };
      const rows = lib.db.prepare('SELECT id, exact, prefix, suffix, start, end, anchor, updated_at FROM highlights WHERE article_id = ?').all(id) as HighlightRow[];
      const remember = lib.db.prepare(
        'INSERT INTO merge_highlights (merge_id, highlight_id, article_id, start, end, anchor, updated_at, placed_start, placed_end, placed_anchor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      );
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
        if (found.health === 'orphaned') orphan.run(original, at, r.id);
        else place.run(original, found.start, found.end, found.health, at, r.id);
        const [placedStart, placedEnd] = found.health === 'orphaned' ? [r.start, r.end] : [found.start, found.end];
        remember.run(mergeId, r.id, id, r.start, r.end, r.anchor, r.updated_at, placedStart, placedEnd, found.health);
        // The search groups hits by article through this connection's cache.
        cache.record(r.id, original);
      }
      // Only the tags the original lacked are recorded: an undo takes away what the merge added.
      lib.db
        .prepare('INSERT INTO merge_tags (merge_id, tag_id) SELECT ?, tag_id FROM article_tags WHERE article_id = ? AND tag_id NOT IN (SELECT tag_id FROM article_tags WHERE article_id = ?)')
        .run(mergeId, id, original);
      lib.db.prepare('INSERT OR IGNORE INTO article_tags (article_id, tag_id) SELECT ?, tag_id FROM article_tags WHERE article_id = ?').run(original, id);
      // The copy's note moves over only where the original has none: a note is never overwritten.
      if (!lib.db.prepare('SELECT 1 FROM article_notes WHERE article_id = ?').get(original)) {
        // Written anew rather than re-pointed, so its search entry follows it (the triggers key on the article).
        lib.db.prepare('INSERT INTO article_notes (article_id, note, note_text, updated_at) SELECT ?, note, note_text, updated_at FROM article_notes WHERE article_id = ?').run(original, id);
        if (lib.db.prepare('DELETE FROM article_notes WHERE article_id = ?').run(id).changes > 0) lib.db.prepare('UPDATE merges SET note_moved = 1 WHERE id = ?').run(mergeId);
      }
      trashArticles(lib, [id], now);
      return { mergeId, original, highlights: report };
    })
    .immediate();
}

/** Keeps a copy as an article of its own: it no longer groups under the original. */
export function keepCopy(lib: Library, id: number): void {
  copyOf(lib, id);
  lib.db.prepare('UPDATE articles SET copy_of = NULL WHERE id = ?').run(id);
}
