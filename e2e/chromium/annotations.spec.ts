// A reader's annotations on the seed: highlight across bold text, a rich note, a tag,
// reload, undo a delete, re-import with a sentence added above, overlapping highlights.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SCREENSHOTS, SHARED, expect, test, type Gloss } from './fixtures';
import { select } from './select-text';

/** Imports a copy of the seed (a copy, so a test may rewrite it and import it again). */
async function importSeedCopy(gloss: Gloss): Promise<{ file: string; articleId: number; text: string }> {
  const file = join(mkdtempSync(join(tmpdir(), 'gloss-seed-')), 'seed.md');
  copyFileSync(join(SHARED, 'seed/000_4190482cfc1b7c75.txt'), file);
  const articleId = (await gloss.call<{ results: { id: number }[] }>('importPaths', { paths: [file] })).results[0].id;
  const text = (await gloss.call<{ text: string }>('getArticle', { id: articleId })).text;
  return { file, articleId, text };
}

const paintedText = (page: Page, id: number) =>
  page.evaluate((hid) => Array.from(document.querySelectorAll(`[data-highlight="${hid}"]`)).map((e) => e.textContent).join(''), id);

test('highlight across bold text, note, tag, reload, undo, re-import, overlap', async ({ page, gloss }) => {
  const { file, articleId } = await importSeedCopy(gloss);
  await page.goto(`${page.url().replace(/#.*$/, '')}#/article/${articleId}`);
  await expect(page.getByTestId('article-body')).toContainText('阿里生态“短板”');
  // The reader has put itself where it was left: from here on, scrolling is ours.
  await expect(page.getByTestId('reader-scroll')).toHaveAttribute('data-ready', 'true');

  // From inside 阿里生态“短板”： across the <strong> boundary.
  await select(page, { text: '阿里生态“短板”：', offset: 2 }, { text: '缺少社交分享的流量土壤', offset: 4 });
  await expect(page.getByTestId('selection-toolbar')).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'selection-toolbar-en.png') });
  await page.getByTestId('selection-toolbar').getByRole('button', { name: /Highlight in Yellow/ }).click();
  const [h] = await gloss.call<{ id: number; quote: string; color: string }[]>('listHighlights', { articleId });
  expect(h).toMatchObject({ quote: '生态“短板”：缺少社交', color: 'yellow' });
  await expect.poll(() => paintedText(page, h.id)).toBe('生态“短板”：缺少社交');

  // A note with bold text, and a tag.
  await page.locator(`[data-highlight="${h.id}"]`).first().click();
  const note = page.getByTestId('note-editor');
  await note.click();
  await page.keyboard.press('Control+B');
  await page.keyboard.type('需要核实');
  await page.keyboard.press('Control+B');
  await page.keyboard.type(' 找原始来源');
  const cardTags = page.getByTestId('highlight-card').getByTestId('tag-input');
  await cardTags.fill('1688');
  await cardTags.press('Enter');
  await expect(page.getByTestId('annotation').first()).toContainText('#1688');
  await page.screenshot({ path: join(SCREENSHOTS, 'note-editor-en.png') });

  await page.reload();
  await expect(page.getByTestId('article-body')).toContainText('阿里生态');
  await expect.poll(() => paintedText(page, h.id)).toBe('生态“短板”：缺少社交');
  const annotation = page.getByTestId('annotation').first();
  await expect(annotation).toContainText('生态“短板”：缺少社交');
  await expect(annotation).toContainText('需要核实 找原始来源');
  await expect(annotation).toContainText('#1688');
  const stored = (await gloss.call<{ note: unknown; tags: string[] }[]>('listHighlights', { articleId }))[0];
  expect(JSON.stringify(stored.note)).toContain('"marks":[{"type":"bold"}],"text":"需要核实"');

  // Delete, then undo the delete: it comes back whole.
  await page.locator(`[data-highlight="${h.id}"]`).first().click();
  await page.getByTestId('delete-highlight').click();
  await expect(page.getByTestId('annotation')).toHaveCount(0);
  await page.getByTestId('article-title').click();
  await page.keyboard.press('Control+Z');
  await expect(page.getByTestId('annotation')).toHaveCount(1);
  await expect(page.getByTestId('annotation')).toContainText('#1688');
  await expect.poll(() => paintedText(page, h.id)).toBe('生态“短板”：缺少社交');

  // Re-import the file with a sentence inserted above: the highlight stays on its words.
  writeFileSync(file, readFileSync(file, 'utf8').replace('<p>“十万火急”', '<p>编者按：本文为转载，新增这一句用于检验。</p><p>“十万火急”'));
  const update = await gloss.call<{ results: { status: string; warnings: string[] }[] }>('importPaths', { paths: [file] });
  expect(update.results[0].status).toBe('updated');
  expect(update.results[0].warnings.join()).toMatch(/1 moved/);
  await page.reload();
  await expect(page.getByTestId('article-body')).toContainText('编者按');
  await expect.poll(() => paintedText(page, h.id)).toBe('生态“短板”：缺少社交');

  // An overlapping highlight: both show, and each can be clicked.
  await select(page, { text: '阿里生态“短板”：', offset: 5 }, { text: '缺少社交分享的流量土壤', offset: 9 });
  await page.keyboard.press('3');
  await expect(page.getByTestId('annotation')).toHaveCount(2);
  const list = await gloss.call<{ id: number; color: string; quote: string }[]>('listHighlights', { articleId });
  const blue = list.find((x) => x.color === 'blue')!;
  expect(blue.quote).toBe('短板”：缺少社交分享的流量');
  await expect.poll(() => paintedText(page, blue.id)).toBe('短板”：缺少社交分享的流量');
  await page.screenshot({ path: join(SCREENSHOTS, 'sidebar-overlap-en.png') });
  await page.locator(`[data-highlight="${h.id}"]`).first().click({ position: { x: 2, y: 5 } });
  await expect(page.getByTestId('highlight-card').getByRole('radio', { name: /Yellow/ })).toHaveAttribute('aria-checked', 'true');
  await page.getByTestId('article-title').click();
  await page.locator(`[data-highlight="${blue.id}"]`).last().click({ position: { x: 4, y: 5 } });
  await expect(page.getByTestId('highlight-card').getByRole('radio', { name: /Blue/ })).toHaveAttribute('aria-checked', 'true');
});

test('an orphaned highlight is listed with its quote and can be re-attached', async ({ page, gloss }) => {
  const { file, articleId, text } = await importSeedCopy(gloss);
  const quote = '在漫长的等待与煎熬中，市场非常关注';
  await gloss.call('createHighlight', { articleId, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, color: 'pink' });
  writeFileSync(file, readFileSync(file, 'utf8').replace('<p>在漫长的等待与煎熬中，市场非常关注。</p>', ''));
  await gloss.call('importPaths', { paths: [file] });
  await page.goto(`${page.url().replace(/#.*$/, '')}#/article/${articleId}`);
  const orphan = page.getByTestId('annotation').filter({ hasText: quote });
  await expect(orphan).toContainText('no longer in the article');
  await page.screenshot({ path: join(SCREENSHOTS, 'orphan-en.png') });
  await select(page, { text: '亿邦动力访问了两家', offset: 0 }, { text: '亿邦动力访问了两家', offset: 9 });
  await orphan.getByRole('button', { name: 'Attach to selection' }).click();
  await expect(page.getByTestId('annotation').filter({ hasText: '亿邦动力访问了两家' })).toBeVisible();
  const [h] = await gloss.call<{ anchor: string; quote: string }[]>('listHighlights', { articleId });
  expect(h).toMatchObject({ anchor: 'exact', quote: '亿邦动力访问了两家' });
});

test('an article whose highlights cannot be loaded still opens, says so, and shows them when reopened', async ({ page, gloss }) => {
  const { articleId, text } = await importSeedCopy(gloss);
  const quote = '淘宝特价版与拼多多一样';
  const h = await gloss.call<{ id: number }>('createHighlight', { articleId, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, color: 'green' });
  await page.route('**/api/listHighlights', (route) => route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":"disk I/O error"}' }));
  await page.goto(`${page.url().replace(/#.*$/, '')}#/article/${articleId}`);
  await expect(page.getByTestId('article-body')).toContainText(quote);
  await expect(page.getByRole('alert')).toContainText('could not be loaded');
  await page.screenshot({ path: join(SCREENSHOTS, 'highlights-failed-en.png') });
  await page.unroute('**/api/listHighlights');
  await page.goto(`${page.url().replace(/#.*$/, '')}#/`);
  await page.goto(`${page.url().replace(/#.*$/, '')}#/article/${articleId}`);
  await expect.poll(() => paintedText(page, h.id)).toBe(quote);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the tag manager renames, merges and deletes tags with counts', async ({ page, gloss }) => {
  const articleId = (await gloss.call<{ results: { id: number }[] }>('importPaths', { paths: [join(SHARED, 'seed/000_4190482cfc1b7c75.txt')] })).results[0].id;
  const text = (await gloss.call<{ text: string }>('getArticle', { id: articleId })).text;
  const at = (q: string) => ({ start: text.indexOf(q), end: text.indexOf(q) + q.length });
  await gloss.call('createHighlight', { articleId, ...at('拼多多'), tags: ['PDD', 'needs a source'] });
  await gloss.call('createHighlight', { articleId, ...at('1688'), tags: ['拼多多'] });
  await page.reload();
  await page.getByRole('button', { name: 'Tags' }).click();
  const manager = page.getByTestId('tag-manager');
  await expect(manager).toContainText('#PDD');
  await page.screenshot({ path: join(SCREENSHOTS, 'tag-manager-en.png') });
  await manager.locator('li').filter({ hasText: '#PDD' }).getByRole('button', { name: 'Rename' }).click();
  await manager.getByRole('textbox').fill('拼多多');
  await manager.getByRole('textbox').press('Enter');
  await expect(manager.locator('li').filter({ hasText: '#拼多多' })).toContainText('2 highlights');
  await manager.locator('li').filter({ hasText: '#needs a source' }).getByRole('button', { name: 'Delete' }).click();
  const row = manager.locator('li').filter({ hasText: '#needs a source' });
  const confirm = row.getByTestId('tag-confirm');
  await expect(confirm).toContainText('Take it off 1 highlight?');
  await page.screenshot({ path: join(SCREENSHOTS, 'tag-delete-confirm-en.png') });
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(manager).not.toContainText('needs a source');
  const tags = (await gloss.call<{ tags: string[] }[]>('listHighlights', { articleId })).map((h) => h.tags);
  expect(tags).toEqual([['拼多多'], ['拼多多']]);
});

test('a note typed without a pause survives the app being killed, less at most its last second', async ({ page, gloss }) => {
  const { articleId, text } = await importSeedCopy(gloss);
  const start = text.indexOf('阿里生态');
  const h = await gloss.call<{ id: number }>('createHighlight', { articleId, start, end: start + 4 });
  await page.goto(`${page.url().replace(/#.*$/, '')}#/article/${articleId}`);
  await page.locator(`[data-highlight="${h.id}"]`).first().click();
  await page.getByTestId('note-editor').click();

  // Type steadily for three seconds, never pausing long enough for a debounce alone.
  const typed: { at: number; text: string }[] = [];
  let sofar = '';
  const began = Date.now();
  for (let i = 0; Date.now() - began < 3000; i++) {
    const ch = String.fromCharCode(0x4e00 + (i % 500));
    await page.keyboard.type(ch);
    sofar += ch;
    typed.push({ at: Date.now(), text: sofar });
    await page.waitForTimeout(60);
  }
  const killedAt = Date.now();
  // No beforeunload, no blur: the renderer is simply gone.
  await page.close({ runBeforeUnload: false });
  const mustHave = [...typed].reverse().find((t) => t.at <= killedAt - 1000)!.text;
  const stored = gloss.lib.db.prepare('SELECT note_text FROM highlights WHERE id = ?').pluck().get(h.id) as string;
  expect(mustHave.length).toBeGreaterThan(10);
  expect(stored.startsWith(mustHave)).toBe(true);
});

test('a heavily annotated article lists every highlight; the last one in the sidebar jumps to its passage', async ({ page, gloss }) => {
  const { articleId, text } = await importSeedCopy(gloss);
  // 150 highlights, one every so many characters, each starting on a character.
  const starts: number[] = [];
  for (let at = 0; starts.length < 150; at += Math.floor(text.length / 151)) {
    let start = at;
    while (/\s/.test(text[start])) start++;
    starts.push(start);
  }
  for (const start of starts) await gloss.call('createHighlight', { articleId, start, end: start + 6, color: 'green' });
  const last = (await gloss.call<{ id: number; quote: string; start: number }[]>('listHighlights', { articleId })).sort((a, b) => a.start - b.start).at(-1)!;
  await page.goto(`${page.url().replace(/#.*$/, '')}#/article/${articleId}`);
  await expect(page.getByTestId('sidebar')).toContainText('Highlights 150');
  await expect(page.getByTestId('annotation').first()).toBeVisible();
  await page.getByTestId('sidebar').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  const card = page.getByTestId('annotation').filter({ hasText: last.quote });
  await expect(card).toBeInViewport();
  await card.getByRole('button').first().click();
  await expect(page.locator(`[data-highlight="${last.id}"]`).first()).toBeInViewport();
  await expect(page.locator(`[data-highlight="${last.id}"]`).first()).toHaveClass(/hl-flash/);
});
