// What the review's keys and buttons do to the claims, and the undo of each: `u` takes
// back the last action, then the one before (a decision through the core's undoDecision,
// a "later" by restoring the previous date, a link by unlinking, a removal by linking again).
import { useCallback, useRef } from 'react';
import type { CallInput } from '../../../../shared/api';
import type { ClaimStatus, Evidence, EvidenceRelation } from '../../../../shared/model';
import { call } from '../../api';
import { addDays, today } from './days';
import { messageOf } from './errors';
import type { ClaimOnScreen } from './useClaim';
import type { ReviewHistory } from './useReviewHistory';
import type { ReviewQueue } from './useReviewQueue';

type Target = CallInput<'linkEvidence'>['target'];

function targetOf(e: Evidence): Target {
  if (e.kind === 'url') return { url: e.url ?? '', title: e.title ?? '' };
  if (e.kind === 'claim' && e.claimId !== null) return { claimId: e.claimId };
  return { highlightId: e.highlightId! };
}

export function useReviewActions(queue: ReviewQueue, shown: ClaimOnScreen, history: ReviewHistory, onChanged: () => void) {
  const { push, pop, setNotice } = history;

  /**
   * Runs a change once the ones before it are done, so that keys pressed quickly (2 then u)
   * act in the order pressed; a failure becomes the status line. Resolves to whether it worked.
   */
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const run = useCallback(
    (change: () => Promise<void>): Promise<boolean> => {
      const step = chain.current.then(async () => {
        try {
          await change();
          return true;
        } catch (e) {
          setNotice({ failed: messageOf(e) });
          return false;
        } finally {
          onChanged();
        }
      });
      chain.current = step;
      return step;
    },
    [onChanged, setNotice],
  );

  /** Shows `id` once the list is fetched again; the card is fetched again if it stays on screen. */
  const refresh = useCallback(
    async (id: number | undefined) => {
      const same = id === undefined || id === queue.current?.id;
      await queue.reload(id);
      if (same) await shown.reload();
    },
    [queue, shown],
  );

  const decide = useCallback(
    (id: number, status: ClaimStatus, reason?: string) =>
      run(async () => {
        const claim = await call('decideClaim', { id, status, ...(reason?.trim() ? { reason: reason.trim() } : {}) });
        push({ kind: 'decide', claimId: id, change: claim.history.at(-1)!.id, status });
        await refresh(queue.after(id));
      }),
    [run, push, refresh, queue],
  );

  const later = useCallback(
    (id: number, previous: string | null, days: number) =>
      run(async () => {
        const until = addDays(today(), days);
        await call('updateClaim', { id, snoozedUntil: until });
        push({ kind: 'later', claimId: id, previous, until });
        await refresh(queue.after(id));
      }),
    [run, push, refresh, queue],
  );

  const link = useCallback(
    (claimId: number, relation: EvidenceRelation, target: Target) =>
      run(async () => {
        const evidence = await call('linkEvidence', { claimId, relation, target });
        push({ kind: 'link', claimId, evidence });
        await shown.reload();
      }),
    [run, push, shown],
  );

  const unlink = useCallback(
    (claimId: number, evidence: Evidence) =>
      run(async () => {
        const removed = await call('unlinkEvidence', { id: evidence.id });
        push({ kind: 'unlink', claimId, evidence: removed });
        await shown.reload();
      }),
    [run, push, shown],
  );

  const setCheckAgain = useCallback(
    (id: number, day: string | null) =>
      run(async () => {
        await call('updateClaim', { id, checkAgain: day });
        setNotice({ checkAgain: true });
        await refresh(id);
      }),
    [run, setNotice, refresh],
  );

  const undo = useCallback(
    () =>
      run(async () => {
        const action = pop();
        if (!action) return setNotice({ nothing: true });
        if (action.kind === 'decide') await call('undoDecision', { id: action.claimId, change: action.change });
        else if (action.kind === 'later') await call('updateClaim', { id: action.claimId, snoozedUntil: action.previous });
        else if (action.kind === 'link') await call('unlinkEvidence', { id: action.evidence.id });
        else await call('linkEvidence', { claimId: action.claimId, relation: action.evidence.relation, target: targetOf(action.evidence) });
        setNotice({ undone: true, action });
        await refresh(action.claimId);
      }),
    [run, pop, setNotice, refresh],
  );

  return { decide, later, link, unlink, setCheckAgain, undo };
}
