// j/k in the reader: the next and previous article as the library shows them (its view,
// order and filter, as it was last left).
import { useCallback } from 'react';
import { call } from '../../api';
import { loadPrefs, matchesFilter } from '../library/library-prefs';

/** Asks for the list only when a step is taken: most readings never take one. */
export function useArticleSteps(id: number, open: (id: number) => void): (by: 1 | -1) => void {
  return useCallback(
    (by) => {
      const { view, sort, filter } = loadPrefs();
      void call('listArticles', { sort, view }).then((all) => {
        const list = all.filter((a) => a.id === id || matchesFilter(a, filter));
        const at = list.findIndex((a) => a.id === id);
        const next = at === -1 ? undefined : list[at + by];
        if (next) open(next.id);
      });
    },
    [id, open],
  );
}
