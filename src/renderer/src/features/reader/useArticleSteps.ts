// j/k in the reader: the next and previous article in the order the library shows them.
import { useCallback } from 'react';
import { call } from '../../api';
import { libraryOrder } from '../../app/library-order';

/** Asks for the list only when a step is taken: most readings never take one. */
export function useArticleSteps(id: number, open: (id: number) => void): (by: 1 | -1) => void {
  return useCallback(
    (by) => {
      void call('listArticles', { sort: libraryOrder() }).then((list) => {
        const at = list.findIndex((a) => a.id === id);
        const next = at === -1 ? undefined : list[at + by];
        if (next) open(next.id);
      });
    },
    [id, open],
  );
}
