// Searching the library: every matching item through the FTS index, grouped by article and
// ranked (title matches first, then articles whose highlights or notes match, then by
// relevance and recency); snippets and counts are cut from the original text for the page
// shown only.
import type { HighlightColor, SearchArticle, SearchHit, SearchResults } from '../../shared/model';
import type { Library } from '../library/db';
import { populate } from '../library/migrations/0004_search';
import { compileQuery, type CompiledQuery } from './compile';
import { allRows, itemFilter } from './filters';
import { ARTICLE, ARTICLE_NOTE, HIGHLIGHT_NOTE, QUOTE, decodeRow, type Item } from './items';
import { highlightArticles } from './sql-functions';
import { hasFilters, parseQuery, type ParsedQuery } from './query';
import { findMatches, snippetAround } from './snippets';

export interface SearchOptions {
  /** Articles to return (all when absent). */
  limit?: number;
  offset?: number;
  /** Highlights and notes listed per article (all when absent). */
  hitsPerArticle?: number;
  /** Snippets of the article's own text listed per article. */
  textHits?: number;
}

interface Group {
  article: number;
  items: Item[];
  text: boolean;
}

/** Items with the article each belongs to, in two parallel arrays. */
interface Matched {
  items: Item[];
  articles: number[];
}

/**
 * The ids of every row matching an FTS expression. One JSON array from SQLite is half the
 * cost of a JavaScript row per id when a common character matches 100,000 of them.
 */
function matchingRows(lib: Library, match: string): number[] {
  return JSON.parse(lib.db.prepare('SELECT json_group_array(rowid) FROM search WHERE search MATCH ?').pluck().get(match) as string) as number[];
}

/** Every item the query matches, after its filters. */
function matchingItems(lib: Library, parsed: ParsedQuery, compiled: CompiledQuery): Matched {
  const filter = itemFilter(lib, parsed.filters);
  let rows: number[];
  if (compiled.match) rows = matchingRows(lib, compiled.match);
  else if (filter) rows = allRows(lib);
  else return { items: [], articles: [] };
  const items = rows.map(decodeRow);
  const articles = highlightArticles(lib.db).articlesOf(items);
  if (!filter) return { items, articles };
  const kept: Matched = { items: [], articles: [] };
  items.forEach((item, i) => {
    if (!filter(item, articles[i])) return;
    kept.items.push(item);
    kept.articles.push(articles[i]);
  });
  return kept;
}

/** The ids of everything a query matches, by kind (for tests, benchmarks and scripts). */
export function matchingIds(lib: Library, query: string): { articles: number[]; highlights: number[]; notes: { highlights: number[]; articles: number[] } } {
  const parsed = parseQuery(query);
  const compiled = compileQuery(parsed);
  const out = { articles: [] as number[], highlights: [] as number[], notes: { highlights: [] as number[], articles: [] as number[] } };
  // Without filters no item needs its article: the row ids alone say it all.
  const rows = compiled.match && !hasFilters(parsed.filters) ? matchingRows(lib, compiled.match) : null;
  if (rows) {
    for (const r of rows) {
      if (r < 0) (r % 2 === 0 ? out.articles : out.notes.articles).push(r % 2 === 0 ? -r / 2 : (1 - r) / 2);
      else (r % 2 === 0 ? out.highlights : out.notes.highlights).push(Math.floor(r / 2));
    }
    return out;
  }
  for (const item of matchingItems(lib, parsed, compiled).items) {
    if (item.kind === ARTICLE) out.articles.push(item.id);
    else if (item.kind === QUOTE) out.highlights.push(item.id);
    else if (item.kind === HIGHLIGHT_NOTE) out.notes.highlights.push(item.id);
    else out.notes.articles.push(item.id);
  }
  return out;
}

function groupByArticle({ items, articles }: Matched): Group[] {
  const groups = new Map<number, Group>();
  items.forEach((item, i) => {
    const article = articles[i];
    let g = groups.get(article);
    if (!g) groups.set(article, (g = { article, items: [], text: false }));
    if (item.kind === ARTICLE) g.text = true;
    else g.items.push(item);
  });
  return [...groups.values()];
}

/** Past this many matching articles, bm25 would cost more than the rest of a search; recency orders them. */
const RANKED_BY_RELEVANCE = 600;

function rank(lib: Library, groups: Group[], compiled: CompiledQuery): Group[] {
  const inTitle = new Set<number>();
  const relevance = new Map<number, number>();
  if (compiled.match) {
    // Article rows have ids below zero: −2 × the article's id.
    const articleRows = (match: string, columns: string) => lib.db.prepare(`SELECT ${columns} FROM search WHERE search MATCH ? AND rowid < 0`).raw().all(match) as number[][];
    for (const [rowid] of articleRows(compiled.titleMatch!, 'rowid')) inTitle.add(-rowid / 2);
    if (groups.filter((g) => g.text).length <= RANKED_BY_RELEVANCE) {
      // bm25 is lower for better matches; a title match weighs four times the text.
      for (const [rowid, score] of articleRows(compiled.match, 'rowid, bm25(search, 4.0, 1.0)')) relevance.set(-rowid / 2, score);
    }
  }
  const dates = new Map(lib.db.prepare('SELECT id, coalesce(date, substr(imported_at, 1, 10)) FROM articles').raw().all() as [number, string][]);
  const tier = (g: Group) => (inTitle.has(g.article) ? 0 : g.items.length > 0 ? 1 : 2);
  return groups.sort(
    (a, b) =>
      tier(a) - tier(b) ||
      (relevance.get(a.article) ?? 0) - (relevance.get(b.article) ?? 0) ||
      (dates.get(b.article) ?? '').localeCompare(dates.get(a.article) ?? '') ||
      b.article - a.article,
  );
}

interface ArticleRow {
  title: string;
  text: string;
  site: string | null;
  date: string | null;
}

function describe(lib: Library, g: Group, compiled: CompiledQuery, options: SearchOptions): SearchArticle {
  const a = lib.db.prepare('SELECT title, text, site, date FROM articles WHERE id = ?').get(g.article) as ArticleRow;
  const pattern = compiled.pattern;
  const matches = pattern ? findMatches(a.text, pattern) : [];
  const hits: SearchHit[] = [];
  // Snippets of different passages: a match inside the last snippet shown is not shown again.
  let shownUntil = -1;
  for (let i = 0; i < matches.length && hits.length < (options.textHits ?? 3); i++) {
    if (matches[i][0] < shownUntil) continue;
    const snippet = snippetAround(a.text, matches, i);
    shownUntil = matches[i][0] + snippet.text.length;
    hits.push({ kind: 'article', id: g.article, snippet, start: matches[i][0], end: matches[i][1] });
  }
  const shown = g.items.slice(0, options.hitsPerArticle ?? g.items.length);
  const quote = lib.db.prepare('SELECT exact, note_text, color FROM highlights WHERE id = ?');
  const articleNote = lib.db.prepare('SELECT note_text FROM article_notes WHERE article_id = ?').pluck();
  for (const item of shown) {
    if (item.kind === ARTICLE_NOTE) {
      const text = articleNote.get(item.id) as string;
      hits.push({ kind: 'note', id: item.id, of: 'article', snippet: snippetAround(text, pattern ? findMatches(text, pattern) : [], 0, 160) });
      continue;
    }
    const row = quote.get(item.id) as { exact: string; note_text: string; color: HighlightColor };
    const text = item.kind === QUOTE ? row.exact : row.note_text;
    const kind = item.kind === QUOTE ? 'highlight' : 'note';
    const snippet = snippetAround(text, pattern ? findMatches(text, pattern) : [], 0, 160);
    hits.push({ kind, id: item.id, ...(kind === 'note' ? { of: 'highlight' as const } : {}), color: row.color, snippet });
  }
  return {
    id: g.article,
    title: a.title,
    titleMarks: pattern ? findMatches(a.title, pattern) : [],
    site: a.site,
    date: a.date,
    occurrences: matches.length,
    hits,
    moreHits: g.items.length - shown.length,
  };
}

export function searchLibrary(lib: Library, query: string, options: SearchOptions = {}): SearchResults {
  const parsed = parseQuery(query);
  const compiled = compileQuery(parsed);
  const matched = matchingItems(lib, parsed, compiled);
  const counts = { articles: 0, highlights: 0, notes: 0 };
  for (const item of matched.items) {
    if (item.kind === ARTICLE) counts.articles++;
    else if (item.kind === QUOTE) counts.highlights++;
    else counts.notes++;
  }
  const groups = rank(lib, groupByArticle(matched), compiled);
  const offset = options.offset ?? 0;
  const page = groups.slice(offset, options.limit === undefined ? undefined : offset + options.limit);
  return { total: groups.length, counts, articles: page.map((g) => describe(lib, g, compiled, options)), filters: parsed.chips };
}

/** Where the query matches in one article's text: the reader marks these and steps through them. */
export function articleMatches(lib: Library, articleId: number, query: string): [number, number][] | null {
  const text = lib.db.prepare('SELECT text FROM articles WHERE id = ?').pluck().get(articleId) as string | undefined;
  if (text === undefined) return null;
  const { pattern } = compileQuery(parseQuery(query));
  return pattern ? findMatches(text, pattern) : [];
}

/** Rebuilds the index from the tables (`gloss reindex`); returns the rows indexed. */
export function reindex(lib: Library): number {
  return lib.db.transaction(() => {
    lib.db.exec("INSERT INTO search (search) VALUES ('delete-all')");
    lib.db.exec(populate);
    return lib.db.prepare('SELECT count(*) FROM search').pluck().get() as number;
  }).immediate();
}
