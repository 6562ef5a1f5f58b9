// A parsed query as what runs it: the FTS5 MATCH expression over the index, and the regex
// that finds the same matches in folded text for snippets, marks and counts.
import { fold } from './fold';
import type { ParsedQuery, Term } from './query';
import { termPattern, termPhrase } from './tokens';

export interface CompiledQuery {
  /** MATCH expression, or null when the query has no searchable words (filters only). */
  match: string | null;
  /** The same positive terms, in titles only (ranking puts title matches first). */
  titleMatch: string | null;
  /** Every positive term (flags `gv`), longest first; null without terms. */
  pattern: RegExp | null;
}

interface CompiledTerm {
  phrase: string;
  pattern: string;
}

function compileTerm(term: Term): CompiledTerm | null {
  const folded = fold(term.text);
  const phrase = termPhrase(folded);
  const pattern = termPattern(folded);
  return phrase && pattern ? { phrase, pattern } : null;
}

export function compileQuery(q: ParsedQuery): CompiledQuery {
  const groups = q.groups.map((g) => g.map(compileTerm).filter((t): t is CompiledTerm => t !== null)).filter((g) => g.length > 0);
  if (groups.length === 0) return { match: null, titleMatch: null, pattern: null };
  const positive = groups.map((g) => `(${g.map((t) => t.phrase).join(' OR ')})`).join(' AND ');
  const excluded = q.exclude.map(compileTerm).filter((t): t is CompiledTerm => t !== null);
  const match = excluded.length > 0 ? `(${positive}) NOT (${excluded.map((t) => t.phrase).join(' OR ')})` : positive;
  const patterns = [...new Set(groups.flat().map((t) => t.pattern))].sort((a, b) => b.length - a.length);
  return {
    match,
    titleMatch: `{title} : (${positive})`,
    pattern: new RegExp(patterns.map((p) => `(?:${p})`).join('|'), 'gv'),
  };
}
