// Anchoring, measured: highlights over real articles, texts edited in each way a re-import
// can change them, and the rate placed right, placed wrongly and orphaned for each kind.
import { readFileSync } from 'node:fs';
import { describe as suite, expect, it } from 'vitest';
import { parseArticle } from '../ingest/parse-article';
import { corpusFiles } from '../test-support/corpus';
import { anchor, describe } from './index';

/** A small deterministic generator, so a failure can be replayed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Case {
  text: string;
  start: number;
  end: number;
}

const articles = corpusFiles('hexo-zh', (f) => f.startsWith('gne-') || f.startsWith('weekly-'))
  .slice(0, 60)
  .map((f) => parseArticle(readFileSync(f), f).text);

function paragraphsOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const part of text.split('\n\n')) {
    out.push({ start, end: start + part.length });
    start += part.length + 2;
  }
  return out;
}

/** At least 1,000 highlights: spans of 6–40 characters inside paragraphs. */
function makeCases(): Case[] {
  const next = rng(7);
  const cases: Case[] = [];
  for (const text of articles) {
    const paras = paragraphsOf(text).filter((p) => p.end - p.start >= 30);
    for (let i = 0; i < 20 && paras.length; i++) {
      const p = paras[Math.floor(next() * paras.length)];
      const len = 6 + Math.floor(next() * Math.min(35, p.end - p.start - 6));
      const start = p.start + Math.floor(next() * (p.end - p.start - len));
      cases.push({ text, start, end: start + len });
    }
  }
  return cases;
}

type Outcome = 'right' | 'wrong' | 'orphaned';
type Edit = (c: Case, next: () => number) => { text: string; expect: { start: number; end: number; health?: 'changed' } | null } | null;

const paraIndexOf = (paras: { start: number; end: number }[], at: number) => paras.findIndex((p) => at >= p.start && at <= p.end);

const EDITS: Record<string, Edit> = {
  // Markup and whitespace never reach the plain text: the text is derived from the document.
  'whitespace/markup only': (c) => ({ text: c.text, expect: { start: c.start, end: c.end } }),
  'insertion elsewhere': (c, next) => {
    const paras = paragraphsOf(c.text);
    const at = paras[Math.floor(next() * (paraIndexOf(paras, c.start) + 1))].start;
    const added = '新增一段：本文更新于今日，补充了若干细节和数据来源。\n\n';
    return { text: c.text.slice(0, at) + added + c.text.slice(at), expect: { start: c.start + added.length, end: c.end + added.length } };
  },
  'deletion elsewhere': (c) => {
    const paras = paragraphsOf(c.text);
    const own = paraIndexOf(paras, c.start);
    const victim = paras.findIndex((_, i) => i !== own && i !== paraIndexOf(paras, c.end));
    if (victim === -1) return null;
    const p = paras[victim];
    const cut = c.text.slice(0, p.start) + c.text.slice(Math.min(c.text.length, p.end + 2));
    const shift = p.start < c.start ? Math.min(c.text.length, p.end + 2) - p.start : 0;
    return { text: cut, expect: { start: c.start - shift, end: c.end - shift } };
  },
  'paragraphs reordered': (c) => {
    const paras = paragraphsOf(c.text);
    const own = paraIndexOf(paras, c.start);
    if (own !== paraIndexOf(paras, c.end) || paras.length < 3) return null;
    const other = own === 0 ? paras.length - 1 : 0;
    const parts = paras.map((p) => c.text.slice(p.start, p.end));
    [parts[own], parts[other]] = [parts[other], parts[own]];
    const text = parts.join('\n\n');
    const newStart = parts.slice(0, other).reduce((n, s) => n + s.length + 2, 0) + (c.start - paras[own].start);
    return { text, expect: { start: newStart, end: newStart + (c.end - c.start) } };
  },
  'sentence changed inside the highlight': (c) => {
    if (c.end - c.start < 12) return null;
    const mid = c.start + Math.floor((c.end - c.start) / 2);
    const text = `${c.text.slice(0, mid)}（据报道）${c.text.slice(mid + 1)}`;
    return { text, expect: { start: c.start, end: c.end + 4, health: 'changed' } };
  },
  'passage deleted': (c) => {
    const paras = paragraphsOf(c.text);
    const first = paraIndexOf(paras, c.start);
    const last = paraIndexOf(paras, c.end);
    const text = c.text.slice(0, paras[first].start) + c.text.slice(Math.min(c.text.length, paras[last].end + 2));
    return { text, expect: null };
  },
};

function judge(c: Case, edit: Edit, next: () => number): Outcome | null {
  const edited = edit(c, next);
  if (!edited) return null;
  const found = anchor(edited.text, describe(c.text, c.start, c.end), c.text);
  if (found.health === 'orphaned') return 'orphaned';
  // Passage deleted: orphaned, unless the very words are still elsewhere in the article
  // (articles repeat sentences), which is "the same words when they are still there".
  if (!edited.expect) return found.health !== 'changed' && edited.text.slice(found.start, found.end) === c.text.slice(c.start, c.end) ? 'right' : 'wrong';
  const { start, end, health } = edited.expect;
  if (health === 'changed') {
    if (found.health !== 'changed' && sameStoredPassage(c, edited.text, found)) return 'right';
    // On the edited passage: overlapping most of it, and marked as changed.
    const overlap = Math.min(end, found.end) - Math.max(start, found.start);
    return found.health === 'changed' && overlap >= 0.8 * (end - start) ? 'right' : 'wrong';
  }
  if (found.start === start && found.end === end) return 'right';
  return sameStoredPassage(c, edited.text, found) ? 'right' : 'wrong';
}

/**
 * Articles repeat sentences (a lead restated in the body, a caption under a photo). An
 * unedited copy with the same words and the same context in its own paragraph is the same
 * passage to everything a highlight stores, and to a reader: placing it there is right.
 */
function sameStoredPassage(c: Case, text: string, found: { start: number; end: number }): boolean {
  const own = (q: ReturnType<typeof describe>['quote']) => [q.exact, q.prefix.split('\n\n').at(-1), q.suffix.split('\n\n')[0]].join('|');
  return own(describe(c.text, c.start, c.end).quote) === own(describe(text, found.start, found.end).quote);
}

suite('anchoring highlights after the text changes (measured)', () => {
  const cases = makeCases();

  it(`places ${cases.length} highlights right, never wrongly, and orphans what is gone`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(1000);
    const rows: string[] = [];
    const results: Record<string, { right: number; wrong: number; orphaned: number }> = {};
    for (const [kind, edit] of Object.entries(EDITS)) {
      const next = rng(11);
      const tally = { right: 0, wrong: 0, orphaned: 0 };
      for (const c of cases) {
        const outcome = judge(c, edit, next);
        if (outcome) tally[outcome]++;
      }
      const n = tally.right + tally.wrong + tally.orphaned;
      const pct = (x: number) => `${((100 * x) / n).toFixed(1)}%`;
      rows.push(`${kind.padEnd(38)} n=${String(n).padStart(5)}  right ${pct(tally.right).padStart(6)}  wrong ${pct(tally.wrong).padStart(5)}  orphaned ${pct(tally.orphaned).padStart(6)}`);
      results[kind] = tally;
      expect(tally.wrong, kind).toBe(0);
      if (kind !== 'passage deleted' && kind !== 'sentence changed inside the highlight') {
        expect(tally.right, kind).toBe(n);
      }
      if (kind === 'sentence changed inside the highlight') expect(tally.right / n, kind).toBeGreaterThan(0.9);
    }
    console.log(`anchoring over ${cases.length} highlights in ${articles.length} articles\n${rows.join('\n')}`);
    expect(Object.keys(results)).toHaveLength(6);
  });

  it('a whitespace- or markup-only edit of the HTML leaves the plain text, and so every anchor, unchanged', () => {
    for (const file of corpusFiles('hexo-zh').slice(0, 40)) {
      const raw = readFileSync(file, 'utf8');
      const before = parseArticle(Buffer.from(raw), file).text;
      // Re-indented source, extra wrappers, and inline markup that carries no text.
      const split = raw.indexOf('\n---', 4) + 4;
      const body = raw.slice(split).replace(/></g, '>\n    <').replace(/<p>/g, '<p><span class="x">').replace(/<\/p>/g, '</span></p>');
      const after = parseArticle(Buffer.from(`${raw.slice(0, split)}\n<div><section>\n${body}\n</section></div>\n`), file).text;
      expect(after, file).toBe(before);
    }
  });

  it('does not re-anchor a short quote to a lookalike elsewhere when its passage is gone', () => {
    const text = '阿里巴巴发布财报。\n\n腾讯也发布了财报，表现平平。\n\n市场认为阿里巴巴发布财报的时机很好。';
    const selectors = describe(text, 0, 8); // 阿里巴巴发布财报
    const without = text.slice(text.indexOf('\n\n') + 2);
    expect(anchor(without, selectors).health).toBe('orphaned');
  });
});
