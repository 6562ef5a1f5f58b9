// Evidence at hand: passages of other articles that may bear on a claim. The search index
// finds the articles that mention the claim's subjects, names and figures (best by bm25,
// plus every article that is new material for it); each is read once and cut into
// sentences, and a sentence is worth the weights of the distinct terms it mentions.
import type { Snippet, Suggestion } from '../../shared/model';
import { articleText } from '../library/articles';
import type { Library } from '../library/db';
import { NotFoundError } from '../errors';
import { fold, foldWithMap, toOriginal } from '../search/fold';
import { termPhrase } from '../search/tokens';
import { claimTerms, type Term } from './subjects';

/** Articles read for passages: the best by relevance (new material comes on top of these). */
const CANDIDATES = 24;
/** Passages from one article at most, so that one long article does not fill the list. */
const PER_ARTICLE = 2;
/** A passage longer than this is cut around its first mention. */
const LONGEST = 240;

interface Passage {
  start: number;
  end: number;
  score: number;
  terms: Term[];
  marks: [number, number][];
}

/** Sentences end at Chinese and Latin full stops, question and exclamation marks, semicolons and line breaks. */
const SENTENCE_END = /[。！？!?；;]+|\n+/g;

function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    out.push([from, m.index + m[0].length]);
    from = m.index + m[0].length;
  }
  if (from < text.length) out.push([from, text.length]);
  return out;
}

/** The best passages of one article's text for these terms. */
function passagesIn(text: string, terms: Term[]): Passage[] {
  const folded = foldWithMap(text);
  const found: { term: Term; at: [number, number] }[] = [];
  for (const term of terms) {
    term.pattern.lastIndex = 0;
    for (const m of folded.text.matchAll(term.pattern)) if (m[0]) found.push({ term, at: toOriginal(folded, m.index, m.index + m[0].length) });
  }
  if (!found.some((f) => f.term.strong)) return [];
  found.sort((a, b) => a.at[0] - b.at[0]);
  const out: Passage[] = [];
  let k = 0;
  for (let [start, end] of sentences(text)) {
    const inside: typeof found = [];
    while (k < found.length && found[k].at[0] < end) {
      if (found[k].at[1] <= end) inside.push(found[k]);
      k++;
    }
    const distinct = [...new Set(inside.map((f) => f.term))];
    if (!distinct.some((t) => t.strong)) continue;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end - start > LONGEST) {
      const first = inside.find((f) => f.term.strong)!.at[0];
      start = Math.max(start, first - LONGEST / 3);
      end = Math.min(end, start + LONGEST);
    }
    const marks = inside.filter((f) => f.at[0] >= start && f.at[1] <= end).map((f) => f.at);
    out.push({ start, end, score: distinct.reduce((s, t) => s + t.weight, 0), terms: distinct, marks });
  }
  return out.sort((a, b) => b.score - a.score || a.start - b.start).slice(0, PER_ARTICLE);
}

interface ClaimFacts {
  statement: string;
  article_id: number;
  highlight_id: number;
  reviewed_at: string;
  tags: string;
}

export function suggestEvidence(lib: Library, claimId: number, limit = 10): Suggestion[] {
  const claim = lib.db
    .prepare(
      `SELECT c.statement, c.highlight_id, c.reviewed_at, h.article_id,
         (SELECT json_group_array(t.name) FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id WHERE ht.highlight_id = c.highlight_id) AS tags
       FROM claims c JOIN highlights h ON h.id = c.highlight_id WHERE c.id = ?`,
    )
    .get(claimId) as ClaimFacts | undefined;
  if (!claim) throw new NotFoundError(`no claim with id ${claimId}`);
  const terms = claimTerms(claim.statement, JSON.parse(claim.tags) as string[]);
  const strong = terms.filter((t) => t.strong);
  if (strong.length === 0) return [];

  const fresh = lib.db.prepare('SELECT article_id FROM claim_material WHERE claim_id = ? AND found_at > ?').pluck().all(claimId, claim.reviewed_at) as number[];
  const phrases = strong.map((t) => termPhrase(fold(t.text))).filter((p): p is string => p !== null);
  // Article rows only (−2a); bm25 ranks them, a title match counting as much as the text.
  const ranked = lib.db
    .prepare('SELECT rowid FROM search WHERE search MATCH ? AND rowid < 0 ORDER BY bm25(search, 1.0, 1.0, 0.0) LIMIT ?')
    .pluck()
    .all(`{body title} : (${phrases.join(' OR ')})`, CANDIDATES * 2) as number[];
  const articles = [...new Set([...fresh, ...ranked.filter((r) => r % 2 === 0).map((r) => -r / 2)])].filter((a) => a !== claim.article_id).slice(0, CANDIDATES + fresh.length);

  const linked = new Set(lib.db.prepare('SELECT highlight_id FROM claim_evidence WHERE claim_id = ? AND highlight_id IS NOT NULL').pluck().all(claimId) as number[]);
  const meta = lib.db.prepare('SELECT title, site, date FROM articles WHERE id = ?');
  const onPassage = lib.db.prepare("SELECT id FROM highlights WHERE article_id = ? AND start = ? AND end = ? AND anchor <> 'orphaned' ORDER BY id LIMIT 1").pluck();
  const isFresh = new Set(fresh);
  const out: { s: Suggestion; score: number }[] = [];
  for (const articleId of articles) {
    const text = articleText(lib, articleId);
    if (text === undefined) continue;
    const a = meta.get(articleId) as { title: string; site: string | null; date: string | null };
    for (const p of passagesIn(text, terms)) {
      const highlightId = (onPassage.get(articleId, p.start, p.end) as number | undefined) ?? null;
      if (highlightId !== null && linked.has(highlightId)) continue;
      const snippet: Snippet = { text: text.slice(p.start, p.end), marks: p.marks.map(([s, e]) => [s - p.start, e - p.start]), cutBefore: false, cutAfter: false };
      out.push({ s: { articleId, articleTitle: a.title, site: a.site, date: a.date, start: p.start, end: p.end, snippet, terms: p.terms.map((t) => t.text), isNew: isFresh.has(articleId), highlightId }, score: p.score });
    }
  }
  // New material first, then the passages that mention most, then the newest articles.
  out.sort((x, y) => Number(y.s.isNew) - Number(x.s.isNew) || y.score - x.score || (y.s.date ?? '').localeCompare(x.s.date ?? '') || x.s.articleId - y.s.articleId || x.s.start - y.s.start);
  return out.slice(0, limit).map((x) => x.s);
}
