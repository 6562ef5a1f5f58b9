// The only SQL about highlights. Positions are JavaScript string offsets into the
// article's plain text; the quote and its context travel with them so the highlight can
// find its words again after the article changes (../anchoring).
import type { AnchorHealth, ClaimStatus, Highlight, HighlightColor, ReadingDoc, ReanchorReport } from '../../shared/model';
import { anchor, describe } from '../anchoring';
import { restoreStashed, stashClaim } from '../claims/removed';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors';
import { articleText } from '../library/articles';
import type { Library } from '../library/db';
import { dropUnused, highlightTags, setHighlightTags } from './tags';

export interface Row {
  id: number;
  uid: string;
  article_id: number;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  anchor: AnchorHealth;
  color: HighlightColor;
  note: string | null;
  note_text: string;
  created_at: string;
  updated_at: string;
}

/** The claim made from a highlight, as a highlight shows it (id and status). */
export const CLAIM_COLUMNS = '(SELECT c.id FROM claims c WHERE c.highlight_id = h.id) AS claim_id, (SELECT c.status FROM claims c WHERE c.highlight_id = h.id) AS claim_status';

export function toHighlight(lib: Library, r: Row & { claim_id: number | null; claim_status: ClaimStatus | null }, tags?: string[]): Highlight {
  return {
    id: r.id,
    uid: r.uid,
    articleId: r.article_id,
    quote: r.exact,
    prefix: r.prefix,
    suffix: r.suffix,
    start: r.start,
    end: r.end,
    anchor: r.anchor,
    color: r.color,
    note: r.note ? (JSON.parse(r.note) as ReadingDoc) : null,
    noteText: r.note_text,
    tags: tags ?? highlightTags(lib, r.id),
    claim: r.claim_id === null ? null : { id: r.claim_id, status: r.claim_status! },
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** A selection or quote that cannot be highlighted. */
export class AnnotationError extends InvalidInputError {}

export interface NewHighlight {
  articleId: number;
  start: number;
  end: number;
  color?: HighlightColor;
  note?: ReadingDoc | null;
  noteText?: string;
  tags?: string[];
  /** Restoring a deleted highlight (undo) keeps its id, global id and creation time. */
  id?: number;
  uid?: string;
  createdAt?: string;
}

function textOf(lib: Library, articleId: number): string {
  const text = articleText(lib, articleId);
  if (text === undefined) throw new NotFoundError(`no article with id ${articleId}`);
  return text;
}

/** The highlight already on exactly these words of the article, if there is one. */
export function highlightAt(lib: Library, articleId: number, start: number, end: number): Highlight | null {
  const id = lib.db.prepare("SELECT id FROM highlights WHERE article_id = ? AND start = ? AND end = ? AND anchor != 'orphaned' ORDER BY id LIMIT 1").pluck().get(articleId, start, end) as number | undefined;
  return id === undefined ? null : getHighlight(lib, id);
}

/**
 * Highlights a passage. The same words highlighted again (a repeated key, a script run
 * twice) give back the highlight already there rather than a second copy of it.
 */
export function createHighlight(lib: Library, h: NewHighlight): Highlight {
  return lib.db.transaction(() => {
    if (h.id === undefined) {
      const existing = highlightAt(lib, h.articleId, h.start, h.end);
      if (existing) return existing;
    }
    const text = textOf(lib, h.articleId);
    if (!(Number.isInteger(h.start) && Number.isInteger(h.end) && h.start >= 0 && h.end > h.start && h.end <= text.length)) {
      throw new AnnotationError(`the selection ${h.start}–${h.end} is not inside the article's text (0–${text.length})`);
    }
    const { quote } = describe(text, h.start, h.end);
    if (!quote.exact.trim()) throw new AnnotationError('the selection holds no text');
    if (h.id !== undefined && lib.db.prepare('SELECT 1 FROM highlights WHERE id = ?').get(h.id)) throw new ConflictError(`highlight ${h.id} exists already`);
    if (h.uid !== undefined && lib.db.prepare('SELECT 1 FROM highlights WHERE uid = ?').get(h.uid)) throw new ConflictError(`a highlight with global id ${h.uid} exists already`);
    const now = new Date().toISOString();
    const { lastInsertRowid } = lib.db
      .prepare(
        `INSERT INTO highlights (id, uid, article_id, exact, prefix, suffix, start, end, anchor, color, note, note_text, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'exact', ?, ?, ?, ?, ?)`,
      )
      .run(h.id ?? null, h.uid ?? null, h.articleId, quote.exact, quote.prefix, quote.suffix, h.start, h.end, h.color ?? 'yellow', h.note ? JSON.stringify(h.note) : null, h.noteText ?? '', h.createdAt ?? now, now);
    const id = Number(lastInsertRowid);
    setHighlightTags(lib, id, h.tags ?? []);
    // Undo of a delete: the claim and the evidence links that went with it come back too.
    if (h.id !== undefined) restoreStashed(lib, id);
    return getHighlight(lib, id)!;
  })();
}

/** The `occurrence`-th (1-based) place where `quote` appears in the article, for scripts. */
export function findQuote(lib: Library, articleId: number, quote: string, occurrence = 1): { start: number; end: number } {
  const text = textOf(lib, articleId);
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    at = text.indexOf(quote, at + 1);
    if (at === -1) throw new AnnotationError(n === 0 ? `“${quote}” does not occur in article ${articleId}` : `“${quote}” occurs only ${n} time${n === 1 ? '' : 's'} in article ${articleId}`);
  }
  return { start: at, end: at + quote.length };
}

export function getHighlight(lib: Library, id: number): Highlight | null {
  const r = lib.db.prepare(`SELECT h.*, ${CLAIM_COLUMNS} FROM highlights h WHERE h.id = ?`).get(id) as (Row & { claim_id: number | null; claim_status: ClaimStatus | null }) | undefined;
  return r ? toHighlight(lib, r) : null;
}

export function listHighlights(lib: Library, filter: { articleId?: number; tag?: string; color?: string } = {}): Highlight[] {
  const where: string[] = [];
  const args: unknown[] = [];
  if (filter.articleId !== undefined) {
    where.push('h.article_id = ?');
    args.push(filter.articleId);
  }
  if (filter.color) {
    where.push('h.color = ?');
    args.push(filter.color);
  }
  if (filter.tag) {
    where.push('EXISTS (SELECT 1 FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id WHERE ht.highlight_id = h.id AND t.name = ?)');
    args.push(filter.tag.normalize('NFKC').trim());
  }
  // Tags come in the same query (one row per highlight), not one query per highlight.
  const rows = lib.db
    .prepare(
      `SELECT h.*, ${CLAIM_COLUMNS}, (SELECT json_group_array(name) FROM (SELECT t.name FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id
                     WHERE ht.highlight_id = h.id ORDER BY t.name)) AS tag_names
       FROM highlights h ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY h.article_id, h.start, h.id`,
    )
    .all(...args) as (Row & { tag_names: string; claim_id: number | null; claim_status: ClaimStatus | null })[];
  return rows.map((r) => toHighlight(lib, r, JSON.parse(r.tag_names) as string[]));
}

export interface HighlightChanges {
  color?: HighlightColor;
  note?: ReadingDoc | null;
  noteText?: string;
  tags?: string[];
}

export function updateHighlight(lib: Library, id: number, changes: HighlightChanges): Highlight {
  return lib.db.transaction(() => {
    const current = getHighlight(lib, id);
    if (!current) throw new NotFoundError(`no highlight with id ${id}`);
    const note = changes.note === undefined ? current.note : changes.note;
    lib.db
      .prepare('UPDATE highlights SET color = ?, note = ?, note_text = ?, updated_at = ? WHERE id = ?')
      .run(changes.color ?? current.color, note ? JSON.stringify(note) : null, changes.noteText ?? (note ? current.noteText : ''), new Date().toISOString(), id);
    if (changes.tags) setHighlightTags(lib, id, changes.tags);
    return getHighlight(lib, id)!;
  })();
}

/**
 * Deletes a highlight and returns it whole, so the deletion can be undone; its claim and the
 * evidence links to it are kept aside for that undo (src/core/claims/removed.ts).
 */
export function deleteHighlight(lib: Library, id: number): Highlight {
  return lib.db.transaction(() => {
    const current = getHighlight(lib, id);
    if (!current) throw new NotFoundError(`no highlight with id ${id}`);
    stashClaim(lib, id, new Date());
    const tags = lib.db.prepare('SELECT tag_id FROM highlight_tags WHERE highlight_id = ?').pluck().all(id) as number[];
    lib.db.prepare('DELETE FROM highlights WHERE id = ?').run(id);
    dropUnused(lib, tags);
    return current;
  })();
}

/** Puts a highlight on a new selection: its quote and context become those of the selection. */
export function reattachHighlight(lib: Library, id: number, start: number, end: number): Highlight {
  return lib.db.transaction(() => {
    const current = getHighlight(lib, id);
    if (!current) throw new NotFoundError(`no highlight with id ${id}`);
    const text = textOf(lib, current.articleId);
    if (!(start >= 0 && end > start && end <= text.length)) throw new AnnotationError('the selection is not inside the article');
    const { quote } = describe(text, start, end);
    lib.db
      .prepare("UPDATE highlights SET exact = ?, prefix = ?, suffix = ?, start = ?, end = ?, anchor = 'exact', updated_at = ? WHERE id = ?")
      .run(quote.exact, quote.prefix, quote.suffix, start, end, new Date().toISOString(), id);
    return getHighlight(lib, id)!;
  })();
}

/**
 * Places every highlight of an article on its new text (after a re-import changed it).
 * Run inside the import's transaction; nothing is ever deleted: what cannot be placed is
 * marked orphaned and keeps its quote.
 */
/** Re-anchors an article's highlights in its new `text`; `previous` is the text they were anchored in. */
export function reanchorArticle(lib: Library, articleId: number, text: string, previous?: string): ReanchorReport {
  const report: ReanchorReport = { exact: 0, moved: 0, changed: 0, orphaned: 0 };
  const rows = lib.db.prepare('SELECT * FROM highlights WHERE article_id = ?').all(articleId) as Row[];
  const place = lib.db.prepare('UPDATE highlights SET start = ?, end = ?, anchor = ? WHERE id = ?');
  const orphan = lib.db.prepare("UPDATE highlights SET anchor = 'orphaned' WHERE id = ?");
  for (const r of rows) {
    const found = anchor(text, {
      quote: { type: 'TextQuoteSelector', exact: r.exact, prefix: r.prefix, suffix: r.suffix },
      position: { type: 'TextPositionSelector', start: r.start, end: r.end },
    }, previous);
    report[found.health]++;
    if (found.health === 'orphaned') orphan.run(r.id);
    else place.run(found.start, found.end, found.health, r.id);
  }
  return report;
}
