import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleSummary, LibraryFacet } from '../../../../shared/model';
import { call } from '../../api';
import { LIBRARY_CHANGED } from './article-actions';
import { loadPrefs, savePrefs, type LibraryPrefs } from './library-prefs';

export interface Facets {
  tags: LibraryFacet[];
  sites: LibraryFacet[];
  authors: LibraryFacet[];
}

/**
 * How many articles a list not yet shown draws first: more than the tallest screen holds. In a
 * library of 10,000 the whole list takes half a second to read and send; its first screen, 40 ms.
 */
const FIRST_SCREEN = 60;

/**
 * The articles of the chosen view (`complete` once all of them are there, not just the first
 * screen), the side panel's facets, and the remembered view, sort and filter.
 */
export function useLibrary(refreshKey: number) {
  const [prefs, setPrefsState] = useState<LibraryPrefs>(loadPrefs);
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [complete, setComplete] = useState(false);
  // The view and sort the list on screen holds: a refresh of it is replaced whole, in one step,
  // so the rows and the scroll never jump back to a first screen.
  const holds = useRef<string | null>(null);
  const [libraryEmpty, setLibraryEmpty] = useState(false);
  const [facets, setFacets] = useState<Facets>({ tags: [], sites: [], authors: [] });
  const [changes, setChanges] = useState(0);

  const setPrefs = useCallback((p: LibraryPrefs) => {
    savePrefs(p);
    setPrefsState(p);
  }, []);

  useEffect(() => {
    const onChange = () => setChanges((n) => n + 1);
    window.addEventListener(LIBRARY_CHANGED, onChange);
    return () => window.removeEventListener(LIBRARY_CHANGED, onChange);
  }, []);

  useEffect(() => {
    let live = true;
    const sort = prefs.sort;
    const view = prefs.view;
    const key = `${view}:${sort}`;
    const show = ({ list, empty }: { list: ArticleSummary[]; empty: boolean }, whole: boolean) => {
      holds.current = key;
      setArticles(list);
      setLibraryEmpty(empty);
      setComplete(whole);
    };
    const load = async (limit?: number) => {
      const list = await call('listArticles', { sort, view, limit });
      // An empty view of a library that has articles elsewhere is not an empty library.
      const empty = list.length === 0 && view !== 'trash' && (await call('listArticles', { sort: 'imported', view: 'all', limit: 1 })).length === 0;
      return { list, empty };
    };
    void (async () => {
      if (holds.current !== key) {
        const first = await load(FIRST_SCREEN);
        if (!live) return;
        const whole = first.list.length < FIRST_SCREEN;
        show(first, whole);
        if (whole) return;
      }
      const all = await load();
      if (live) show(all, true);
    })();
    // Asked for after the list, which the server then answers first.
    void call('libraryFacets', {}).then((f) => live && setFacets(f));
    return () => {
      live = false;
    };
  }, [prefs.sort, prefs.view, refreshKey, changes]);

  return { prefs, setPrefs, articles, complete, facets, libraryEmpty };
}
