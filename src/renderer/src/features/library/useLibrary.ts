import { useCallback, useEffect, useState } from 'react';
import type { ArticleSummary, LibraryFacet } from '../../../../shared/model';
import { call } from '../../api';
import { LIBRARY_CHANGED } from './article-actions';
import { loadPrefs, savePrefs, type LibraryPrefs } from './library-prefs';

export interface Facets {
  tags: LibraryFacet[];
  sites: LibraryFacet[];
  authors: LibraryFacet[];
}

/** The articles of the chosen view, the side panel's facets, and the remembered view, sort and filter. */
export function useLibrary(refreshKey: number) {
  const [prefs, setPrefsState] = useState<LibraryPrefs>(loadPrefs);
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
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
    void (async () => {
      const [list, f] = await Promise.all([call('listArticles', { sort: prefs.sort, view: prefs.view }), call('libraryFacets', {})]);
      // An empty view of a library that has articles elsewhere is not an empty library.
      const empty = list.length === 0 && prefs.view !== 'trash' && (await call('listArticles', { sort: 'imported', view: 'all' })).length === 0;
      if (!live) return;
      setArticles(list);
      setFacets(f);
      setLibraryEmpty(empty);
    })();
    return () => {
      live = false;
    };
  }, [prefs.sort, prefs.view, refreshKey, changes]);

  return { prefs, setPrefs, articles, facets, libraryEmpty };
}
