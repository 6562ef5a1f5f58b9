import { useCallback, useEffect, useRef, useState } from 'react';
import { OPEN_STATUSES, type ClaimSummary, type ReviewFilter } from '../../../../shared/model';
import { call } from '../../api';
import { messageOf } from './errors';

/**
 * A filter on a settled status (contradicted, supported…) would show an empty queue if it
 * kept to what is due, so it lists every matching claim instead, for checking them again.
 */
export const showsSettled = (filter: ReviewFilter) => filter.status !== undefined && !OPEN_STATUSES.includes(filter.status);

export interface ReviewQueue {
  claims: ClaimSummary[] | null;
  error: string | null;
  current: ClaimSummary | null;
  index: number;
  move: (by: number) => void;
  /** Fetches the list again and shows `show` if it is still in it (else the current one, else the first). */
  reload: (show?: number) => Promise<void>;
  /** The claim to show once `id` has left the list: the one after it, else the one before. */
  after: (id: number) => number | undefined;
}

export function useReviewQueue(filter: ReviewFilter, refreshKey: number): ReviewQueue {
  const [claims, setClaims] = useState<ClaimSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [currentId, setCurrentId] = useState<number | null>(null);
  const filterKey = JSON.stringify(filter);
  // A reload started before the filter changed (an action's refresh) fetches what is shown now.
  const shownFilter = useRef(filter);
  shownFilter.current = filter;
  /** Answers can arrive out of order; only the latest request's is shown. */
  const latest = useRef(0);

  const reload = useCallback(async (show?: number) => {
    const request = ++latest.current;
    const f = shownFilter.current;
    try {
      const list = await call('listClaims', { ...f, due: !showsSettled(f) });
      if (request !== latest.current) return;
      setClaims(list);
      setError(null);
      setCurrentId((cur) => {
        const wanted = show ?? cur;
        return list.some((c) => c.id === wanted) ? wanted : (list[0]?.id ?? null);
      });
    } catch (e) {
      if (request === latest.current) setError(messageOf(e));
    }
  }, []);

  useEffect(() => {
    setClaims(null);
    void reload();
  }, [reload, filterKey, refreshKey]);

  const index = claims ? Math.max(0, claims.findIndex((c) => c.id === currentId)) : 0;
  const move = useCallback(
    (by: number) => {
      if (!claims?.length) return;
      setCurrentId(claims[Math.min(claims.length - 1, Math.max(0, index + by))].id);
    },
    [claims, index],
  );
  const after = useCallback(
    (id: number) => {
      const i = claims?.findIndex((c) => c.id === id) ?? -1;
      return i < 0 ? undefined : (claims![i + 1] ?? claims![i - 1])?.id;
    },
    [claims],
  );

  return { claims, error, current: claims?.[index] ?? null, index, move, reload, after };
}
