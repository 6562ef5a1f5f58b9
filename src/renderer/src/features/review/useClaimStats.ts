import { useEffect, useRef, useState } from 'react';
import type { ClaimStats } from '../../../../shared/model';
import { call } from '../../api';
import { messageOf } from './errors';

/** The claims' counts (dashboard, filters, the top bar's due count), fetched again when `refreshKey` changes. */
export function useClaimStats(refreshKey: unknown): { stats: ClaimStats | null; error: string | null } {
  const [stats, setStats] = useState<ClaimStats | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  useEffect(() => {
    const request = ++latest.current;
    call('claimStats', {})
      .then((s) => {
        if (request !== latest.current) return;
        setStats(s);
        setError(null);
      })
      .catch((e) => request === latest.current && setError(messageOf(e)));
  }, [refreshKey]);
  return { stats, error };
}
