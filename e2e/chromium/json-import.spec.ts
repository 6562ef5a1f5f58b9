// Settings → Import (issue 13 §3 in the app): a JSON export of one library, imported into an
// empty one from Settings; the library shows its articles and their highlights. A file that is
// not a Gloss export changes nothing and says so, in both languages.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCoreApi } from '../../src/core/api';
import { openLibrary } from '../../src/core/library/db';
import { CORPUS, SCREENSHOTS, expect, setLanguage, test } from './fixtures';

/** Another library, with two articles and two highlights, exported as JSON the way the app downloads it. */
async function exportOfAnotherLibrary() {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-e2e-source-'));
  const lib = openLibrary(join(dir, 'library.db'));
  try {
    const api = createCoreApi(lib);
    const [a, b] = (await api.importPaths({ paths: ['hexo-zh/gne-sina_4.md', 'hexo-zh/gne-ifeng_1.md'].map((f) => join(CORPUS, f)) })).results;
    await api.createHighlight({ articleId: a.id!, start: 10, end: 40, color: 'green', tags: ['核实'] });
    await api.createHighlight({ articleId: b.id!, start: 50, end: 90 });
    const file = await api.exportDownload({ scope: { all: true }, format: 'json', fullText: false });
    return { name: file.fileName, buffer: Buffer.from(file.base64, 'base64'), titles: [a.title!, b.title!] };
  } finally {
    lib.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a JSON export imported from Settings into an empty library: its articles and highlights are there', async ({ page, gloss }) => {
  const exported = await exportOfAnotherLibrary();
  await expect(page.getByTestId('article-row')).toHaveCount(0);
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByTestId('json-import-input').setInputFiles({ name: exported.name, mimeType: 'application/json', buffer: exported.buffer });
  await expect(page.getByTestId('json-import-outcome')).toHaveText('2 articles, 2 highlights, 0 claims added; 0 already present.');
  await page.getByTestId('json-import').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOTS, 'settings-json-import-en.png') });
  // The same file again: nothing added.
  await page.getByTestId('json-import-input').setInputFiles({ name: exported.name, mimeType: 'application/json', buffer: exported.buffer });
  await expect(page.getByTestId('json-import-outcome')).toHaveText('0 articles, 0 highlights, 0 claims added; 4 already present.');
  await page.keyboard.press('Escape');

  const rows = page.getByTestId('article-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: exported.titles[0] })).toContainText('1 highlight');
  await rows.filter({ hasText: exported.titles[0] }).click();
  await expect(page.getByTestId('article-title')).toHaveText(exported.titles[0]);
  await expect(page.locator('[data-highlight]').first()).toBeVisible();
  expect(await gloss.call<unknown[]>('listArticles', { sort: 'imported' })).toHaveLength(2);
});

test('a file that is not a Gloss export is refused and changes nothing, in Chinese, dark', async ({ page, gloss }) => {
  await gloss.call('setSettings', { settings: { theme: 'dark' } });
  await setLanguage(gloss, page, 'zh-CN');
  await page.getByRole('button', { name: '设置', exact: true }).click();
  await page.getByTestId('json-import-input').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"other"}') });
  await expect(page.getByTestId('json-import-outcome')).toContainText('未导入任何内容：notes.json 不是这个版本能读取的 Gloss 导出文件。');
  await page.getByTestId('json-import').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOTS, 'settings-json-import-refused-zh-dark.png') });
  expect(await gloss.call<unknown[]>('listArticles', { sort: 'imported' })).toHaveLength(0);
});
