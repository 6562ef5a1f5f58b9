// The app in Debian's Chromium against browser mode, each figure against a baseline taken
// in the same run: opening the seed until its text is painted (baseline: a one-paragraph
// article), and frame times while scrolling a 10,000-article list (baseline: 50 articles).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { parseArticle } from '../src/core/ingest/parse-article';
import { HIGHLIGHT_COLORS } from '../src/shared/model';
import { createHighlight } from '../src/core/annotations/highlights';
import { articleText, insertArticle } from '../src/core/library/articles';
import { openLibrary, type Library } from '../src/core/library/db';
import { startServer } from '../src/server/serve';
import { report } from './report';
import { build, corpusSentences } from './search';

const SEED = resolve(import.meta.dirname, '../../shared/seed/000_4190482cfc1b7c75.txt');
const RENDERER = resolve(import.meta.dirname, '../out/renderer');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function fill(lib: Library, count: number): number[] {
  const seed = parseArticle(readFileSync(SEED), SEED);
  const ids: number[] = [];
  lib.db.transaction(() => {
    for (let i = 0; i < count; i++) ids.push(insertArticle(lib, { ...seed, title: `${seed.title} (${i + 1})` }, null, `bench-${i}`));
  })();
  return ids;
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

function withApp<T>(count: number, run: (page: Page, ids: number[], lib: Library) => Promise<T>): Promise<T> {
  return withLibrary((lib) => fill(lib, count), run);
}

async function withLibrary<T>(make: (lib: Library) => number[], run: (page: Page, ids: number[], lib: Library) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-bench-app-'));
  const lib = openLibrary(join(dir, 'library.db'));
  const ids = make(lib);
  const server = await startServer({ lib, rendererDir: RENDERER });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.openUrl);
    return await run(page, ids, lib);
  } finally {
    await browser.close();
    await server.close();
    lib.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// Browser-side code is passed as text: tsx's transform adds helpers (__name) to functions
// that do not exist in the page.

/** ms from asking for an article until its body text is painted. */
async function openToPaint(page: Page, id: number, expectText: string): Promise<number> {
  await page.goto(page.url().replace(/#.*$/, '') + '#/');
  await page.getByTestId('library-list').waitFor();
  return page.evaluate(`new Promise((done) => {
    const t0 = performance.now();
    location.hash = '#/article/${id}';
    const check = () => {
      const body = document.querySelector('[data-testid="article-body"]');
      if (body && body.textContent.includes(${JSON.stringify(expectText)})) requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - t0)));
      else requestAnimationFrame(check);
    };
    check();
  })`);
}

/** ms from asking for an article until its text and `highlights` painted highlights are on screen. */
async function openToPaintHighlights(page: Page, id: number, highlights: number): Promise<number> {
  await page.goto(page.url().replace(/#.*$/, '') + '#/');
  await page.getByTestId('library-list').waitFor();
  // Bounded: a run that never paints them all reports the 10 s limit rather than hanging.
  return page.evaluate(`new Promise((done) => {
    setTimeout(() => done(10000), 10000);
    const t0 = performance.now();
    location.hash = '#/article/${id}';
    const check = () => {
      const body = document.querySelector('[data-testid="article-body"]');
      const painted = new Set(Array.from(document.querySelectorAll('[data-highlight]')).map((e) => e.dataset.highlight)).size;
      if (body && body.textContent.length > 100 && painted >= ${highlights}) requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - t0)));
      else requestAnimationFrame(check);
    };
    check();
  })`);
}

/** Frame durations (ms) while the list scrolls 60 px a frame for about two seconds. */
async function scrollFrames(page: Page): Promise<number[]> {
  await page.getByTestId('library-list').waitFor();
  return page.evaluate(`new Promise((done) => {
    const list = document.querySelector('[data-testid="library-list"]');
    const frames = [];
    let last = performance.now();
    const step = (now) => {
      frames.push(now - last);
      last = now;
      list.scrollTop += 60;
      if (frames.length < 120) requestAnimationFrame(step);
      else done(frames.slice(5));
    };
    requestAnimationFrame(step);
  })`);
}

/** ms until `ready` (a selector) shows after `act` runs in the page. */
async function until(page: Page, act: string, ready: string): Promise<number> {
  return page.evaluate(`new Promise((done) => {
    setTimeout(() => done(10000), 10000);
    const t0 = performance.now();
    ${act};
    const check = () => (document.querySelector(${JSON.stringify(ready)}) ? requestAnimationFrame(() => done(performance.now() - t0)) : requestAnimationFrame(check));
    check();
  })`);
}

/**
 * A day's work in a library of 10,000 articles and 100,000 highlights (the search
 * benchmark's), each step against the same step in a library of 50 articles: start (the
 * list shown), open an article, search, and highlight a selection (painted).
 */
async function dayInLibrary(make: (lib: Library) => number[]): Promise<Record<'start' | 'open' | 'search' | 'annotate', number>> {
  return withLibrary(make, async (page, ids) => {
    const runs: Record<'start' | 'open' | 'search' | 'annotate', number[]> = { start: [], open: [], search: [], annotate: [] };
    const base = page.url().replace(/#.*$/, '');
    // The page notes when its first row is drawn, frame by frame. Read after Playwright sees the
    // row, the clock would include Playwright's polling, which backs off to 500 ms while the page
    // is busy taking in the rest of the list.
    await page.addInitScript(`(() => {
      const check = () => (document.querySelector('[data-testid="library-list"] [role="option"]') ? (window.firstRowAt = performance.now()) : requestAnimationFrame(check));
      requestAnimationFrame(check);
    })()`);
    for (let i = 0; i < 5; i++) {
      // Start: from the page's navigation until the first rows of the list are shown. The list
      // the page asks for on its way there has come (it is counted) before the page reloads,
      // so the start does not wait behind it.
      await page.goto(`${base}#/`);
      await page.getByTestId('library-count').filter({ hasText: /\d/ }).waitFor();
      await page.reload();
      await page.getByTestId('library-list').getByRole('option').first().waitFor();
      runs.start.push(await page.evaluate('window.firstRowAt'));
      runs.open.push(await openToPaint(page, ids[i], '。'));
      runs.search.push(await until(page, `document.querySelector('[data-testid="search-button"]').click()`, '[data-testid="search-input"]').then(async () => {
        const t0 = Date.now();
        await page.getByTestId('search-input').fill('拼多多');
        await page.getByTestId('search-article').first().waitFor();
        return Date.now() - t0;
      }));
      await page.keyboard.press('Escape');
      runs.annotate.push(await page.evaluate(`new Promise((done) => {
        const body = document.querySelector('[data-testid="article-body"] p');
        const text = body.firstChild;
        const range = document.createRange();
        range.setStart(text, 0);
        range.setEnd(text, Math.min(6, text.data.length));
        const sel = getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
        body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        const before = document.querySelectorAll('[data-highlight]').length;
        requestAnimationFrame(() => {
          const t0 = performance.now();
          window.dispatchEvent(new KeyboardEvent('keydown', { key: 'h', bubbles: true }));
          const check = () => (document.querySelectorAll('[data-highlight]').length > before ? done(performance.now() - t0) : requestAnimationFrame(check));
          check();
        });
      })`));
    }
    const median = (xs: number[]) => percentile(xs.slice(1), 50);
    return { start: median(runs.start), open: median(runs.open), search: median(runs.search), annotate: median(runs.annotate) };
  });
}

export async function benchApp(): Promise<void> {
  const small = await withApp(1, async (page, _ids, lib) => {
    const short = parseArticle(Buffer.from('<p>一段很短的文字。</p>'), 'short.html');
    const id = insertArticle(lib, short, null, 'bench-short');
    const times: number[] = [];
    for (let i = 0; i < 7; i++) times.push(await openToPaint(page, id, '一段很短的文字'));
    return times.slice(2);
  });
  const seed = await withApp(1, async (page, ids) => {
    const times: number[] = [];
    for (let i = 0; i < 7; i++) times.push(await openToPaint(page, ids[0], '淘宝特价版与拼多多一样'));
    return times.slice(2);
  });
  const annotated = await withApp(2, async (page, ids, lib) => {
    // 300 highlights spread over the seed, as a heavy reader leaves them.
    const text = articleText(lib, ids[0])!;
    const step = Math.floor((text.length - 20) / 300);
    for (let i = 0; i < 300; i++) {
      // Start on a character (not a paragraph break) so every highlight paints something.
      let start = i * step;
      while (/\s/.test(text[start])) start++;
      createHighlight(lib, { articleId: ids[0], start, end: start + 12, color: HIGHLIGHT_COLORS[i % 5] });
    }
    const withHighlights: number[] = [];
    const without: number[] = [];
    for (let i = 0; i < 7; i++) {
      withHighlights.push(await openToPaintHighlights(page, ids[0], 300));
      without.push(await openToPaintHighlights(page, ids[1], 0));
    }
    return { withHighlights: withHighlights.slice(2), without: without.slice(2) };
  });
  const few = await withApp(50, (page) => scrollFrames(page));
  const many = await withApp(10_000, (page) => scrollFrames(page));
  const smallDay = await dayInLibrary((lib) => fill(lib, 50));
  const bigDay = await dayInLibrary((lib) => {
    build(lib, corpusSentences());
    return lib.db.prepare('SELECT id FROM articles ORDER BY id LIMIT 10').pluck().all() as number[];
  });
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  report('app (browser mode, Chromium)', [
    ...(['start', 'open', 'search', 'annotate'] as const).map((k): [string, string] => [
      `10,000 articles + 100,000 highlights: ${k} (median)`,
      `${ms(bigDay[k])} · baseline, 50 articles: ${ms(smallDay[k])} (${(bigDay[k] / smallDay[k]).toFixed(2)}×)`,
    ]),
    ['open seed → text painted (median)', ms(percentile(seed, 50))],
    ['baseline: one-paragraph article', ms(percentile(small, 50))],
    ['seed / baseline', `${(percentile(seed, 50) / percentile(small, 50)).toFixed(2)}×`],
    ['list scroll, 10,000 articles: frame p50 / p95', `${ms(percentile(many, 50))} / ${ms(percentile(many, 95))}`],
    ['baseline: 50 articles: frame p50 / p95', `${ms(percentile(few, 50))} / ${ms(percentile(few, 95))}`],
    ['10,000 / 50 (p95)', `${(percentile(many, 95) / percentile(few, 95)).toFixed(2)}×`],
    ['open seed with 300 highlights (median)', ms(percentile(annotated.withHighlights, 50))],
    ['baseline: the same article, no highlights', ms(percentile(annotated.without, 50))],
    ['extra for 300 highlights (goal < 100 ms)', ms(percentile(annotated.withHighlights, 50) - percentile(annotated.without, 50))],
  ]);
}
