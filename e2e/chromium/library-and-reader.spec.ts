import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS, SCREENSHOTS, dropFiles, expect, setLanguage, test } from './fixtures';

const SEED_TITLE = '又一个阿里小程序闯关微信！ _淘宝特价版+1688_双线反攻！';

test('drop the hexo-zh folder, watch progress, see every file imported', async ({ page, gloss }) => {
  await expect(page.getByTestId('empty-state')).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'empty-en.png') });
  const dir = join(CORPUS, 'hexo-zh');
  const files = readdirSync(dir).map((name) => ({ name, base64: readFileSync(join(dir, name)).toString('base64') }));
  await dropFiles(page, files);
  await expect(page.getByTestId('import-progress')).toBeVisible();
  await expect(page.getByTestId('import-summary')).toHaveText(`${files.length} imported · 0 duplicate · 0 updated · 0 failed`, { timeout: 90_000 });
  await page.screenshot({ path: join(SCREENSHOTS, 'import-results-en.png') });
  await expect(page.getByText(`${files.length} articles`)).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'library-en.png') });
  expect((await gloss.call<unknown[]>('listArticles', {})).length).toBe(files.length);
});

test('open the seed, keep the reading place, switch to dark, follow the table of contents', async ({ page, gloss }) => {
  await gloss.call('importPaths', { paths: [join(CORPUS, 'hexo-zh')] });
  await page.reload();
  await page.getByPlaceholder('Filter by title, author or site').fill('阿里小程序');
  await page.getByText(SEED_TITLE).click();
  await expect(page.getByTestId('article-title')).toHaveText(SEED_TITLE);
  await expect(page.getByTestId('article-body')).toContainText('淘宝特价版与拼多多一样');
  await page.screenshot({ path: join(SCREENSHOTS, 'reader-light-en.png') });

  const scroller = page.getByTestId('reader-scroll');
  const half = await scroller.evaluate((el) => {
    el.scrollTop = (el.scrollHeight - el.clientHeight) / 2;
    return el.scrollTop;
  });
  await page.waitForTimeout(600); // the position is saved 300 ms after scrolling stops
  await page.reload();
  await expect(page.getByTestId('article-body')).toContainText('淘宝特价版');
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(half - 40);
  expect(await scroller.evaluate((el) => el.scrollTop)).toBeLessThan(half + 40);

  await page.keyboard.press('Control+,');
  await page.getByRole('button', { name: 'Dark' }).click();
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: join(SCREENSHOTS, 'reader-dark-en.png') });

  const toc = page.getByTestId('toc');
  const entry = toc.getByRole('button').last();
  const heading = (await entry.textContent())!;
  await entry.click();
  const target = page.getByTestId('article-body').getByRole('heading', { name: heading });
  await expect(target).toBeInViewport();
  await expect(entry).toHaveClass(/current/);

  await page.keyboard.press('Escape');
  await expect(page.getByText('Library')).toBeVisible();
});

test('the interface speaks Simplified Chinese', async ({ page, gloss }) => {
  await setLanguage(gloss, page, 'zh-CN');
  await expect(page.getByText('文库还是空的')).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'empty-zh.png') });
  await gloss.call('importPaths', { paths: [join(CORPUS, 'hexo-zh')] });
  await page.reload();
  await expect(page.getByText('253 篇文章')).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'library-zh.png') });
  await page.getByPlaceholder('按标题、作者或来源筛选').fill('阿里小程序');
  await page.getByText(SEED_TITLE).click();
  await expect(page.getByText('目录')).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'reader-light-zh.png') });
  await page.keyboard.press('Control+,');
  await page.getByRole('button', { name: '深色' }).click();
  await page.keyboard.press('Escape');
  await page.screenshot({ path: join(SCREENSHOTS, 'reader-dark-zh.png') });
});

test('the keyboard moves through the list and opens an article', async ({ page, gloss }) => {
  await gloss.call('importPaths', { paths: [join(CORPUS, 'saved-pages')] });
  await page.reload();
  // Keys pressed before the list is on screen would go nowhere, as they would for a person.
  await expect(page.getByText('3 articles')).toBeVisible();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/article\/\d+$/);
  await expect(page.getByTestId('article-title')).toBeVisible();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
});
