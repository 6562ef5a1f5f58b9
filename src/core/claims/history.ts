// Status decisions and their undo. The history is only appended to: an undo is a new entry
// naming the one it takes back, and restores what that decision changed besides the status
// (its check-again date consumed, the snooze lifted, the new material seen).
import type { ClaimChange, ClaimStatus } from '../../shared/model';
import { ConflictError, NotFoundError } from '../errors';
import type { Library } from '../library/db';
import { localDay } from './due';
import { claimRow } from './records';

interface HistoryRow {
  id: number;
  claim_id: number;
  status: ClaimStatus;
  previous: ClaimStatus | null;
  reason: string | null;
  at: string;
  undoes: number | null;
  before: string;
}

/** What a decision changed besides the status. */
interface Before {
  statusAt: string;
  reviewedAt: string;
  checkAgain: string | null;
  snoozedUntil: string | null;
}

export function historyOf(lib: Library, claimId: number): ClaimChange[] {
  const rows = lib.db.prepare('SELECT * FROM claim_history WHERE claim_id = ? ORDER BY id').all(claimId) as HistoryRow[];
  return rows.map((r) => ({ id: r.id, status: r.status, previous: r.previous, reason: r.reason, at: r.at, undoes: r.undoes }));
}

export function recordCreation(lib: Library, claimId: number, status: ClaimStatus, at: string): void {
  lib.db.prepare('INSERT INTO claim_history (claim_id, status, previous, at) VALUES (?, ?, NULL, ?)').run(claimId, status, at);
}

/** Sets a claim's status as a decision of the reader's: the claim counts as reviewed now. */
export function decideClaim(lib: Library, id: number, status: ClaimStatus, reason: string | null, now: Date): void {
  lib.db.transaction(() => {
    const c = claimRow(lib, id);
    if (!c) throw new NotFoundError(`no claim with id ${id}`);
    const at = now.toISOString();
    const before: Before = { statusAt: c.status_at, reviewedAt: c.reviewed_at, checkAgain: c.check_again, snoozedUntil: c.snoozed_until };
    // A check-again day that has come is answered by this decision; a later one still stands.
    const checkAgain = c.check_again && c.check_again <= localDay(now) ? null : c.check_again;
    lib.db
      .prepare('UPDATE claims SET status = ?, status_at = ?, reviewed_at = ?, check_again = ?, snoozed_until = NULL, updated_at = ? WHERE id = ?')
      .run(status, status === c.status ? c.status_at : at, at, checkAgain, at, id);
    lib.db
      .prepare('INSERT INTO claim_history (claim_id, status, previous, reason, at, before) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, status, c.status, reason?.trim() || null, at, JSON.stringify(before));
  })();
}

/**
 * The decisions in force, oldest first: every decision not taken back by a later undo. Only
 * the last of them can be undone, so undoing twice walks back two decisions in order.
 */
function decisionsInForce(rows: HistoryRow[]): HistoryRow[] {
  const stack: HistoryRow[] = [];
  for (const r of rows) {
    if (r.undoes !== null) {
      const at = stack.findIndex((d) => d.id === r.undoes);
      if (at >= 0) stack.splice(at, 1);
    } else if (r.previous !== null) stack.push(r);
  }
  return stack;
}

export function undoDecision(lib: Library, id: number, change: number, now: Date): void {
  lib.db.transaction(() => {
    const c = claimRow(lib, id);
    if (!c) throw new NotFoundError(`no claim with id ${id}`);
    const rows = lib.db.prepare('SELECT * FROM claim_history WHERE claim_id = ? ORDER BY id').all(id) as HistoryRow[];
    const target = rows.find((r) => r.id === change);
    if (!target || target.previous === null || target.undoes !== null) throw new NotFoundError(`claim ${id} has no decision ${change} to undo`);
    if (rows.some((r) => r.undoes === change)) throw new ConflictError(`decision ${change} of claim ${id} was undone already`);
    const latest = decisionsInForce(rows).at(-1);
    if (latest?.id !== change) throw new ConflictError(`decision ${change} of claim ${id} is not its latest one; undo the later decisions first`);
    const before = JSON.parse(target.before) as Before;
    const at = now.toISOString();
    lib.db
      .prepare('UPDATE claims SET status = ?, status_at = ?, reviewed_at = ?, check_again = ?, snoozed_until = ?, updated_at = ? WHERE id = ?')
      .run(target.previous, before.statusAt, before.reviewedAt, before.checkAgain, before.snoozedUntil, at, id);
    lib.db.prepare('INSERT INTO claim_history (claim_id, status, previous, reason, at, undoes) VALUES (?, ?, ?, NULL, ?, ?)').run(id, target.previous, c.status, at, change);
  })();
}
