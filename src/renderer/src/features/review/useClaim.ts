import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClaimDetail, Suggestion } from '../../../../shared/model';
import { call } from '../../api';
import { messageOf } from './errors';

export interface ClaimOnScreen {
  claim: ClaimDetail | null;
  error: string | null;
  /** Evidence at hand; null while it is being looked for. */
  suggestions: Suggestion[] | null;
  suggestionsError: string | null;
  reload: () => Promise<void>;
}

/** The claim on screen, with its passages from other articles (fetched apart: the card need not wait). */
export function useClaim(id: number | null): ClaimOnScreen {
  const [claim, setClaim] = useState<ClaimDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [suggestions, setSuggestions] = useState<Suggestion[] | null>(null);
  const [suggestionsError, setSuggestionsError] = useState<string | null>(null);
  /** Moving on quickly (j j j) must not let an older claim's answer land on a newer one. */
  const shown = useRef(id);
  shown.current = id;

  const reload = useCallback(async () => {
    if (id === null) return;
    await Promise.all([
      call('getClaim', { id })
        .then((c) => {
          if (shown.current !== id) return;
          setClaim(c);
          setError(null);
        })
        .catch((e) => shown.current === id && setError(messageOf(e))),
      call('claimSuggestions', { id })
        .then((s) => {
          if (shown.current !== id) return;
          setSuggestions(s);
          setSuggestionsError(null);
        })
        .catch((e) => shown.current === id && setSuggestionsError(messageOf(e))),
    ]);
  }, [id]);

  useEffect(() => {
    setClaim(null);
    setError(null);
    setSuggestions(null);
    setSuggestionsError(null);
    void reload();
  }, [reload]);

  return { claim: claim?.id === id ? claim : null, error, suggestions, suggestionsError, reload };
}
