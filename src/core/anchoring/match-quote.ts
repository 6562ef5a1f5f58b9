// Finds a stored quote in a new text: first at its stored position, then by exact search
// (best context and nearest position wins), then by approximate match. The approximate
// step is deliberately strict: for people who check facts, a highlight on a lookalike
// sentence is worse than an orphan (the Hypothesis client's issue #7571), so a candidate
// must keep most of the quote AND have its surrounding context agree.
import search from 'approx-string-match';
import { CONTEXT_LENGTH, type Anchor, type Selectors } from './selectors';

/** Levenshtein distance; used on contexts of at most a few dozen characters. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
}

/** Similarity 0..1 of two short strings (1 when both are empty). */
function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - editDistance(a, b) / longer;
}

const PARAGRAPH = '\n\n';

/** The part of a prefix inside the quote's own paragraph. */
function ownPrefix(prefix: string): string {
  const cut = prefix.lastIndexOf(PARAGRAPH);
  return cut === -1 ? prefix : prefix.slice(cut + PARAGRAPH.length);
}

/** The part of a suffix inside the quote's own paragraph. */
function ownSuffix(suffix: string): string {
  const cut = suffix.indexOf(PARAGRAPH);
  return cut === -1 ? suffix : suffix.slice(0, cut);
}

/**
 * How well the text around [start, end) agrees with the stored prefix and suffix, 0..1.
 * Only context inside the quote's own paragraph counts: neighbouring paragraphs may be
 * moved or rewritten without the highlighted sentence changing, but the words around it
 * in its own paragraph are what tell one mention of a phrase from another.
 */
function contextScore(text: string, start: number, end: number, prefix: string, suffix: string): number {
  const wantBefore = ownPrefix(prefix);
  const wantAfter = ownSuffix(suffix);
  const before = ownPrefix(text.slice(Math.max(0, start - CONTEXT_LENGTH), start));
  const after = ownSuffix(text.slice(end, end + CONTEXT_LENGTH));
  // Where the stored context reached the paragraph's edge (or the text's), the candidate's
  // paragraph must end there too: a longer paragraph that merely contains the same
  // sentence is another passage.
  const reachesStart = prefix.length < CONTEXT_LENGTH || prefix.includes(PARAGRAPH);
  const reachesEnd = suffix.length < CONTEXT_LENGTH || suffix.includes(PARAGRAPH);
  const p = similarity(reachesStart ? before : before.slice(-wantBefore.length), wantBefore);
  const s = similarity(reachesEnd ? after : after.slice(0, wantAfter.length), wantAfter);
  return (p + s) / 2;
}

/** Agreement of the whole stored context, across paragraphs: the tie-breaker between identical paragraphs. */
function fullContextScore(text: string, start: number, end: number, prefix: string, suffix: string): number {
  const p = prefix ? similarity(text.slice(Math.max(0, start - prefix.length), start), prefix) : 1;
  const s = suffix ? similarity(text.slice(end, end + suffix.length), suffix) : 1;
  return (p + s) / 2;
}

/**
 * The passage between the stored prefix and suffix (their parts in the quote's own
 * paragraph, each at least a few characters), when what lies between still resembles the
 * quote: the highlighted words were edited in place.
 */
function bracket(text: string, { quote: { prefix, suffix, exact }, position }: Selectors, previous: string | undefined): { start: number; end: number } | null {
  // A paragraph break inside the stored context is part of the bracket: it pins the quote
  // to the start or end of its paragraph.
  const before = prefix.includes(PARAGRAPH) ? PARAGRAPH + ownPrefix(prefix) : prefix;
  const after = suffix.includes(PARAGRAPH) ? ownSuffix(suffix) + PARAGRAPH : suffix;
  const atTextStart = prefix.length < CONTEXT_LENGTH && !prefix.includes(PARAGRAPH);
  if ((before.length < 3 && !atTextStart) || after.length < 3) return null;
  let best: { start: number; end: number; distance: number } | null = null;
  const starts = atTextStart ? (text.startsWith(before) ? [0] : []) : occurrences(text, before);
  for (const i of starts) {
    const start = i + before.length;
    const window = text.slice(start, start + Math.ceil(exact.length * 1.5) + after.length);
    const gap = window.indexOf(after);
    if (gap === -1 || gap < exact.length * 0.5 || text.slice(start, start + gap).includes(PARAGRAPH)) continue;
    if (similarity(text.slice(start, start + gap), exact) < 0.5) continue;
    if (wasElsewhere(previous, text.slice(start - before.length, start + gap + after.length), position)) continue;
    const distance = Math.abs(start - position.start);
    if (!best || distance < best.distance) best = { start, end: start + gap, distance };
  }
  return best && { start: best.start, end: best.end };
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

/**
 * Whether `passage` was in the previous text away from where the highlight sat. Articles
 * restate passages with small changes (a lead repeated in the body, the national and the
 * local version of a rule); when the highlighted one is deleted, its lookalike matches
 * approximately, but it was there all along: another passage, not the edited one.
 */
function wasElsewhere(previous: string | undefined, passage: string, position: Selectors['position']): boolean {
  return !!previous && occurrences(previous, passage).some((i) => i + passage.length <= position.start || i >= position.end);
}

/**
 * Places a stored highlight in `text`. `previous` is the text it was anchored in before
 * (on re-import), which tells an edited passage from one that was already there.
 */
export function anchor(text: string, { quote, position }: Selectors, previous?: string): Anchor {
  const { exact, prefix, suffix } = quote;
  if (!exact) return { health: 'orphaned' };

  // 1. The same words: where they were or elsewhere. Among several mentions, the one whose
  //    own sentence agrees, then whose wider context agrees, then the nearest (another
  //    mention can slide into the old offsets when text is added above, so the stored
  //    position is only a tie-breaker).
  const placed = (start: number): Anchor => ({ health: start === position.start ? 'exact' : 'moved', start, end: start + exact.length });
  let exactBest: { start: number; context: number } | null = null;
  const hits = occurrences(text, exact);
  if (hits.length > 0) {
    const scored = hits.map((start) => ({
      start,
      context: contextScore(text, start, start + exact.length, prefix, suffix),
      wider: fullContextScore(text, start, start + exact.length, prefix, suffix),
      distance: Math.abs(start - position.start),
    }));
    scored.sort((a, b) => b.context - a.context || b.wider - a.wider || a.distance - b.distance);
    exactBest = scored[0];
    if (exactBest.context === 1) return placed(exactBest.start);
  }

  // 2. Its own sentence is still there around it but the words in between were edited:
  //    the stored context brackets the edited passage.
  const bracketed = bracket(text, { quote, position }, previous);
  if (bracketed) return { health: 'changed', ...bracketed };

  // 3. The same words where the context agrees less well (the sentence around them was edited).
  // The same words in a different sentence are a different claim: context must still agree.
  if (exactBest && exactBest.context >= 0.5) return placed(exactBest.start);

  // 4. The words were edited and so was their context: an approximate match that keeps most of the quote, with context that agrees.
  const maxErrors = Math.floor(exact.length * 0.3);
  if (maxErrors === 0) return { health: 'orphaned' };
  let best: { start: number; end: number; score: number } | null = null;
  for (const m of search(text, exact, maxErrors)) {
    const quoteScore = 1 - m.errors / exact.length;
    const context = contextScore(text, m.start, m.end, prefix, suffix);
    // Both sides must hold: most of the quote, and the passage around it.
    if (quoteScore < 0.7 || context < 0.9 || wasElsewhere(previous, text.slice(m.start, m.end), position)) continue;
    const nearness = 1 - Math.min(1, Math.abs(m.start - position.start) / 2000);
    const score = quoteScore * 40 + context * 40 + nearness * 20;
    if (!best || score > best.score) best = { start: m.start, end: m.end, score };
  }
  return best ? { health: 'changed', start: best.start, end: best.end } : { health: 'orphaned' };
}
