// What the library remembers across restarts: the view (Inbox, Archive, Trash), the sort and
// the filter. Kept in the renderer's local storage: it is how this window was left, not a
// setting of the library.
import type { z } from 'zod';
import { ArticleView, Sort } from '../../../../shared/api';
import type { ArticleSummary } from '../../../../shared/model';

export type LibraryView = z.infer<typeof ArticleView>;
export type LibrarySort = z.infer<typeof Sort>;

export interface LibraryFilter {
  text: string;
  tag: string | null;
  site: string | null;
  author: string | null;
}

export interface LibraryPrefs {
  view: LibraryView;
  sort: LibrarySort;
  filter: LibraryFilter;
}

const KEY = 'gloss.library';
export const DEFAULT_PREFS: LibraryPrefs = { view: 'inbox', sort: 'imported', filter: { text: '', tag: null, site: null, author: null } };

const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, 200) : null);

/** Reads what was saved, keeping only what is still valid (the storage is not trusted). */
export function parsePrefs(raw: string | null): LibraryPrefs {
  try {
    const v = JSON.parse(raw ?? '{}') as Partial<Record<keyof LibraryPrefs, unknown>> & { filter?: Record<string, unknown> };
    const view = ArticleView.safeParse(v.view);
    const sort = Sort.safeParse(v.sort);
    const f = v.filter ?? {};
    return {
      view: view.success ? view.data : DEFAULT_PREFS.view,
      sort: sort.success ? sort.data : DEFAULT_PREFS.sort,
      filter: { text: text(f.text) ?? '', tag: text(f.tag), site: text(f.site), author: text(f.author) },
    };
  } catch {
    return DEFAULT_PREFS;
  }
}

export const loadPrefs = (): LibraryPrefs => parsePrefs(localStorage.getItem(KEY));
export const savePrefs = (p: LibraryPrefs) => localStorage.setItem(KEY, JSON.stringify(p));

export function matchesFilter(a: ArticleSummary, f: LibraryFilter): boolean {
  if (f.tag && !a.tags.some((t) => t.toLowerCase() === f.tag!.toLowerCase())) return false;
  if (f.site && a.site !== f.site) return false;
  if (f.author && a.author !== f.author) return false;
  const q = f.text.trim().toLowerCase();
  return !q || [a.title, a.author, a.site, a.excerpt].some((v) => v?.toLowerCase().includes(q));
}

export const isFiltered = (f: LibraryFilter) => Boolean(f.text.trim() || f.tag || f.site || f.author);
