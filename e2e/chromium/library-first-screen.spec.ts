// A large library draws its first screen of articles before the whole list has come, and never
// shows a count, an empty shelf or a scroll position that belongs to that first screen only.
import { join } from 'node:path';
import type { Request } from '@playwright/test';
import { CORPUS, expect, test } from './fixtures';

const listCalls = (requests: Request[]) => requests.filter((r) => r.url().endsWith('/api/listArticles')).map((r) => JSON.parse(r.postData() ?? '{}') as { view: string; limit?: number });

test('the first screen comes first, then every article; the count only ever shows the whole list; a refresh stays where it was', async ({ page, gloss }) => {
  const { results } = await gloss.call<{ results: unknown[] }>('importPaths', { paths: [join(CORPUS, 'hexo-zh')] });
  const total = results.length;
  expect(total).toBeGreaterThan(200);
  // Every text the count ever shows, from the page's first frame.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { countsSeen: string[] }).countsSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="library-count"]')?.textContent ?? null;
      if (text !== null && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  await page.reload();

  const list = page.getByTestId('library-list');
  await expect(page.getByTestId('library-count')).toHaveText(`${total} articles`);
  expect(listCalls(requests)).toEqual([
    { sort: 'imported', view: 'inbox', limit: 60 },
    { sort: 'imported', view: 'inbox' },
  ]);
  expect(await page.evaluate(() => (window as unknown as { countsSeen: string[] }).countsSeen)).toEqual(['', `${total} articles`]);

  // The whole list is there: its last article is at the end.
  await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
  const oldest = (await gloss.call<{ title: string }[]>('listArticles', { view: 'inbox' })).at(-1)!.title;
  await expect(list.getByRole('option').filter({ hasText: oldest })).toBeVisible();

  // Archiving one refreshes the list in one step, whole: no first screen, and the scroll stays.
  const at = await list.evaluate((el) => el.scrollTop);
  requests.length = 0;
  await list.getByRole('option').filter({ hasText: oldest }).hover();
  await page.keyboard.press('e');
  await expect(page.getByTestId('library-count')).toHaveText(`${total - 1} articles`);
  expect(listCalls(requests)).toEqual([{ sort: 'imported', view: 'inbox' }]);
  expect(await list.evaluate((el) => el.scrollTop)).toBeGreaterThan(at - 200);
});

test('a small library is listed in one request', async ({ page, gloss }) => {
  await gloss.call('importPaths', { paths: [join(CORPUS, 'saved-pages')] });
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  await page.reload();
  await expect(page.getByTestId('library-count')).toHaveText(/^\d+ articles$/);
  expect(listCalls(requests)).toEqual([{ sort: 'imported', view: 'inbox', limit: 60 }]);
});
