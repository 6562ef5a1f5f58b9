// The query language: spaces mean AND, "…" a phrase, -word excludes, OR between terms gives
// alternatives, and filters tag: color: in: site: before: after: is:claim status:. Nothing here ever throws
// at the user: an unclosed quote, a dangling OR or an unknown filter falls back to words.
import { CLAIM_STATUSES, HIGHLIGHT_COLORS, type ClaimStatus, type HighlightColor, type SearchFilterChip } from '../../shared/model';

export type ItemKind = 'articles' | 'highlights' | 'notes' | 'claims';

export interface Term {
  text: string;
  phrase: boolean;
}

export interface Filters {
  tags: string[];
  colors: HighlightColor[];
  kinds: ItemKind[];
  sites: string[];
  /** YYYY-MM-DD bounds on the article's date: before is exclusive, after inclusive. */
  before: string | null;
  after: string | null;
  /** Only what belongs to claims (is:claim), or to claims of these statuses (status:). */
  claims: boolean;
  statuses: ClaimStatus[];
}

export interface ParsedQuery {
  /** AND of groups; each group is an OR of terms. */
  groups: Term[][];
  exclude: Term[];
  filters: Filters;
  /** The filters in the order written, for display as chips. */
  chips: SearchFilterChip[];
}

const KINDS: Record<string, ItemKind> = { articles: 'articles', article: 'articles', highlights: 'highlights', highlight: 'highlights', notes: 'notes', note: 'notes', claims: 'claims', claim: 'claims' };

/** Statuses as written in a query: their ids, and the words of the interface. */
const STATUS_WORDS: Record<string, ClaimStatus> = {
  ...Object.fromEntries(CLAIM_STATUSES.map((s) => [s, s])),
  'to-check': 'to-check', tocheck: 'to-check', open: 'to-check', 'needs-a-source': 'needs-source', needssource: 'needs-source',
  '待核查': 'to-check', '需要来源': 'needs-source', '属实': 'supported', '不实': 'contradicted', '部分属实': 'mixed', '无法核实': 'unverifiable',
};

/** A status as written (`contradicted`, `needs a source`, `不实`), or null. */
export function parseStatus(value: string): ClaimStatus | null {
  return STATUS_WORDS[value.trim().toLowerCase().replace(/[\s_]+/g, '-')] ?? null;
}
const OPEN_QUOTES = '"“「';
const CLOSE_FOR: Record<string, string> = { '"': '"', '“': '”', '「': '」' };
const SPACE = /[\s\u3000]/;

interface Token {
  text: string;
  quoted: boolean;
  negated: boolean;
}

function tokenize(input: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < input.length) {
    if (SPACE.test(input[i])) {
      i++;
      continue;
    }
    let negated = false;
    if ((input[i] === '-' || input[i] === '－') && i + 1 < input.length && !SPACE.test(input[i + 1])) {
      negated = true;
      i++;
    }
    const open = input[i];
    if (OPEN_QUOTES.includes(open)) {
      const close = input.indexOf(CLOSE_FOR[open], i + 1);
      if (close > i) {
        const text = input.slice(i + 1, close);
        if (text.trim()) out.push({ text, quoted: true, negated });
        i = close + 1;
        continue;
      }
      i++; // an unclosed quote is just punctuation
      continue;
    }
    let j = i;
    // A filter's quoted value (tag:"needs a source") belongs to the filter.
    while (j < input.length && !SPACE.test(input[j])) {
      if (OPEN_QUOTES.includes(input[j]) && /[:：]$/.test(input.slice(i, j))) {
        const close = input.indexOf(CLOSE_FOR[input[j]], j + 1);
        if (close > j) {
          j = close + 1;
          break;
        }
      }
      j++;
    }
    out.push({ text: input.slice(i, j), quoted: false, negated });
    i = j;
  }
  return out;
}

function unquote(value: string): string {
  const first = value[0];
  return first && OPEN_QUOTES.includes(first) && value.endsWith(CLOSE_FOR[first]) ? value.slice(1, -1) : value;
}

/**
 * YYYY, YYYY-MM or YYYY-MM-DD (also with / or .), as the first day it covers, or null.
 * So after:2021-04 means from April 2021 on, and before:2021-04 means before April.
 */
function dateBound(value: string): string | null {
  const m = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  if ((mo !== null && (mo < 1 || mo > 12)) || (d !== null && (d < 1 || d > 31))) return null;
  return new Date(Date.UTC(y, (mo ?? 1) - 1, d ?? 1)).toISOString().slice(0, 10);
}

/** Applies a filter token to `filters`; null when it is not a valid filter (then it is a word). */
function applyFilter(token: Token, filters: Filters): SearchFilterChip | null {
  const chip = (key: SearchFilterChip['key'], value: string) => ({ key, value, token: token.text });
  const m = /^([a-z]+)[:：](.+)$/i.exec(token.text);
  if (!m || token.quoted) return null;
  const key = m[1].toLowerCase();
  const value = unquote(m[2]).trim();
  if (!value || token.negated) return null;
  switch (key) {
    case 'tag':
      filters.tags.push(value);
      return chip('tag', value);
    case 'color':
    case 'colour': {
      const color = value.toLowerCase() as HighlightColor;
      if (!HIGHLIGHT_COLORS.includes(color)) return null;
      filters.colors.push(color);
      return chip('color', color);
    }
    case 'in': {
      const kind = KINDS[value.toLowerCase()];
      if (!kind) return null;
      filters.kinds.push(kind);
      return chip('in', kind);
    }
    case 'site':
      filters.sites.push(value.toLowerCase());
      return chip('site', value.toLowerCase());
    case 'is':
      if (value.toLowerCase() !== 'claim' && value !== '论断') return null;
      filters.claims = true;
      return chip('is', 'claim');
    case 'status': {
      const status = parseStatus(value);
      if (!status) return null;
      filters.statuses.push(status);
      return chip('status', status);
    }
    case 'before':
    case 'after': {
      const bound = dateBound(value);
      if (!bound) return null;
      filters[key] = bound;
      return chip(key, value);
    }
    default:
      return null;
  }
}

export function parseQuery(input: string): ParsedQuery {
  const filters: Filters = { tags: [], colors: [], kinds: [], sites: [], before: null, after: null, claims: false, statuses: [] };
  const groups: Term[][] = [];
  const exclude: Term[] = [];
  const chips: SearchFilterChip[] = [];
  let joinNext = false;
  for (const token of tokenize(input.slice(0, 1000))) {
    const chip = applyFilter(token, filters);
    if (chip) {
      chips.push(chip);
      continue;
    }
    if (!token.quoted && !token.negated && (token.text === 'OR' || token.text === '|')) {
      joinNext = groups.length > 0;
      continue;
    }
    const term = { text: token.text, phrase: token.quoted };
    if (token.negated) exclude.push(term);
    else if (joinNext) groups[groups.length - 1].push(term);
    else groups.push([term]);
    joinNext = false;
  }
  return { groups, exclude, filters, chips };
}
