import { useEffect, useState } from 'react';
import { useClaimStats } from './useClaimStats';

const MINUTE = 60_000;

/**
 * How many claims are due, for the top bar: fetched again when `refreshKey` changes, when
 * the window comes back into focus, and every minute, since claims are also made in the
 * reader and a day's turn brings back what was put off.
 */
export function useDueCount(refreshKey: string): number | undefined {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const again = () => setTick((n) => n + 1);
    const timer = setInterval(again, MINUTE);
    window.addEventListener('focus', again);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', again);
    };
  }, []);
  return useClaimStats(`${refreshKey}:${tick}`).stats?.due;
}
