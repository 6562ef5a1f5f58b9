// The same story saved twice shows as one row; its copy can be merged into it or kept apart.
import { join } from 'node:path';
import { CORPUS, SCREENSHOTS, expect, setLanguage, test, type Gloss } from './fixtures';

interface Result {
  id: number;
  title: string;
  copyOf: number | null;
}

async function importTwins(gloss: Gloss): Promise<Result[]> {
  const paths = ['pages-zh/ifeng_1.html', 'hexo-zh/gne-ifeng_1.md', 'pages-zh/163_9.html', 'hexo-zh/gne-163_9.md', 'hexo-zh/gne-qq_qq.md'].map((f) => join(CORPUS, f));
  return (await gloss.call<{ results: Result[] }>('importPaths', { paths })).results;
}

test('copies are grouped under their original, with the site suffix cleaned from the title; merge one, keep the other', async ({ page, gloss }) => {
  const [page1, copy1, page2, copy2] = await importTwins(gloss);
  expect(copy1.copyOf).toBe(page1.id);
  expect(copy2.copyOf).toBe(page2.id);
  await gloss.call('createHighlight', { articleId: copy1.id, start: 20, end: 40, tags: ['核实'] });
  await page.reload();
  const rows = page.getByTestId('article-row');
  // Five articles, three rows: each pair is one row.
  await expect(rows).toHaveCount(3);
  await expect(page.getByText('5月20日至31日，京沪高速无锡至江阴大桥至广陵枢纽段封闭！', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('_网易订阅')).toHaveCount(0);

  const group = rows.filter({ hasText: page1.title });
  await group.getByTestId('copies-toggle').click();
  await expect(rows).toHaveCount(4);
  const copyRow = rows.filter({ has: page.locator('.copy-mark') });
  await expect(copyRow).toContainText('1 highlight');
  await page.screenshot({ path: join(SCREENSHOTS, 'copies-en.png') });

  await copyRow.getByTestId('merge-copy').click();
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: page1.title })).toContainText('1 highlight');
  const moved = await gloss.call<{ articleId: number }[]>('listHighlights', { articleId: page1.id });
  expect(moved).toHaveLength(1);

  await rows.filter({ hasText: page2.title }).getByTestId('copies-toggle').click();
  await rows.filter({ has: page.locator('.copy-mark') }).getByTestId('keep-copy').click();
  await expect(rows).toHaveCount(4);
  expect((await gloss.call<Result>('getArticle', { id: copy2.id })).copyOf).toBeNull();
});

test('a grouped copy, in Chinese', async ({ page, gloss }) => {
  await importTwins(gloss);
  await setLanguage(gloss, page, 'zh-CN');
  await page.getByTestId('copies-toggle').first().click();
  await expect(page.getByTestId('merge-copy')).toHaveText('合并到原文');
  await expect(page.getByTestId('keep-copy')).toHaveText('两篇都保留');
  await page.screenshot({ path: join(SCREENSHOTS, 'copies-zh.png') });
});

for (const language of ['en', 'zh-CN'] as const) {
  test(`a merge is undone from its toast or with Ctrl+Z: the copy and its highlights come back (${language})`, async ({ page, gloss }) => {
    const [page1, copy1] = await importTwins(gloss);
    const h = await gloss.call<{ id: number; start: number; end: number }>('createHighlight', { articleId: copy1.id, start: 20, end: 40, tags: ['核实'] });
    await setLanguage(gloss, page, language);
    const rows = page.getByTestId('article-row');
    await rows.filter({ hasText: page1.title }).getByTestId('copies-toggle').click();
    await rows.filter({ has: page.locator('.copy-mark') }).getByTestId('merge-copy').click();
    const toast = page.getByTestId('undo-toast');
    await expect(toast).toContainText(language === 'en' ? 'Merged into the original: 1 highlight moved over' : '已合并到原文：移过去 1 条高亮');
    await expect(rows).toHaveCount(3);
    await page.screenshot({ path: join(SCREENSHOTS, `merge-undo-${language}.png`) });

    if (language === 'en') await toast.getByRole('button', { name: /Undo/ }).click();
    else await page.keyboard.press('Control+z');
    await expect(toast).toHaveCount(0);
    // Grouped under its original again (the group still open), its highlight on it where it was.
    await expect(rows).toHaveCount(4);
    await expect(rows.filter({ has: page.locator('.copy-mark') })).toContainText(language === 'en' ? '1 highlight' : '1 条高亮');
    expect(await gloss.call('listHighlights', { articleId: copy1.id })).toMatchObject([{ id: h.id, start: h.start, end: h.end, tags: ['核实'] }]);
    expect(await gloss.call('listHighlights', { articleId: page1.id })).toEqual([]);
    expect(await gloss.call('getArticle', { id: copy1.id })).toMatchObject({ copyOf: page1.id, trashedAt: null });
  });
}

test('a merge whose moved highlight was deleted since is not undone, and the toast says why', async ({ page, gloss }) => {
  const [page1, copy1] = await importTwins(gloss);
  const h = await gloss.call<{ id: number }>('createHighlight', { articleId: copy1.id, start: 20, end: 40 });
  await page.reload();
  const rows = page.getByTestId('article-row');
  await rows.filter({ hasText: page1.title }).getByTestId('copies-toggle').click();
  await rows.filter({ has: page.locator('.copy-mark') }).getByTestId('merge-copy').click();
  await gloss.call('deleteHighlight', { id: h.id });
  const toast = page.getByTestId('undo-toast');
  await toast.getByRole('button', { name: /Undo/ }).click();
  await expect(toast).toContainText('This merge can no longer be undone: a highlight it moved has been deleted or re-attached since.');
  await expect(toast.getByRole('button', { name: /Undo/ })).toHaveCount(0);
  expect(await gloss.call('getArticle', { id: copy1.id })).toMatchObject({ trashedAt: expect.any(String) });
});
