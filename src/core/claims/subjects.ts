// A claim's subjects (its highlight's tags) and the names and figures of its statement, as
// terms found in folded text exactly as search finds them (src/core/search/tokens.ts).
import { fold } from '../search/fold';
import { termPattern } from '../search/tokens';

export interface Term {
  text: string;
  /** What a passage mentioning it is worth: subjects most, then names and figures, then words. */
  weight: number;
  /** Whether it is specific enough to look for in the whole library (not a year or a common word). */
  strong: boolean;
  pattern: RegExp;
}

const patterns = new Map<string, RegExp | null>();

/** The regex (flag `gv`) finding a term in folded text, or null when it holds nothing searchable. */
export function termRegex(text: string): RegExp | null {
  const folded = fold(text);
  let re = patterns.get(folded);
  if (re === undefined) {
    const source = termPattern(folded);
    re = source ? new RegExp(source, 'gv') : null;
    if (patterns.size > 10_000) patterns.clear();
    patterns.set(folded, re);
  }
  return re;
}

/** Whether folded text mentions a term. */
export function mentions(folded: string, re: RegExp): boolean {
  re.lastIndex = 0;
  return re.test(folded);
}

// Characters that join words rather than make them: a statement's Chinese is cut at them
// into the words that carry its meaning (活跃买家, 批发商) without a dictionary.
const GLUE = /[的了是在和与及或而也都就还有被把对为从到上中下个年月日这那其之等将已并超过达到约近余多万亿千百第]/u;

/** The terms of a claim: its subjects, then the figures, names and words of its statement. */
export function claimTerms(statement: string, subjects: string[]): Term[] {
  const terms = new Map<string, Term>();
  const add = (text: string, weight: number, strong: boolean) => {
    const key = fold(text).trim();
    if (!key || terms.has(key)) return;
    const pattern = termRegex(text);
    if (pattern) terms.set(key, { text, weight, strong, pattern });
  };
  for (const s of subjects) add(s, 3, true);
  // Figures: 7.88, 1688, 250% — years say little on their own.
  for (const m of statement.matchAll(/\d+(?:[.,]\d+)*/g)) {
    const year = /^(19|20)\d\d$/.test(m[0]);
    if (m[0].length >= 2 || m[0].includes('.')) add(m[0], year ? 1 : 2, !year);
  }
  // Names in Latin letters: C2M, GMV, Google.
  for (const m of statement.matchAll(/\p{L}[\p{L}\p{N}]+/gu)) if (!/\p{scx=Han}/u.test(m[0])) add(m[0], 2, true);
  for (const run of statement.match(/\p{scx=Han}+/gu) ?? []) {
    for (const word of run.split(GLUE)) if ([...word].length >= 2) add(word, 1, false);
  }
  return [...terms.values()];
}
