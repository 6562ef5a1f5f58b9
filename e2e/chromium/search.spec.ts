// Search as a reader uses it: type 微信 and see results while typing, open the seed's
// result at its first occurrence, step through every occurrence with n, and find a note.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { CORPUS, SCREENSHOTS, SHARED, expect, setLanguage, test } from './fixtures';

const SEED = join(SHARED, 'seed/000_4190482cfc1b7c75.txt');

/** Whether the current search mark is inside the reader's visible area. */
const currentInView = (page: Page) =>
  page.evaluate(() => {
    const mark = document.querySelector('.search-current');
    const reader = document.querySelector('[data-testid="reader-scroll"]');
    if (!mark || !reader) return false;
    const m = mark.getBoundingClientRect();
    const r = reader.getBoundingClientRect();
    return m.top >= r.top && m.bottom <= r.bottom;
  });

test('type 微信, open the seed at its first occurrence, step through all of them with n', async ({ page, gloss }) => {
  const hexo = readdirSync(join(CORPUS, 'hexo-zh')).filter((f) => !f.startsWith('niaogebiji')).slice(0, 30).map((f) => join(CORPUS, 'hexo-zh', f));
  const summary = await gloss.call<{ results: { id: number; path: string }[] }>('importPaths', { paths: [SEED, ...hexo] });
  const seedId = summary.results.find((r) => r.path === SEED)!.id;
  const seed = await gloss.call<{ text: string; title: string }>('getArticle', { id: seedId });
  const expected = seed.text.split('微信').length - 1;
  expect(expected).toBeGreaterThan(20);
  await page.reload();
  await expect(page.getByText('31 articles')).toBeVisible();

  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.keyboard.press('/');
  const input = page.getByTestId('search-input');
  await expect(input).toBeFocused();
  // Results come while typing: after the first character already.
  await input.pressSequentially('微', { delay: 30 });
  await expect(page.getByTestId('search-article').first()).toBeVisible();
  await input.pressSequentially('信', { delay: 30 });
  const seedResult = page.getByTestId('search-article').filter({ hasText: '阿里小程序闯关微信' });
  await expect(seedResult).toContainText(`${expected} matches`);
  await expect(page.getByTestId('search-results').locator('mark').first()).toHaveText('微信');
  await page.screenshot({ path: join(SCREENSHOTS, 'search-panel-en.png') });

  await seedResult.click();
  await expect(page.getByTestId('article-title')).toHaveText(seed.title);
  await expect(page.getByTestId('find-position')).toHaveText(`1 of ${expected}`);
  await expect(page.getByTestId('search-current')).toHaveText('微信');
  await expect(page.getByTestId('search-mark')).toHaveCount(expected - 1);
  // The first occurrence in the text is the one shown.
  const firstAt = seed.text.indexOf('微信');
  expect(page.url()).toContain(`at=${firstAt}`);
  await expect.poll(() => currentInView(page)).toBe(true);
  await page.screenshot({ path: join(SCREENSHOTS, 'search-reader-en.png') });

  for (let i = 2; i <= expected; i++) {
    await page.keyboard.press('n');
    await expect(page.getByTestId('find-position')).toHaveText(`${i} of ${expected}`);
    await expect.poll(() => currentInView(page)).toBe(true);
  }
  await page.keyboard.press('n');
  await expect(page.getByTestId('find-position')).toHaveText(`1 of ${expected}`);
  await page.keyboard.press('Shift+N');
  await expect(page.getByTestId('find-position')).toHaveText(`${expected} of ${expected}`);

  // Esc clears the marks and stays in the article; Ctrl+K brings the search back, query kept.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('find-bar')).toHaveCount(0);
  await expect(page.getByTestId('search-mark')).toHaveCount(0);
  await expect(page.getByTestId('article-title')).toHaveText(seed.title);
  await page.keyboard.press('Control+k');
  await expect(page.getByTestId('search-input')).toHaveValue('微信');

  // Arrow keys and Enter: a text snippet opens its article at that very occurrence.
  await expect(seedResult).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-active="true"]')).toHaveAttribute('data-testid', 'search-hit');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('find-bar')).toBeVisible();
  const [, id, at] = /#\/article\/(\d+)\?.*at=(\d+)/.exec(page.url())!;
  const opened = await gloss.call<{ text: string }>('getArticle', { id: Number(id) });
  expect(opened.text.slice(Number(at), Number(at) + 2)).toBe('微信');
  await expect(page.getByTestId('search-current')).toHaveText('微信');
  expect(errors).toEqual([]);
});

test('a note is found and opens at its highlight; filters show as chips; the interface in Chinese', async ({ page, gloss }) => {
  const summary = await gloss.call<{ results: { id: number }[] }>('importPaths', { paths: [SEED] });
  const articleId = summary.results[0].id;
  const article = await gloss.call<{ text: string }>('getArticle', { id: articleId });
  const start = article.text.indexOf('阿里生态');
  const h = await gloss.call<{ id: number }>('createHighlight', { articleId, start, end: start + 8, color: 'blue', tags: ['needs a source'] });
  const note = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '与拼多多的供应链对比，待核实' }] }] };
  await gloss.call('updateHighlight', { id: h.id, note, noteText: '与拼多多的供应链对比，待核实' });
  await setLanguage(gloss, page, 'zh-CN');

  await page.getByTestId('search-button').click();
  await page.getByTestId('search-input').fill('供应链 tag:"needs a source"');
  await expect(page.locator('.search-chips .chip')).toHaveText(/标签: needs a source/);
  const hit = page.getByTestId('search-hit').filter({ hasText: '待核实' });
  await expect(hit).toContainText('笔记');
  await page.screenshot({ path: join(SCREENSHOTS, 'search-panel-zh.png') });
  await hit.click();
  expect(page.url()).toContain(`highlight=${h.id}`);
  await expect(page.locator(`[data-highlight="${h.id}"]`).first()).toBeInViewport();
  await expect(page.getByTestId('find-position')).toHaveText('正文中没有');

  // A query with nothing to find says so and offers filters.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+k');
  await page.getByTestId('search-input').fill('不存在的词语');
  await expect(page.getByTestId('search-results')).toContainText('没有与“不存在的词语”匹配的内容');
  await expect(page.getByTestId('search-results').getByRole('button', { name: 'tag:"needs a source"' })).toBeVisible();
});
