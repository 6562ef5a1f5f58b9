// Whether a claim is in the review queue, why, and since when. This is verification, not
// memory: a claim is due because of what it is (open), what the reader asked (check again
// on a day), or what arrived (new material), never because of a repetition schedule.
import { OPEN_STATUSES, type ClaimStatus, type DueReason } from '../../shared/model';

export interface DueFacts {
  status: ClaimStatus;
  /** ISO time of the last status change. */
  statusAt: string;
  checkAgain: string | null;
  snoozedUntil: string | null;
  /** ISO time the oldest article that is new material for it was found, or null. */
  newMaterialSince: string | null;
}

export interface DueState {
  due: boolean;
  reasons: DueReason[];
  /** The queue's order, oldest first: when it became due (or will, when snoozed). */
  since: string;
}

/** `today` is the local calendar day, YYYY-MM-DD. */
export function dueState(c: DueFacts, today: string): DueState {
  const reasons: DueReason[] = [];
  const times: string[] = [];
  if (OPEN_STATUSES.includes(c.status)) {
    reasons.push(c.status as DueReason);
    times.push(c.statusAt);
  }
  if (c.checkAgain && c.checkAgain <= today) {
    reasons.push('check-again');
    times.push(c.checkAgain);
  }
  if (c.newMaterialSince) {
    reasons.push('new-material');
    times.push(c.newMaterialSince);
  }
  // Dates (YYYY-MM-DD) and ISO times compare as strings: a day sorts before its own times.
  let since = times.length ? times.reduce((a, b) => (b < a ? b : a)) : (c.checkAgain ?? c.statusAt);
  const snoozed = c.snoozedUntil !== null && c.snoozedUntil > today;
  // Put off claims come back behind those that waited all along.
  if (c.snoozedUntil && c.snoozedUntil > since) since = c.snoozedUntil;
  return { due: reasons.length > 0 && !snoozed, reasons, since };
}

/** The local calendar day of a moment, YYYY-MM-DD (what "tomorrow" and check-again dates mean to the reader). */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
