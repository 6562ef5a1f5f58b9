import { useCallback, useEffect, useRef, useState } from 'react';
import type { NotebookEntry } from '../../../../shared/model';
import { call } from '../../api';

export type NotebookSort = 'newest' | 'article';
const PAGE = 200;

/** The notebook's highlights for a query and order, fetched a page at a time as the list scrolls. */
export function useNotebook(query: string, sort: NotebookSort) {
  const [entries, setEntries] = useState<NotebookEntry[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const loading = useRef(false);
  const generation = useRef(0);

  useEffect(() => {
    const mine = ++generation.current;
    loading.current = true;
    setError(null);
    call('listNotebook', { query, sort, limit: PAGE, offset: 0 }).then(
      (page) => {
        if (mine !== generation.current) return;
        setEntries(page.entries);
        setTotal(page.total);
        loading.current = false;
      },
      (err: Error) => {
        if (mine !== generation.current) return;
        setError(err.message);
        loading.current = false;
      },
    );
  }, [query, sort]);

  /** Fetches the next page when the list nears the end of what is loaded. */
  const more = useCallback(() => {
    if (loading.current || total === null || entries.length >= total) return;
    const mine = generation.current;
    loading.current = true;
    void call('listNotebook', { query, sort, limit: PAGE, offset: entries.length }).then((page) => {
      if (mine === generation.current) setEntries((e) => [...e, ...page.entries]);
      loading.current = false;
    });
  }, [query, sort, total, entries.length]);

  return { entries, total, error, more };
}
