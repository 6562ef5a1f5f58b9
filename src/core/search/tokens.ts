// How folded text becomes index tokens, and a query term the FTS phrase that finds it.
//
// Chinese (and other CJK scripts) has no spaces, and a reader must find every occurrence of
// a one- or two-character string. So each CJK run is indexed as overlapping bigrams plus its
// last character alone (阿里巴巴 → 阿里 里巴 巴巴 巴): a string of two or more characters
// is the phrase of its bigrams, and one character is the prefix query "阿"*, which meets
// every bigram starting with it and the run's last character: nothing can be missed, and
// bigrams never span punctuation, so nothing false is found (see
// ../shared/design/search-reference.md, scheme c2). Latin letters and digits form whole-word
// tokens matched as prefixes: `goog` finds google, `168` finds 1688, `688` does not.
//
// The FTS table uses the `ascii` tokenizer over these space-separated tokens: it treats
// every non-ASCII character as part of a token, so SQLite's own Unicode tables never
// disagree with the character classes below.

/** Letters, digits and marks: what words are made of. */
const LETTER = '[\\p{L}\\p{N}\\p{M}\\p{Co}]';
const CJK_SCRIPTS = '[\\p{scx=Han}\\p{scx=Hira}\\p{scx=Kana}\\p{scx=Hang}\\p{scx=Bopo}]';
/** Regex sources (for the `v` flag) of the two kinds of token characters. */
const CJK_CLASS = `[${LETTER}&&${CJK_SCRIPTS}]`;
const WORD_CLASS = `[${LETTER}--${CJK_SCRIPTS}]`;

const CJK_RE = new RegExp(`^${CJK_CLASS}$`, 'v');
const WORD_RE = new RegExp(`^${WORD_CLASS}$`, 'v');

const SEP = 1;
const WORD = 2;
const CJK = 3;
type Kind = typeof SEP | typeof WORD | typeof CJK;

const bmp = new Uint8Array(0x10000);
const astral = new Map<number, Kind>();

function kindOf(code: number): Kind {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) ? WORD : SEP;
  if (code < 0x10000 && bmp[code]) return bmp[code] as Kind;
  const known = astral.get(code);
  if (known) return known;
  const ch = String.fromCodePoint(code);
  const kind: Kind = CJK_RE.test(ch) ? CJK : WORD_RE.test(ch) ? WORD : SEP;
  if (code < 0x10000) bmp[code] = kind;
  else astral.set(code, kind);
  return kind;
}

interface Run {
  kind: 'cjk' | 'word';
  /** Code points for CJK runs; the whole word as one element for word runs. */
  chars: string[];
}

/** Splits folded text into runs of CJK characters and of word characters. */
export function runs(folded: string): Run[] {
  const out: Run[] = [];
  let current: Run | null = null;
  for (const ch of folded) {
    const kind = kindOf(ch.codePointAt(0)!);
    if (kind === SEP) {
      current = null;
      continue;
    }
    const k = kind === CJK ? 'cjk' : 'word';
    if (current && current.kind === k) {
      if (k === 'cjk') current.chars.push(ch);
      else current.chars[0] += ch;
    } else {
      current = { kind: k, chars: [ch] };
      out.push(current);
    }
  }
  return out;
}

/** The token stream indexed for a folded text (space-separated). One pass: it runs for every article imported. */
export function indexTokens(folded: string): string {
  const tokens: string[] = [];
  let cjk = -1; // where the CJK character before this one starts, in a run
  let wordStart = -1;
  const n = folded.length;
  for (let i = 0; i < n; ) {
    const code = folded.charCodeAt(i);
    const cp = code >= 0xd800 && code <= 0xdbff ? folded.codePointAt(i)! : code;
    const width = cp > 0xffff ? 2 : 1;
    const kind = kindOf(cp);
    if (kind !== WORD && wordStart >= 0) {
      tokens.push(folded.slice(wordStart, i));
      wordStart = -1;
    }
    if (kind === CJK) {
      if (cjk >= 0) tokens.push(folded.slice(cjk, i + width));
      cjk = i;
    } else {
      if (cjk >= 0) tokens.push(folded.slice(cjk, i)); // a run's last character, alone
      cjk = -1;
      if (kind === WORD && wordStart < 0) wordStart = i;
    }
    i += width;
  }
  if (wordStart >= 0) tokens.push(folded.slice(wordStart));
  if (cjk >= 0) tokens.push(folded.slice(cjk));
  return tokens.join(' ');
}

/**
 * A folded text's distinct one-character keys (space-separated): each CJK character and
 * each word's first character. A one-character query looks in these alone (migration
 * 0005): a row holds the character or it does not, so no positions need storing.
 */
export function indexChars(folded: string): string {
  const keys = new Set<string>();
  for (const run of runs(folded)) {
    if (run.kind === 'cjk') for (const c of run.chars) keys.add(c);
    else keys.add(String.fromCodePoint(run.chars[0].codePointAt(0)!));
  }
  return [...keys].join(' ');
}

/**
 * The one-character key a folded query term is (`阿`, `g`), or null for any other term.
 * A lone character finds what `"阿"*` would (every CJK run holding it, every word starting
 * with it), from the one-character index.
 */
export function termChar(folded: string): string | null {
  const parts = runs(folded);
  if (parts.length !== 1) return null;
  const [only] = parts[0].chars;
  return parts[0].chars.length === 1 && [...only].length === 1 ? only : null;
}

/**
 * The FTS5 phrase matching a folded query term, or null when the term holds nothing
 * searchable (only punctuation). Separators inside the term (`apt-get`, `阿里，巴巴`)
 * keep its runs one phrase.
 */
export function termPhrase(folded: string): string | null {
  const parts = runs(folded);
  if (parts.length === 0) return null;
  const tokens: string[] = [];
  let prefix = false;
  parts.forEach((run, i) => {
    const last = i === parts.length - 1;
    if (run.kind === 'word') {
      tokens.push(run.chars[0]);
      prefix = last;
      return;
    }
    const c = run.chars;
    if (c.length === 1) {
      // Alone and last it may be followed by more CJK: every token starting with it.
      tokens.push(c[0]);
      prefix = last;
      return;
    }
    for (let k = 0; k + 1 < c.length; k++) tokens.push(c[k] + c[k + 1]);
    // Followed by something else, the run must end here, as its trailing unigram says.
    if (!last) tokens.push(c[c.length - 1]);
    prefix = false;
  });
  return `"${tokens.join(' ')}"${prefix ? '*' : ''}`;
}

/**
 * A regex (flags `gv`) finding in folded text exactly what termPhrase finds through the
 * index, for snippets, marks and occurrence counts.
 */
export function termPattern(folded: string): string | null {
  const parts = runs(folded);
  if (parts.length === 0) return null;
  const sep = `[^${LETTER}]`;
  let source = parts[0].kind === 'word' ? `(?<!${WORD_CLASS})` : '';
  parts.forEach((run, i) => {
    if (i > 0) source += run.kind === parts[i - 1].kind ? `${sep}+` : `${sep}*`;
    // Runs hold only letters, digits and marks: nothing a regex would read as syntax.
    source += run.chars.join('');
    // A word in the middle of a term is a whole word (it is an exact token in the phrase).
    if (run.kind === 'word' && i < parts.length - 1) source += `(?!${WORD_CLASS})`;
  });
  return source;
}
