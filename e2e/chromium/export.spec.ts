// Export from the app in browser mode: the seed with three highlights, a bold note, tags and
// a claim, exported to Markdown from the reader (the download caught and unzipped: the
// golden file, but for its export time), and to JSON from the search results in 简体中文.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedExportLibrary } from '../../src/core/test-support/seed-export-library';
import { unzipTexts } from '../../src/core/test-support/unzip-texts';
import { SCREENSHOTS, expect, setLanguage, test } from './fixtures';

const GOLDEN = join(import.meta.dirname, '../../src/core/export/golden/seed.md');


const withoutExportTime = (md: string) => md.replace(/^exported: .*$/m, 'exported: …');

test('export the seed to Markdown from the reader and to JSON from search results; in 简体中文 too', async ({ page, gloss }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const { articleId } = await seedExportLibrary(gloss.lib);

  await page.goto(`${page.url().replace(/#.*$/, '')}#/article/${articleId}`);
  await expect(page.getByTestId('reader-scroll')).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('export-button').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByRole('radio', { name: /This article/ })).toBeChecked();
  await expect(dialog).toContainText('又一个阿里小程序闯关微信');
  await page.screenshot({ path: join(SCREENSHOTS, 'export-dialog-en.png') });

  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('export-start').click()]);
  expect(download.suggestedFilename()).toMatch(/^gloss-markdown-\d{4}-\d{2}-\d{2}\.zip$/);
  const files = await unzipTexts(await download.path());
  expect([...files.keys()]).toEqual(['又一个阿里小程序闯关微信！ _淘宝特价版+1688_双线反攻！.md']);
  expect(withoutExportTime([...files.values()][0])).toBe(withoutExportTime(readFileSync(GOLDEN, 'utf8')));
  await expect(dialog.getByTestId('export-done')).toContainText('Downloaded gloss-markdown-');
  await page.screenshot({ path: join(SCREENSHOTS, 'export-done-en.png') });
  await dialog.getByRole('button', { name: 'Close' }).last().click();
  await expect(dialog).toBeHidden();

  // 简体中文, from the search results, as JSON, in the dark theme.
  await gloss.call('setSettings', { settings: { theme: 'dark' } });
  await setLanguage(gloss, page, 'zh-CN');
  await page.getByTestId('search-button').click();
  await page.getByTestId('search-input').fill('拼多多');
  await page.getByTestId('search-export').click();
  await expect(dialog.getByRole('radio', { name: /当前搜索结果/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'JSON' }).click();
  await expect(dialog).toContainText('可导入另一个 Gloss 文库');
  await page.screenshot({ path: join(SCREENSHOTS, 'export-dialog-zh.png') });
  const [json] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('export-start').click()]);
  const exported = JSON.parse(readFileSync(await json.path(), 'utf8')) as { format: string; articles: { title: string }[]; highlights: unknown[]; claims: unknown[] };
  expect(exported.format).toBe('gloss-export');
  expect(exported.articles.map((a) => a.title)).toEqual(['又一个阿里小程序闯关微信！ _淘宝特价版+1688_双线反攻！']);
  expect(exported.highlights).toHaveLength(3);
  expect(exported.claims).toHaveLength(1);
  await expect(dialog.getByTestId('export-done')).toContainText('已下载');
  await page.screenshot({ path: join(SCREENSHOTS, 'export-done-zh.png') });
  expect(errors).toEqual([]);
});
