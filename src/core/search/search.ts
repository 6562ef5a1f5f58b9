// Searching the library: every matching item through the FTS index, grouped by article and
// ranked (title matches first, then articles whose highlights or notes match, then by
// relevance and recency); snippets and counts are cut from the original text for the page
// shown only.
import type { ClaimStatus, HighlightColor, SearchArticle, SearchHit, SearchResults } from '../../shared/model';
import { articleText } from '../library/articles';
import type { Library } from '../library/db';
import { populate } from '../library/migrations/0006_packed_content';
import { populateClaims } from '../library/migrations/0007_claims';
import { compileQuery, type CompiledQuery, type RowsQuery } from './compile';
import { itemFilter } from './filters';
import { ARTICLE, ARTICLE_NOTE, CLAIM_NOTE, CLAIM_ROWS, CLAIM_STATEMENT, HIGHLIGHT_NOTE, QUOTE, decodeRow, isArticleText, type Item } from './items';
import { highlightArticles } from './sql-functions';
import { parseQuery, type ParsedQuery } from './query';
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
  /** Whether the article's own title or text matches. */
  text: boolean;
  /** How many of its highlights and notes match. */
  annotations: number;
}

/**
 * The ids of every row a query selects (every row without one, for a query of filters
 * alone). One JSON array from SQLite is half the cost of a JavaScript row per id when a
 * common character matches 100,000 of them.
 */
function matchingRows(lib: Library, query: RowsQuery | null): number[] {
  const sql = `SELECT json_group_array(rowid) FROM (${query ? query.sql : 'SELECT rowid FROM search'})`;
  return JSON.parse(lib.db.prepare(sql).pluck().get(...(query?.params ?? [])) as string) as number[];
}

/**
 * Every row the query matches, after its filters, and each row's article. Rows stay plain
 * numbers: a common character matches 100,000 of them, and only the page shown needs more.
 */
function matching(lib: Library, parsed: ParsedQuery, compiled: CompiledQuery): { rows: number[]; articleOf: (row: number) => number } {
  const filter = itemFilter(lib, parsed.filters);
  let rows = compiled.rows || filter ? matchingRows(lib, compiled.rows) : [];
  const articleOf = highlightArticles(lib.db).resolver(rows);
  if (filter) rows = rows.filter((r) => filter(decodeRow(r), articleOf(r)));
  // Articles in the Trash keep their index entries (a restore finds them again) but match nothing.
  const trashed = new Set(lib.db.prepare('SELECT id FROM articles WHERE trashed_at IS NOT NULL').pluck().all() as number[]);
  if (trashed.size > 0) rows = rows.filter((r) => !trashed.has(articleOf(r)));
  return { rows, articleOf };
}

/** The ids of everything a query matches, by kind (for tests, benchmarks and scripts). */
export function matchingIds(lib: Library, query: string): {
  articles: number[];
  highlights: number[];
  notes: { highlights: number[]; articles: number[] };
  /** Claims, by the id of their highlight. */
  claims: { statements: number[]; notes: number[] };
} {
  const parsed = parseQuery(query);
  const out = { articles: [] as number[], highlights: [] as number[], notes: { highlights: [] as number[], articles: [] as number[] }, claims: { statements: [] as number[], notes: [] as number[] } };
  const list = { [ARTICLE]: out.articles, [QUOTE]: out.highlights, [HIGHLIGHT_NOTE]: out.notes.highlights, [ARTICLE_NOTE]: out.notes.articles, [CLAIM_STATEMENT]: out.claims.statements, [CLAIM_NOTE]: out.claims.notes };
  for (const r of matching(lib, parsed, compileQuery(parsed)).rows) {
    const item = decodeRow(r);
    list[item.kind].push(item.id);
  }
  return out;
}

/** Up to this many matching articles, their dates are read by id; past it, from every row at once. */
const LOOKED_UP = 2000;

/** Past this many matching articles, bm25 would cost more than the rest of a search; recency orders them. */
const RANKED_BY_RELEVANCE = 600;

function rank(lib: Library, groups: Group[], compiled: CompiledQuery): Group[] {
  const inTitle = new Set<number>();
  const relevance = new Map<number, number>();
  if (compiled.titleRows) {
    const { sql, params } = compiled.titleRows;
    for (const rowid of lib.db.prepare(sql).pluck().all(...params) as number[]) inTitle.add(decodeRow(rowid).id);
  }
  if (compiled.relevance && groups.filter((g) => g.text).length <= RANKED_BY_RELEVANCE) {
    // bm25 is lower for better matches; a title match weighs four times the text. Article
    // rows have ids below zero: −2 × the article's id.
    const scored = lib.db.prepare('SELECT rowid, bm25(search, 1.0, 4.0, 0.0) FROM search WHERE search MATCH ? AND rowid < 0').raw().all(compiled.relevance) as number[][];
    for (const [rowid, score] of scored) relevance.set(decodeRow(rowid).id, score);
  }
  // Each article's day as a number (YYYYMMDD), in two JSON arrays: 10,000 rows at the cost of
  // two values. A few matching articles are looked up by id rather than reading every row.
  const few = groups.length <= LOOKED_UP;
  const [ids, days] = lib.db
    .prepare(
      `SELECT json_group_array(id), json_group_array(CAST(replace(coalesce(date, substr(imported_at, 1, 10)), '-', '') AS INTEGER))
       FROM articles ${few ? 'WHERE id IN (SELECT value FROM json_each(?))' : ''}`,
    )
    .raw()
    .get(...(few ? [JSON.stringify(groups.map((g) => g.article))] : [])) as [string, string];
  const day = new Map<number, number>();
  const dayList = JSON.parse(days) as number[];
  (JSON.parse(ids) as number[]).forEach((id, i) => day.set(id, dayList[i]));
  // Sort keys computed once per article, not in every comparison.
  const keyed = groups.map((g) => ({ g, tier: inTitle.has(g.article) ? 0 : g.annotations > 0 ? 1 : 2, score: relevance.get(g.article) ?? 0, day: day.get(g.article) ?? 0 }));
  keyed.sort((a, b) => a.tier - b.tier || a.score - b.score || b.day - a.day || b.g.article - a.g.article);
  return keyed.map((k) => k.g);
}

interface ArticleRow {
  title: string;
  site: string | null;
  date: string | null;
}

function describe(lib: Library, g: Group, items: Item[], compiled: CompiledQuery, options: SearchOptions): SearchArticle {
  const a = lib.db.prepare('SELECT title, site, date FROM articles WHERE id = ?').get(g.article) as ArticleRow;
  const text = articleText(lib, g.article) ?? '';
  const pattern = compiled.pattern;
  const matches = pattern ? findMatches(text, pattern) : [];
  const hits: SearchHit[] = [];
  // Snippets of different passages: a match inside the last snippet shown is not shown again.
  let shownUntil = -1;
  // The article's text is a hit only where its own row matched: with in:highlights or
  // is:claim it did not, though its words are still marked in the reader.
  for (let i = 0; g.text && i < matches.length && hits.length < (options.textHits ?? 3); i++) {
    if (matches[i][0] < shownUntil) continue;
    const snippet = snippetAround(text, matches, i);
    shownUntil = matches[i][0] + snippet.text.length;
    hits.push({ kind: 'article', id: g.article, snippet, start: matches[i][0], end: matches[i][1] });
  }
  const shown = items.slice(0, options.hitsPerArticle ?? items.length);
  const quote = lib.db.prepare('SELECT exact, note_text, color FROM highlights WHERE id = ?');
  const claim = lib.db.prepare('SELECT c.id, c.statement, c.note_text, c.status, h.color FROM claims c JOIN highlights h ON h.id = c.highlight_id WHERE c.highlight_id = ?');
  const articleNote = lib.db.prepare('SELECT note_text FROM article_notes WHERE article_id = ?').pluck();
  for (const item of shown) {
    if (item.kind === ARTICLE_NOTE) {
      const text = articleNote.get(item.id) as string;
      hits.push({ kind: 'note', id: item.id, of: 'article', snippet: snippetAround(text, pattern ? findMatches(text, pattern) : [], 0, 160) });
      continue;
    }
    if (item.kind === CLAIM_STATEMENT || item.kind === CLAIM_NOTE) {
      const c = claim.get(item.id) as { id: number; statement: string; note_text: string; status: ClaimStatus; color: HighlightColor } | undefined;
      // Removed by another process since the match.
      if (!c) continue;
      const text = item.kind === CLAIM_STATEMENT ? c.statement : c.note_text;
      const snippet = snippetAround(text, pattern ? findMatches(text, pattern) : [], 0, 160);
      hits.push({ kind: 'claim', id: c.id, of: item.kind === CLAIM_STATEMENT ? 'statement' : 'note', highlightId: item.id, status: c.status, color: c.color, snippet });
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
    moreHits: items.length - shown.length,
  };
}

export function searchLibrary(lib: Library, query: string, options: SearchOptions = {}): SearchResults {
  const parsed = parseQuery(query);
  const compiled = compileQuery(parsed);
  const { rows, articleOf } = matching(lib, parsed, compiled);
  const counts = { articles: 0, highlights: 0, notes: 0, claims: 0 };
  // Article ids are dense: per-article tallies in typed arrays, not a map over 100,000 rows.
  const size = ((lib.db.prepare('SELECT max(id) FROM articles').pluck().get() as number | null) ?? 0) + 1;
  const text = new Uint8Array(size);
  const annotations = new Int32Array(size);
  const touched: number[] = [];
  for (const r of rows) {
    const article = articleOf(r);
    // A highlight deleted by another process since the match reads as article 0 or unknown.
    if (!article || article >= size) continue;
    if (text[article] === 0 && annotations[article] === 0) touched.push(article);
    if (isArticleText(r)) {
      text[article] = 1;
      counts.articles++;
    } else {
      annotations[article]++;
      // Arithmetic on the row id, not decodeRow: this runs for every matching row.
      if (r >= CLAIM_ROWS) counts.claims++;
      else if (r >= 0 && r % 2 === 0) counts.highlights++;
      else counts.notes++;
    }
  }
  const groups = touched.map((article) => ({ article, text: text[article] === 1, annotations: annotations[article] }));
  const ranked = rank(lib, groups, compiled);
  const offset = options.offset ?? 0;
  const page = ranked.slice(offset, options.limit === undefined ? undefined : offset + options.limit);
  // Only the page's articles need their highlights and notes as items.
  const items = new Map<number, Item[]>(page.map((g) => [g.article, []]));
  const onPage = new Uint8Array(size);
  for (const g of page) if (g.annotations > 0) onPage[g.article] = 1;
  for (const r of rows) {
    if (isArticleText(r)) continue;
    const article = articleOf(r);
    if (onPage[article]) items.get(article)!.push(decodeRow(r));
  }
  return { total: groups.length, counts, articles: page.map((g) => describe(lib, g, items.get(g.article)!, compiled, options)), filters: parsed.chips };
}

/** Where the query matches in one article's text: the reader marks these and steps through them. */
export function articleMatches(lib: Library, articleId: number, query: string): [number, number][] | null {
  const text = articleText(lib, articleId);
  if (text === undefined) return null;
  const { pattern } = compileQuery(parseQuery(query));
  return pattern ? findMatches(text, pattern) : [];
}

/** Rebuilds the index from the tables (`gloss reindex`); returns the rows indexed. */
export function reindex(lib: Library): number {
  return lib.db.transaction(() => {
    lib.db.exec("INSERT INTO search (search) VALUES ('delete-all'); INSERT INTO search_chars (search_chars) VALUES ('delete-all')");
    lib.db.exec(populate + populateClaims);
    return lib.db.prepare('SELECT count(*) FROM search').pluck().get() as number;
  }).immediate();
}
