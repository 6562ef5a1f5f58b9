// The notebook: every highlight in the library (not in the Trash), newest first or grouped by
// article, narrowed by a query in the search's own language (words, tag:, color:, site:,
// before:/after:, is:claim, status:). A page at a time: a library can hold 100,000.
import type { ClaimStatus, LibraryFacet, NotebookEntry, NotebookPage } from '../../shared/model';
import type { Library } from '../library/db';
import { matchingIds } from '../search/search';
import { CLAIM_COLUMNS, toHighlight, type Row } from './highlights';

export type NotebookSort = 'newest' | 'article';

const ORDER: Record<NotebookSort, string> = {
  newest: 'h.created_at DESC, h.id DESC',
  article: 'a.imported_at DESC, a.id DESC, h.start, h.id',
};

/** The highlights a query selects: its quotes, their notes, and the claims made of them. */
function selected(lib: Library, query: string): number[] {
  const m = matchingIds(lib, query);
  return [...new Set([...m.highlights, ...m.notes.highlights, ...m.claims.statements, ...m.claims.notes])];
}

export function listNotebook(lib: Library, options: { query?: string; sort?: NotebookSort; limit?: number; offset?: number } = {}): NotebookPage {
  const query = options.query?.trim() ?? '';
  const only = query ? JSON.stringify(selected(lib, query)) : null;
  const where = only ? 'h.id IN (SELECT value FROM json_each(@only))' : '1';
  const from = 'FROM highlights h JOIN live_articles a ON a.id = h.article_id';
  const total = lib.db.prepare(`SELECT count(*) ${from} WHERE ${where}`).pluck().get(only ? { only } : {}) as number;
  const rows = lib.db
    .prepare(
      `SELECT h.*, ${CLAIM_COLUMNS}, a.title AS article_title, a.site AS article_site, a.date AS article_date,
         (SELECT json_group_array(name) FROM (SELECT t.name FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id WHERE ht.highlight_id = h.id ORDER BY t.name)) AS tag_names
       ${from} WHERE ${where} ORDER BY ${ORDER[options.sort ?? 'newest']} LIMIT @limit OFFSET @offset`,
    )
    .all({ ...(only ? { only } : {}), limit: options.limit ?? 100, offset: options.offset ?? 0 }) as (Row & {
    claim_id: number | null;
    claim_status: ClaimStatus | null;
    tag_names: string;
    article_title: string;
    article_site: string | null;
    article_date: string | null;
  })[];
  const entries: NotebookEntry[] = rows.map((r) => ({
    ...toHighlight(lib, r, JSON.parse(r.tag_names) as string[]),
    article: { id: r.article_id, title: r.article_title, site: r.article_site, date: r.article_date },
  }));
  return { total, entries };
}

/** What the library's side panel filters by: tags, sites and authors, each with how many articles it covers. */
export function libraryFacets(lib: Library): { tags: LibraryFacet[]; sites: LibraryFacet[]; authors: LibraryFacet[] } {
  const facet = (sql: string) => lib.db.prepare(sql).all() as LibraryFacet[];
  return {
    tags: facet(
      `SELECT name, count(DISTINCT article_id) AS count FROM (
         SELECT t.name, at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id
         UNION ALL SELECT t.name, h.article_id FROM highlight_tags ht JOIN highlights h ON h.id = ht.highlight_id JOIN tags t ON t.id = ht.tag_id
       ) x JOIN live_articles a ON a.id = x.article_id GROUP BY name ORDER BY count DESC, name`,
    ),
    sites: facet("SELECT site AS name, count(*) AS count FROM live_articles WHERE coalesce(site, '') <> '' GROUP BY site ORDER BY count DESC, site"),
    authors: facet("SELECT author AS name, count(*) AS count FROM live_articles WHERE coalesce(author, '') <> '' GROUP BY author ORDER BY count DESC, author"),
  };
}
