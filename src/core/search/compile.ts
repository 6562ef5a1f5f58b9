// A parsed query as what runs it: SQL over the two FTS5 tables of migration 0005 (phrases in
// `search`, lone characters in `search_chars`), and the regex that finds the same matches in
// folded text for snippets, marks and counts.
import { fold } from './fold';
import type { ParsedQuery, Term } from './query';
import { termChar, termPattern, termPhrase } from './tokens';

/** A SELECT of row ids and the MATCH expressions it binds, in order. */
export interface RowsQuery {
  sql: string;
  params: string[];
}

export interface CompiledQuery {
  /** Every matching row's id; null when the query has no searchable words (filters only). */
  rows: RowsQuery | null;
  /** The articles whose titles match the positive terms (ranking puts them first), as row ids. */
  titleRows: RowsQuery | null;
  /**
   * The MATCH expression bm25 ranks articles by, over `search`; null when the query has a
   * lone character, which only `search_chars` holds, and which says nothing of relevance.
   */
  relevance: string | null;
  /** Every positive term (flags `gv`), longest first; null without terms. */
  pattern: RegExp | null;
}

interface CompiledTerm {
  /** The lone character the term is, or null for a phrase. */
  char: string | null;
  phrase: string;
  pattern: string;
}

function compileTerm(term: Term): CompiledTerm | null {
  const folded = fold(term.text);
  const phrase = termPhrase(folded);
  const pattern = termPattern(folded);
  return phrase && pattern ? { char: termChar(folded), phrase, pattern } : null;
}

const PHRASES = 'SELECT rowid FROM search WHERE search MATCH ?';
const CHARS = 'SELECT rowid FROM search_chars WHERE search_chars MATCH ?';

/** `(a OR b) AND (c) NOT (d OR e)`: FTS5's own boolean query, within one table. */
function expression(groups: string[][], excluded: string[]): string {
  const positive = groups.map((g) => `(${g.join(' OR ')})`).join(' AND ');
  return excluded.length ? `(${positive}) NOT (${excluded.join(' OR ')})` : positive;
}

/** Where a term is looked for in the query over rows: its table and its expression there. */
const inRows = (t: CompiledTerm) => (t.char ? { chars: true, expr: `"${t.char}"` } : { chars: false, expr: `{body title} : ${t.phrase}` });

/**
 * The rows matching groups of terms (AND of ORs) minus the excluded terms. Within one table
 * FTS5 evaluates the whole query; a query mixing phrases and lone characters combines one
 * SELECT per table with UNION, INTERSECT and EXCEPT.
 */
function rowsQuery(groups: CompiledTerm[][], excluded: CompiledTerm[]): RowsQuery {
  const all = [...groups.flat(), ...excluded].map(inRows);
  if (all.every((t) => t.chars === all[0].chars)) {
    const expr = expression(
      groups.map((g) => g.map((t) => inRows(t).expr)),
      excluded.map((t) => inRows(t).expr),
    );
    return { sql: all[0].chars ? CHARS : PHRASES, params: [expr] };
  }
  const params: string[] = [];
  /** One SELECT of the rows matching any of the terms. */
  const union = (terms: CompiledTerm[]) =>
    [true, false]
      .map((chars) => terms.map(inRows).filter((t) => t.chars === chars))
      .filter((ts) => ts.length > 0)
      .map((ts) => {
        params.push(ts.map((t) => t.expr).join(' OR '));
        return ts[0].chars ? CHARS : PHRASES;
      })
      .join(' UNION ');
  // Compound SELECTs take no parentheses in SQLite: each operand is a subquery.
  let sql = groups.map((g) => `SELECT rowid FROM (${union(g)})`).join(' INTERSECT ');
  if (excluded.length) sql += ` EXCEPT SELECT rowid FROM (${union(excluded)})`;
  return { sql, params };
}

export function compileQuery(q: ParsedQuery): CompiledQuery {
  const groups = q.groups.map((g) => g.map(compileTerm).filter((t): t is CompiledTerm => t !== null)).filter((g) => g.length > 0);
  if (groups.length === 0) return { rows: null, titleRows: null, relevance: null, pattern: null };
  const excluded = q.exclude.map(compileTerm).filter((t): t is CompiledTerm => t !== null);
  const inTitle = (t: CompiledTerm) => (t.char ? `{tchars} : "${t.char}"` : `{title} : ${t.phrase}`);
  const hasChar = [...groups.flat(), ...excluded].some((t) => t.char);
  const patterns = [...new Set(groups.flat().map((t) => t.pattern))].sort((a, b) => b.length - a.length);
  return {
    rows: rowsQuery(groups, excluded),
    titleRows: { sql: `${PHRASES} AND rowid < 0`, params: [expression(groups.map((g) => g.map(inTitle)), [])] },
    relevance: hasChar ? null : expression(groups.map((g) => g.map((t) => `{body title} : ${t.phrase}`)), excluded.map((t) => `{body title} : ${t.phrase}`)),
    pattern: new RegExp(patterns.map((p) => `(?:${p})`).join('|'), 'gv'),
  };
}
