import { useEffect, useState } from 'react';
import type { Highlight } from '../../../../shared/model';
import { call } from '../../api';
import type { ReaderSearch } from '../../app/route';

export interface SearchMarks {
  /** Every match of the query in the article's text, in order. */
  matches: [number, number][];
  /** The match shown (an index into `matches`), once known. */
  current: number | undefined;
  step: (by: 1 | -1) => void;
}

/** Which match to start on: the one opened, or the first at or after the highlight opened. */
function startAt(matches: [number, number][], search: ReaderSearch, highlights: Highlight[]): number {
  const from = search.at ?? highlights.find((h) => h.id === search.highlight)?.start;
  if (from === undefined) return 0;
  const i = matches.findIndex(([start]) => start >= from);
  return i === -1 ? 0 : i;
}

/** The search a reader was opened with: its matches marked, one of them current, n/N to move. */
export function useSearchMarks(articleId: number, search: ReaderSearch | undefined, highlights: Highlight[]): SearchMarks {
  const [matches, setMatches] = useState<[number, number][]>([]);
  const [current, setCurrent] = useState<number | undefined>(undefined);
  const q = search?.q;

  useEffect(() => {
    setMatches([]);
    setCurrent(undefined);
    if (!q) return;
    let live = true;
    void call('searchInArticle', { articleId, query: q }).then((r) => {
      if (!live) return;
      setMatches(r.matches);
      // A result on a highlight scrolls to the highlight itself; the marks wait for n.
      setCurrent(search?.highlight !== undefined || r.matches.length === 0 ? undefined : startAt(r.matches, search!, highlights));
    });
    return () => {
      live = false;
    };
    // Deliberately not on `highlights`: they only place the first match, and a new one
    // must not move the reader.
  }, [articleId, q, search?.at, search?.highlight]);

  const step = (by: 1 | -1) => {
    if (matches.length === 0) return;
    setCurrent((c) => (c === undefined ? (by === 1 ? startAt(matches, search!, highlights) : matches.length - 1) : (c + by + matches.length) % matches.length));
  };

  return { matches, current, step };
}
