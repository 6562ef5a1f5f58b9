import { useEffect, useState } from 'react';
import type { ClaimSummary } from '../../../../shared/model';
import { call } from '../../api';

/** Every claim but this one, to link as evidence. */
export function useOtherClaims(claimId: number): ClaimSummary[] {
  const [claims, setClaims] = useState<ClaimSummary[]>([]);
  useEffect(() => {
    let live = true;
    call('listClaims', {})
      .then((all) => live && setClaims(all.filter((c) => c.id !== claimId)))
      .catch(() => live && setClaims([]));
    return () => {
      live = false;
    };
  }, [claimId]);
  return claims;
}
