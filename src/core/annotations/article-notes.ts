// The only SQL about the one note a reader keeps per article.
import type { ReadingDoc } from '../../shared/model';
import type { Library } from '../library/db';

export function getArticleNote(lib: Library, articleId: number): ReadingDoc | null {
  const note = lib.db.prepare('SELECT note FROM article_notes WHERE article_id = ?').pluck().get(articleId) as string | undefined;
  return note ? (JSON.parse(note) as ReadingDoc) : null;
}

export function setArticleNote(lib: Library, articleId: number, note: ReadingDoc | null, noteText: string): void {
  if (!note || !noteText.trim()) {
    lib.db.prepare('DELETE FROM article_notes WHERE article_id = ?').run(articleId);
    return;
  }
  lib.db
    .prepare(
      `INSERT INTO article_notes (article_id, note, note_text, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(article_id) DO UPDATE SET note = excluded.note, note_text = excluded.note_text, updated_at = excluded.updated_at`,
    )
    .run(articleId, JSON.stringify(note), noteText, new Date().toISOString());
}
