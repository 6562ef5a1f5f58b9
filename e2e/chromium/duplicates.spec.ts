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
