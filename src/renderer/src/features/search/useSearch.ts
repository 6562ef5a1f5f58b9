import { useEffect, useRef, useState } from 'react';
import type { SearchResults } from '../../../../shared/model';
import { call } from '../../api';

const PAGE = 20;
/** Long enough to skip the calls for a word still being typed, short enough to feel instant. */
const SETTLE_MS = 60;

export interface SearchState {
  results: SearchResults | null;
  /** The query the results are for (the field may already hold more). */
  shown: string;
  loading: boolean;
  error: string | null;
  more: () => void;
}

/**
 * Results for a query as it is typed. Typing is never held up: the field owns its text, a
 * call goes out once the keys pause, and an answer to an older query is dropped.
 */
export function useSearch(query: string): SearchState {
  const [results, setResults] = useState<SearchResults | null>(null);
  const [shown, setShown] = useState('');
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    if (!query.trim()) {
      setResults(null);
      setShown('');
      setLoading(false);
      return;
    }
    setLoading(true);
    const timer = setTimeout(() => {
      call('search', { query, limit: PAGE })
        .then((r) => {
          if (ticket !== latest.current) return;
          setResults(r);
          setShown(query);
          setError(null);
        })
        .catch((e: Error) => ticket === latest.current && setError(e.message))
        .finally(() => ticket === latest.current && setLoading(false));
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const more = () => {
    if (!results) return;
    const ticket = latest.current;
    void call('search', { query: shown, limit: PAGE, offset: results.articles.length }).then((r) => {
      if (ticket === latest.current) setResults({ ...r, articles: [...results.articles, ...r.articles] });
    });
  };

  return { results, shown, loading, error, more };
}
