// Claims made from highlights: making, reading, editing and removing them. One claim per
// highlight; its subjects are the highlight's tags, its words the highlight's quote.
import type { Claim, ClaimDetail, ReadingDoc } from '../../shared/model';
import { articleText } from '../library/articles';
import type { Library } from '../library/db';
import { NotFoundError } from '../errors';
import { citedBy, evidenceOf } from './evidence';
import { historyOf, recordCreation } from './history';
import { claimIdOfHighlight, claimRow, readClaim } from './records';
import { stashClaim } from './removed';

export function getClaim(lib: Library, id: number, now = new Date()): Claim | null {
  const core = readClaim(lib, id, now);
  if (!core) return null;
  return { ...core, history: historyOf(lib, id), evidence: evidenceOf(lib, id), citedBy: citedBy(lib, id, core.highlightId) };
}

function mustGet(lib: Library, id: number, now: Date): Claim {
  const claim = getClaim(lib, id, now);
  if (!claim) throw new NotFoundError(`no claim with id ${id}`);
  return claim;
}

/** Around this many characters of the highlight's paragraph are shown with it. */
const PASSAGE = 600;

/** The paragraph a highlight sits in, cut to about PASSAGE characters around it. */
function passageAround(text: string, start: number, end: number): ClaimDetail['passage'] {
  let from = text.lastIndexOf('\n\n', start - 1);
  from = from < 0 ? 0 : from + 2;
  let to = text.indexOf('\n\n', end);
  if (to < 0) to = text.length;
  const room = Math.max(0, PASSAGE - (end - start));
  from = Math.max(from, start - Math.floor(room / 2));
  to = Math.min(to, end + Math.ceil(room / 2));
  return { text: text.slice(from, to), start: start - from, end: end - from };
}

/** A claim with what its card shows: the article and the passage around its words. */
export function claimDetail(lib: Library, id: number, now = new Date()): ClaimDetail {
  const claim = mustGet(lib, id, now);
  const article = lib.db.prepare('SELECT id, title, site, date, url FROM articles WHERE id = ?').get(claim.articleId) as ClaimDetail['article'];
  const h = lib.db.prepare('SELECT start, end FROM highlights WHERE id = ?').get(claim.highlightId) as { start: number; end: number };
  const text = claim.anchor === 'orphaned' ? undefined : articleText(lib, claim.articleId);
  return { ...claim, article, passage: text === undefined ? null : passageAround(text, h.start, h.end) };
}

/** Makes a highlight a claim; a highlight that is one already keeps the claim it has. */
export function createClaim(lib: Library, highlightId: number, statement?: string, now = new Date()): Claim {
  const id = lib.db.transaction(() => {
    const existing = claimIdOfHighlight(lib, highlightId);
    if (existing !== undefined) return existing;
    const quote = lib.db.prepare('SELECT exact FROM highlights WHERE id = ?').pluck().get(highlightId) as string | undefined;
    if (quote === undefined) throw new NotFoundError(`no highlight with id ${highlightId}`);
    const at = now.toISOString();
    const { lastInsertRowid } = lib.db
      .prepare("INSERT INTO claims (highlight_id, statement, status, reviewed_at, status_at, created_at, updated_at) VALUES (?, ?, 'to-check', ?, ?, ?, ?)")
      .run(highlightId, (statement ?? quote).trim().replace(/\s+/g, ' '), at, at, at, at);
    const id = Number(lastInsertRowid);
    recordCreation(lib, id, 'to-check', at);
    return id;
  })();
  return mustGet(lib, id, now);
}

export interface ClaimChanges {
  statement?: string;
  note?: ReadingDoc | null;
  noteText?: string;
  checkAgain?: string | null;
  snoozedUntil?: string | null;
}

export function updateClaim(lib: Library, id: number, changes: ClaimChanges, now = new Date()): Claim {
  lib.db.transaction(() => {
    const c = claimRow(lib, id);
    if (!c) throw new NotFoundError(`no claim with id ${id}`);
    const note = changes.note === undefined ? c.note : changes.note ? JSON.stringify(changes.note) : null;
    lib.db
      .prepare('UPDATE claims SET statement = ?, note = ?, note_text = ?, check_again = ?, snoozed_until = ?, updated_at = ? WHERE id = ?')
      .run(
        changes.statement?.trim().replace(/\s+/g, ' ') || c.statement,
        note,
        changes.noteText ?? (note ? c.note_text : ''),
        changes.checkAgain === undefined ? c.check_again : changes.checkAgain,
        changes.snoozedUntil === undefined ? c.snoozed_until : changes.snoozedUntil,
        now.toISOString(),
        id,
      );
  })();
  return mustGet(lib, id, now);
}

/** Removes a claim (its highlight stays) and keeps it whole for `restoreClaim`; returns it as it was. */
export function deleteClaim(lib: Library, id: number, now = new Date()): Claim {
  return lib.db.transaction(() => {
    const claim = mustGet(lib, id, now);
    stashClaim(lib, claim.highlightId, now);
    lib.db.prepare('DELETE FROM claims WHERE id = ?').run(id);
    return claim;
  })();
}
