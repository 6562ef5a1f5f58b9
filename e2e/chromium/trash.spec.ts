// Deleting, undoing, restoring and emptying the Trash, and archiving, as a person does it.
import { join } from 'node:path';
import { CORPUS, SCREENSHOTS, expect, setLanguage, test, type Gloss } from './fixtures';

const FILES = ['hexo-zh/gne-sina_4.md', 'hexo-zh/gne-ifeng_1.md', 'hexo-zh/gne-qq_qq.md', 'hexo-zh/gne-huanqiu_1.md'];

async function library(gloss: Gloss) {
  const r = await gloss.call<{ results: { id: number; title: string }[] }>('importPaths', { paths: FILES.map((f) => join(CORPUS, f)) });
  return r.results;
}

test('delete from the right-click menu, undo from the toast and with Ctrl+Z, restore from the Trash, empty it', async ({ page, gloss }) => {
  const [a, b, c] = await library(gloss);
  await gloss.call('createHighlight', { articleId: a.id, start: 10, end: 30, tags: ['核实'] });
  await page.reload();
  const rows = page.getByTestId('article-row');
  await expect(rows).toHaveCount(4);

  await rows.filter({ hasText: a.title }).click({ button: 'right' });
  await page.getByTestId('article-menu').getByRole('menuitem', { name: 'Delete' }).click();
  await expect(page.getByTestId('undo-toast')).toContainText('Moved to the Trash');
  await expect(rows).toHaveCount(3);
  await page.getByTestId('undo-toast').getByRole('button', { name: /Undo/ }).click();
  await expect(rows).toHaveCount(4);

  // The key: the article under the cursor goes; Ctrl+Z brings it back.
  await rows.filter({ hasText: b.title }).hover();
  await page.keyboard.press('#');
  await expect(rows.filter({ hasText: b.title })).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(rows.filter({ hasText: b.title })).toHaveCount(1);

  // Several at once.
  await rows.filter({ hasText: a.title }).click({ modifiers: ['Control'] });
  await rows.filter({ hasText: c.title }).click({ modifiers: ['Control'] });
  await expect(page.getByTestId('picked-bar')).toContainText('2 selected');
  await page.getByTestId('picked-bar').getByRole('button', { name: 'Delete 2 articles' }).click();
  await expect(rows).toHaveCount(2);
  // Hidden from search too, with its highlight.
  expect((await gloss.call<{ total: number }>('search', { query: 'tag:核实' })).total).toBe(0);

  await page.getByTestId('view-trash').click();
  await expect(rows).toHaveCount(2);
  await expect(page.getByText('stay in the Trash for 30 days')).toBeVisible();
  // Each row says when it goes for good, and has its own Restore.
  await expect(rows.filter({ hasText: a.title }).getByTestId('trash-when')).toContainText('gone for good in 30 days');
  // Its order is fixed (the last deleted first), so it offers no sort menu that would change nothing.
  await expect(page.getByTestId('trash-order')).toHaveText('Last deleted first');
  await expect(page.locator('.library-toolbar select')).toHaveCount(0);
  await page.screenshot({ path: join(SCREENSHOTS, 'trash-en.png') });

  await rows.filter({ hasText: a.title }).getByTestId('restore-article').click();
  await expect(rows).toHaveCount(1);
  expect((await gloss.call<{ total: number }>('search', { query: 'tag:核实' })).total).toBe(1);

  // Emptying asks first; cancelling keeps everything.
  await page.getByTestId('empty-trash').click();
  await expect(page.getByRole('dialog')).toContainText('deleted for good');
  await page.screenshot({ path: join(SCREENSHOTS, 'trash-empty-confirm-en.png') });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(rows).toHaveCount(1);
  // Esc closes the question as Cancel does.
  await page.getByTestId('empty-trash').click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(rows).toHaveCount(1);
  await page.getByTestId('empty-trash').click();
  await page.getByTestId('confirm-empty-trash').click();
  await expect(page.getByText('The Trash is empty.')).toBeVisible();
  expect(await gloss.call<unknown[]>('listArticles', { view: 'trash' })).toEqual([]);
});

test('archive with e, and the view, sort and filter are remembered across a restart', async ({ page, gloss }) => {
  const [a] = await library(gloss);
  await page.reload();
  const rows = page.getByTestId('article-row');
  await rows.filter({ hasText: a.title }).hover();
  await page.keyboard.press('e');
  await expect(page.getByTestId('undo-toast')).toContainText('Archived');
  await expect(rows).toHaveCount(3);
  await page.getByTestId('view-archive').click();
  await expect(rows).toHaveCount(1);
  await page.locator('.library-toolbar select').selectOption('title');
  await page.reload();
  await expect(page.getByTestId('view-archive')).toHaveAttribute('aria-current', 'page');
  await expect(rows).toHaveCount(1);
  await expect(page.locator('.library-toolbar select')).toHaveValue('title');
});

test('delete from the reader’s menu, in Chinese', async ({ page, gloss }) => {
  const [a] = await library(gloss);
  await setLanguage(gloss, page, 'zh-CN');
  await page.getByTestId('article-row').filter({ hasText: a.title }).click();
  await expect(page.getByTestId('article-title')).toBeVisible();
  await page.getByTestId('reader-menu').click();
  await page.screenshot({ path: join(SCREENSHOTS, 'reader-menu-zh.png') });
  await page.getByRole('menuitem', { name: '删除' }).click();
  await expect(page.getByTestId('undo-toast')).toContainText('已移到废纸篓');
  await expect(page.getByTestId('article-row')).toHaveCount(3);
  await page.getByTestId('view-trash').click();
  await expect(page.getByText('保留 30 天')).toBeVisible();
  await expect(page.getByTestId('trash-when').first()).toContainText('30 天后永久删除');
  await expect(page.getByTestId('restore-article').first()).toHaveText('恢复');
  await expect(page.getByTestId('trash-order')).toHaveText('最近删除的在前');
  await page.screenshot({ path: join(SCREENSHOTS, 'trash-zh.png') });
});

test('opening an unread article marks it read, once; "Mark as unread" holds until it is opened again', async ({ page, gloss }) => {
  const [a] = await library(gloss);
  await page.reload();
  const writes: string[] = [];
  page.on('request', (r) => r.url().endsWith('/api/markRead') && writes.push(r.postData() ?? ''));
  const row = page.getByTestId('article-row').filter({ hasText: a.title });
  const READ = /(^|\s)read(\s|$)/;
  await expect(row).not.toHaveClass(READ);
  const back = page.getByRole('button', { name: /Back to library/ });

  await row.click();
  await expect(page.getByTestId('article-title')).toHaveText(a.title);
  await page.getByTestId('reader-menu').click();
  await page.getByRole('menuitem', { name: 'Mark as unread' }).click();
  await back.click();
  await expect(row).not.toHaveClass(READ);
  expect(writes).toHaveLength(2);

  await row.click();
  await expect(page.getByTestId('article-title')).toHaveText(a.title);
  await back.click();
  await expect(row).toHaveClass(READ);
  await page.screenshot({ path: join(SCREENSHOTS, 'read-on-open-en.png') });
  expect(writes).toHaveLength(3);
  // Already read: opening it again writes nothing.
  await row.click();
  await expect(page.getByTestId('article-title')).toHaveText(a.title);
  await page.waitForTimeout(300);
  await back.click();
  await expect(row).toHaveClass(READ);
  expect(writes).toHaveLength(3);
});
