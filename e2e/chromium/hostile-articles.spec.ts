// Every XSS vector of the corpus opened in the reader: no dialog, no script, no request
// leaving the app, and no element the article put outside its container.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS, expect, test } from './fixtures';

test('no vector in xss/ runs, navigates or phones home', async ({ page, gloss }) => {
  test.setTimeout(600_000);
  const events: string[] = [];
  page.on('dialog', (d) => {
    events.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(gloss.server.url) && !r.url().startsWith('ws://127.0.0.1')) events.push(`request: ${r.url()}`);
  });
  page.on('popup', (p) => events.push(`popup: ${p.url()}`));
  await page.exposeBinding('__pwned', (_src, what) => events.push(`script ran: ${String(what)}`));

  const summary = await gloss.call<{ imported: number; results: { id: number | null; path: string }[] }>('importPaths', { paths: [join(CORPUS, 'xss')] });
  expect(summary.imported).toBeGreaterThan(300);
  const appUrl = page.url().replace(/#.*$/, '');
  const outsideArticle = () =>
    page.evaluate(() =>
      Array.from(document.body.querySelectorAll('*')).filter((el) => !el.closest('.article-body') && /^(SCRIPT|IFRAME|OBJECT|EMBED|FRAME|FORM|BASE|LINK|META|STYLE|SVG|MATH)$/i.test(el.tagName)).length,
    );
  for (const r of summary.results) {
    if (r.id === null) continue;
    await page.goto(`${appUrl}#/article/${r.id}`);
    await expect(page.getByTestId('article-body'), r.path).toBeVisible();
    expect(page.url().startsWith(appUrl), r.path).toBe(true);
    expect(await outsideArticle(), r.path).toBe(0);
    const inside = await page.evaluate(() => Array.from(document.querySelectorAll('.article-body *')).filter((el) => /^(SCRIPT|IFRAME|OBJECT|EMBED|FRAME|FORM|STYLE)$/i.test(el.tagName) || Array.from(el.attributes).some((a) => /^on/i.test(a.name))).length);
    expect(inside, r.path).toBe(0);
  }
  expect(events).toEqual([]);
  expect(readdirSync(join(CORPUS, 'xss')).length).toBeGreaterThan(300);
});
