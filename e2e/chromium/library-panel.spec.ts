// The library's side panel: tags, sites and authors as filters, the count that follows them,
// rows that say what each article holds, and folder import always at hand.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS, SCREENSHOTS, expect, setLanguage, test, type Gloss } from './fixtures';

async function library(gloss: Gloss) {
  const r = await gloss.call<{ results: { id: number; title: string }[] }>('importPaths', { paths: [join(CORPUS, 'pages-zh')] });
  const [a, b] = r.results;
  await gloss.call('createHighlight', { articleId: a.id, start: 10, end: 30, tags: ['核实'] });
  const h = await gloss.call<{ id: number }>('createHighlight', { articleId: a.id, start: 40, end: 60, tags: ['核实', '品牌'] });
  await gloss.call('updateHighlight', { id: h.id, noteText: '来源？', note: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '来源？' }] }] } });
  await gloss.call('createClaim', { highlightId: h.id });
  await gloss.call('setArticleTags', { articleId: b.id, tags: ['核实'] });
  await gloss.call('setReadingPosition', { id: a.id, position: 0.6 });
  return { a, b, total: r.results.length };
}

test('filter by tag, site and author from the side panel; the header count follows; rows show what each article holds', async ({ page, gloss }) => {
  const { a, total } = await library(gloss);
  await page.reload();
  const rows = page.getByTestId('article-row');
  const count = page.getByTestId('library-count');
  await expect(count).toHaveText(`${total} articles`);
  // The list is long and drawn only where it shows: the first article imported is last.
  await page.getByTestId('library-list').evaluate((el) => (el.scrollTop = el.scrollHeight));
  const row = rows.filter({ hasText: a.title });
  await expect(row).toContainText('2 highlights');
  await expect(row).toContainText('1 note');
  await expect(row).toContainText('1 claim');
  await expect(row.locator('.chip', { hasText: '品牌' })).toBeVisible();
  await expect(row.locator('.progress')).toHaveAttribute('aria-label', '60% read');
  await expect(page.getByRole('button', { name: 'Import a folder…' })).toBeVisible();
  await row.hover();
  await page.screenshot({ path: join(SCREENSHOTS, 'library-panel-en.png') });

  await page.getByTestId('facet-tags').getByRole('button', { name: /核实/ }).click();
  await expect(count).toHaveText(`2 of ${total}`);
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId('active-filters')).toContainText('Tag: 核实');
  await page.getByTestId('facet-tags').getByRole('button', { name: /核实/ }).click();
  await expect(count).toHaveText(`${total} articles`);

  const site = page.getByTestId('facet-sites').getByRole('button').first();
  const [name, n] = (await site.innerText()).split('\n');
  await site.click();
  await expect(count).toHaveText(`${n} of ${total}`);
  await expect(page.getByTestId('active-filters')).toContainText(name);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(count).toHaveText(`${total} articles`);

  const author = page.getByTestId('facet-authors').getByRole('button').first();
  const authorCount = (await author.innerText()).split('\n')[1];
  await author.click();
  await expect(count).toHaveText(`${authorCount} of ${total}`);
});

test('folder import from the side panel uploads through the browser’s folder picker, in Chinese', async ({ page, gloss }) => {
  await library(gloss);
  await setLanguage(gloss, page, 'zh-CN');
  await expect(page.getByTestId('library-side')).toContainText('收件箱');
  await page.screenshot({ path: join(SCREENSHOTS, 'library-panel-zh.png') });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入文件夹…' }).click();
  const picker = await chooser;
  expect(await picker.element().evaluate((el) => (el as HTMLInputElement).hasAttribute('webkitdirectory'))).toBe(true);
  const folder = mkdtempSync(join(tmpdir(), 'gloss-folder-'));
  writeFileSync(join(folder, 'gne-qq_qq.md'), readFileSync(join(CORPUS, 'hexo-zh/gne-qq_qq.md')));
  await picker.setFiles(folder);
  await expect(page.getByTestId('import-summary')).toContainText('导入 1', { timeout: 30_000 });
});
