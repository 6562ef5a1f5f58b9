// The rough edges a new user met in the trial (issue 15, item 6), each as the steps a
// person takes, in both languages where the words matter.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SCREENSHOTS, SHARED, dropFiles, expect, setLanguage, test, type Gloss } from './fixtures';
import { select } from './select-text';

const SEED = join(SHARED, 'seed/000_4190482cfc1b7c75.txt');

async function openSeed(page: Page, gloss: Gloss): Promise<{ articleId: number; text: string }> {
  const articleId = (await gloss.call<{ results: { id: number }[] }>('importPaths', { paths: [SEED] })).results[0].id;
  const text = (await gloss.call<{ text: string }>('getArticle', { id: articleId })).text;
  await page.goto(`${page.url().replace(/#.*$/, '')}#/article/${articleId}`);
  await expect(page.getByTestId('reader-scroll')).toHaveAttribute('data-ready', 'true');
  return { articleId, text };
}

const b64 = (s: string) => Buffer.from(s, 'latin1').toString('base64');

test('two tags typed quickly are both kept, and no "0 highlights" tag is left behind', async ({ page, gloss }) => {
  const { articleId, text } = await openSeed(page, gloss);
  const at = text.indexOf('淘宝特价版');
  const h = await gloss.call<{ id: number }>('createHighlight', { articleId, start: at, end: at + 5 });
  await page.reload();
  await page.locator(`[data-highlight="${h.id}"]`).first().click();
  // A library that takes a moment to save (a busy disk): the second tag comes before the first is saved.
  await page.route('**/api/updateHighlight', async (route) => {
    await new Promise((done) => setTimeout(done, 400));
    await route.continue();
  });
  const input = page.getByTestId('highlight-card').getByTestId('tag-input');
  await input.click();
  // As fast as a person types: no waiting for the first tag to be saved.
  await input.pressSequentially('1688');
  await input.press('Enter');
  await input.pressSequentially('拼多多');
  await input.press('Enter');
  await expect.poll(async () => (await gloss.call<{ tags: string[] }[]>('listHighlights', { articleId }))[0].tags).toEqual(['1688', '拼多多']);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Tags' }).first().click();
  const manager = page.getByTestId('tag-manager');
  await expect(manager).toContainText('#1688');
  await expect(manager).not.toContainText('0 highlights');
});

test('one action makes one highlight, whatever keys follow it', async ({ page, gloss }) => {
  const { articleId } = await openSeed(page, gloss);
  await select(page, { text: '淘宝特价版与拼多多一样', offset: 0 }, { text: '淘宝特价版与拼多多一样', offset: 5 });
  await page.keyboard.press('h');
  await page.keyboard.press('h');
  await page.keyboard.press('2');
  await expect.poll(async () => (await gloss.call<unknown[]>('listHighlights', { articleId })).length).toBe(1);
  await page.waitForTimeout(300);
  expect(await gloss.call<unknown[]>('listHighlights', { articleId })).toHaveLength(1);
});

for (const language of ['en', 'zh-CN'] as const) {
  test(`dropping a PDF and a JPG gives each file a line saying it was skipped (${language})`, async ({ page, gloss }) => {
    await setLanguage(gloss, page, language);
    await dropFiles(page, [
      { name: 'annual-report.pdf', base64: b64('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n') },
      { name: 'factory.jpg', base64: b64('\xff\xd8\xff\xe0\x00\x10JFIF') },
    ]);
    const results = page.getByTestId('import-results');
    await expect(results.locator('li')).toHaveCount(2);
    const reason = language === 'en' ? 'Skipped: not a supported article format' : '已跳过：不是支持的文章格式';
    for (const name of ['annual-report.pdf', 'factory.jpg']) await expect(results.locator('li').filter({ hasText: name })).toContainText(reason);
    await expect(page.getByTestId('import-summary')).toContainText(language === 'en' ? '2 skipped' : '跳过 2');
    await page.screenshot({ path: join(SCREENSHOTS, `drop-skipped-${language}.png`) });
    // Esc puts the results away.
    await page.keyboard.press('Escape');
    await expect(results).toHaveCount(0);
  });

  test(`search labels are never clipped, and counts read in the plural rules of the language (${language})`, async ({ page, gloss }) => {
    const { articleId, text } = await openSeed(page, gloss);
    const at = text.indexOf('阿里生态');
    const note = (s: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: s }] }] });
    await gloss.call('createHighlight', { articleId, start: at, end: at + 4, color: 'green' });
    const [h] = await gloss.call<{ id: number }[]>('listHighlights', { articleId });
    await gloss.call('updateHighlight', { id: h.id, note: note('阿里生态的短板'), noteText: '阿里生态的短板' });
    await gloss.call('setArticleNote', { articleId, note: note('阿里生态，值得再读'), noteText: '阿里生态，值得再读' });
    await setLanguage(gloss, page, language);
    await expect(page.getByTestId('reader-scroll')).toHaveAttribute('data-ready', 'true');
    await page.keyboard.press('/');
    await page.getByTestId('search-input').fill('阿里生态');
    const kinds = page.locator('.hit-kind');
    await expect(kinds.first()).toBeVisible();
    const clipped = await kinds.evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent));
    expect(clipped).toEqual([]);
    const labels = await kinds.allTextContents();
    expect(labels).toEqual(expect.arrayContaining(language === 'en' ? ['Highlight', 'Note', 'Article note'] : ['高亮', '笔记', '文章笔记']));
    await expect(page.getByTestId('search-summary')).toHaveText(language === 'en' ? '1 article · 1 highlight · 2 notes' : '1 篇文章 · 1 条高亮 · 2 条笔记');
    await page.screenshot({ path: join(SCREENSHOTS, `search-labels-${language}.png`) });
  });
}

test('the sidebar counts the highlights the filter shows', async ({ page, gloss }) => {
  const { articleId, text } = await openSeed(page, gloss);
  for (const [q, color] of [['阿里生态', 'green'], ['淘宝特价版', 'yellow'], ['1688', 'green']] as const) {
    const at = text.indexOf(q);
    await gloss.call('createHighlight', { articleId, start: at, end: at + q.length, color });
  }
  await page.reload();
  const count = page.getByTestId('annotation-count');
  await expect(count).toHaveText('3');
  await page.getByTestId('sidebar').getByRole('button', { name: 'Green' }).click();
  await expect(count).toHaveText('2 of 3');
  await expect(page.getByTestId('annotation')).toHaveCount(2);
});

test('the text-size slider and the tag-delete confirmation are laid out, light and dark, in both languages', async ({ page, gloss }) => {
  const { articleId, text } = await openSeed(page, gloss);
  await gloss.call('createHighlight', { articleId, start: text.indexOf('1688'), end: text.indexOf('1688') + 4, tags: ['needs a source', '拼多多'] });
  for (const [language, theme] of [['en', 'light'], ['zh-CN', 'dark']] as const) {
    await gloss.call('setSettings', { settings: { language, theme } });
    await page.reload();
    await page.getByRole('button', { name: language === 'en' ? 'Settings' : '设置' }).click();
    const slider = page.getByTestId('font-size');
    await expect(slider).toBeVisible();
    expect(await slider.evaluate((e) => getComputedStyle(e).appearance)).toBe('none');
    await page.locator('.modal').screenshot({ path: join(SCREENSHOTS, `settings-slider-${language}-${theme}.png`) });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: language === 'en' ? 'Tags' : '标签' }).first().click();
    const row = page.getByTestId('tag-manager').locator('li').filter({ hasText: '#needs a source' });
    await row.getByRole('button', { name: language === 'en' ? 'Delete' : '删除' }).click();
    const confirm = row.getByTestId('tag-confirm');
    await expect(confirm).toBeVisible();
    // Its question on one line, its buttons beside it: nothing squeezed into the tag's row.
    const lines = await confirm.locator('p').evaluate((p) => Math.round(p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight)));
    expect(lines).toBe(1);
    await page.locator('.modal').screenshot({ path: join(SCREENSHOTS, `tag-delete-confirm-${language}-${theme}.png`) });
    await page.keyboard.press('Escape');
  }
});

test('the bare browser-mode address answers a small page in both languages, not JSON', async ({ browser, gloss }) => {
  const context = await browser.newContext(); // no cookie: a person who typed the address
  const page = await context.newPage();
  const res = await page.goto(gloss.server.url);
  expect(res?.status()).toBe(401);
  await expect(page.locator('h1').first()).toHaveText('Open the address Gloss printed');
  await expect(page.locator('h1').nth(1)).toHaveText('请打开 Gloss 打印的地址');
  expect(await page.content()).not.toContain('"ok":false');
  await page.screenshot({ path: join(SCREENSHOTS, 'bare-address.png') });
  await context.close();
});
