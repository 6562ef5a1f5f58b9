// Undoing a merge of a copy: its highlights go back to the copy where they sat (same ids, same
// places, their search entries following), the tags and note the merge gave the original are
// taken back, and the copy leaves the Trash, a copy of its original again.
//
// The rule for what happened since: whatever travels with a highlight (its colour, note,
// tags, claim) is kept and goes back with it, and so does the copy's note as it now reads.
// What cannot be put back is refused, all or nothing: a moved highlight deleted since, or one
// no longer where the merge placed it (re-attached by hand, or re-anchored by a re-import of
// the original), whose old place on the copy would undo the reader's later work.
import { ConflictError, NotFoundError } from '../errors';
import type { Library } from '../library/db';
import { highlightArticles } from '../search/sql-functions';

interface MergeRow {
  copy_id: number;
  original_id: number;
  merged_at: string;
  note_moved: 0 | 1;
  copy_trashed_at: string | null;
}

interface MovedRow {
  highlight_id: number;
  article_id: number;
  start: number;
  end: number;
  anchor: string;
  updated_at: string;
  placed_start: number;
  placed_end: number;
  placed_anchor: string;
  now_article: number | null;
  now_start: number | null;
  now_end: number | null;
  now_anchor: string | null;
}

export interface UnmergeResult {
  copy: number;
  original: number;
  /** How many highlights went back to the copy. */
  highlights: number;
}

export function undoMerge(lib: Library, mergeId: number): UnmergeResult {
  return lib.db
    .transaction((): UnmergeResult => {
      const merge = lib.db.prepare('SELECT copy_id, original_id, merged_at, note_moved, copy_trashed_at FROM merges WHERE id = ?').get(mergeId) as MergeRow | undefined;
      // Undone already, or one of the two articles deleted for good (the merge went with it).
      if (!merge) throw new NotFoundError(`no merge with id ${mergeId} to undo`);
      const { copy_id: copy, original_id: original } = merge;
      const moved = lib.db
        .prepare(
          `SELECT m.*, h.article_id AS now_article, h.start AS now_start, h.end AS now_end, h.anchor AS now_anchor
           FROM merge_highlights m LEFT JOIN highlights h ON h.id = m.highlight_id WHERE m.merge_id = ? ORDER BY m.highlight_id`,
        )
        .all(mergeId) as MovedRow[];
      const gone = moved.find((m) => m.now_article === null);
      if (gone) throw new ConflictError(`merge ${mergeId} cannot be undone: highlight ${gone.highlight_id}, which it moved, has been deleted since`);
      const shifted = moved.find((m) => m.now_article !== original || m.now_start !== m.placed_start || m.now_end !== m.placed_end || m.now_anchor !== m.placed_anchor);
      if (shifted) throw new ConflictError(`merge ${mergeId} cannot be undone: highlight ${shifted.highlight_id}, which it moved, has been re-attached or moved since`);
      const copyNote = merge.note_moved === 1 && lib.db.prepare('SELECT 1 FROM article_notes WHERE article_id = ?').get(copy);
      if (copyNote) throw new ConflictError(`merge ${mergeId} cannot be undone: the copy (article ${copy}) has a note of its own since, and its moved note cannot go back`);

      // A highlight edited since the merge keeps the time of that edit.
      const back = lib.db.prepare('UPDATE highlights SET article_id = ?, start = ?, end = ?, anchor = ?, updated_at = CASE WHEN updated_at = ? THEN ? ELSE updated_at END WHERE id = ?');
      const cache = highlightArticles(lib.db);
      for (const m of moved) {
        back.run(m.article_id, m.start, m.end, m.anchor, merge.merged_at, m.updated_at, m.highlight_id);
        // The search groups hits by article through this connection's cache.
        cache.record(m.highlight_id, m.article_id);
      }
      lib.db.prepare('DELETE FROM article_tags WHERE article_id = ? AND tag_id IN (SELECT tag_id FROM merge_tags WHERE merge_id = ?)').run(original, mergeId);
      if (merge.note_moved === 1) {
        // Written anew on the copy, so its search entry follows it (the triggers key on the article).
        lib.db.prepare('INSERT INTO article_notes (article_id, note, note_text, updated_at) SELECT ?, note, note_text, updated_at FROM article_notes WHERE article_id = ?').run(copy, original);
        lib.db.prepare('DELETE FROM article_notes WHERE article_id = ?').run(original);
      }
      lib.db.prepare('UPDATE articles SET trashed_at = ?, copy_of = ? WHERE id = ?').run(merge.copy_trashed_at, original, copy);
      lib.db.prepare('DELETE FROM merges WHERE id = ?').run(mergeId);
      return { copy, original, highlights: moved.length };
    })
    .immediate();
}
