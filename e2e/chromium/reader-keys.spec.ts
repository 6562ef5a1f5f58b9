// The reader as a person uses it (issue 15, item 5): keys work as soon as an article opens,
// n and t follow a colour, images not loaded keep their place, the contents mark nothing
// above the first heading, paragraph indents read alike.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SCREENSHOTS, SHARED, expect, setLanguage, test, type Gloss } from './fixtures';
import { select } from './select-text';

const SEED = join(SHARED, 'seed/000_4190482cfc1b7c75.txt');

async function importHtml(gloss: Gloss, files: Record<string, string>): Promise<number[]> {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-reader-'));
  const paths = Object.entries(files).map(([name, html]) => {
    writeFileSync(join(dir, name), html);
    return join(dir, name);
  });
  const { results } = await gloss.call<{ results: { id: number; path: string }[] }>('importPaths', { paths });
  return paths.map((p) => results.find((r) => r.path === p)!.id);
}

async function open(page: Page, id: number): Promise<void> {
  await page.goto(`${page.url().replace(/#.*$/, '')}#/article/${id}`);
  await expect(page.getByTestId('reader-scroll')).toHaveAttribute('data-ready', 'true');
}

const scrollTop = (page: Page) => page.getByTestId('reader-scroll').evaluate((el) => el.scrollTop);

test('Space, Page Down and ↓ scroll the article as soon as it opens, and j/k open the next and previous article', async ({ page, gloss }) => {
  const seed = (await gloss.call<{ results: { id: number }[] }>('importPaths', { paths: [SEED] })).results[0].id;
  const long = `<html><head><title>第二篇</title></head><body><article>${Array.from({ length: 60 }, (_, i) => `<p>第 ${i + 1} 段：供应链与工厂的故事继续展开，足够长的一段正文。</p>`).join('')}</article></body></html>`;
  const [second] = await importHtml(gloss, { 'second.html': long });
  await open(page, seed);
  // No click anywhere first.
  await page.keyboard.press('Space');
  await expect.poll(() => scrollTop(page)).toBeGreaterThan(300);
  const afterSpace = await scrollTop(page);
  await page.keyboard.press('PageDown');
  await expect.poll(() => scrollTop(page)).toBeGreaterThan(afterSpace + 300);
  const afterPage = await scrollTop(page);
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => scrollTop(page)).toBeGreaterThan(afterPage);
  // Clicking the window's background leaves no element focused: the keys still scroll.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const before = await scrollTop(page);
  await page.keyboard.press('PageDown');
  await expect.poll(() => scrollTop(page)).toBeGreaterThan(before);

  // The library lists the newest import first: from the seed, j goes on to the older… or k back.
  const order = (await gloss.call<{ id: number }[]>('listArticles', { sort: 'imported' })).map((a) => a.id);
  const next = order[order.indexOf(seed) + 1] ?? order[order.indexOf(seed) - 1];
  const key = order.indexOf(next) > order.indexOf(seed) ? 'j' : 'k';
  await page.keyboard.press(key);
  await expect(page).toHaveURL(new RegExp(`#/article/${second}$`));
  await expect(page.getByTestId('article-title')).toHaveText('第二篇');
  await expect(page.getByTestId('reader-scroll')).toHaveAttribute('data-ready', 'true');
  await page.keyboard.press(key === 'j' ? 'k' : 'j');
  await expect(page).toHaveURL(new RegExp(`#/article/${seed}$`));
});

test('after choosing a colour, n opens the new highlight’s note and t its tags, at once', async ({ page, gloss }) => {
  const seed = (await gloss.call<{ results: { id: number }[] }>('importPaths', { paths: [SEED] })).results[0].id;
  await open(page, seed);
  await select(page, { text: '淘宝特价版与拼多多一样', offset: 0 }, { text: '淘宝特价版与拼多多一样', offset: 5 });
  await page.keyboard.press('2');
  await expect.poll(async () => (await gloss.call<unknown[]>('listHighlights', { articleId: seed })).length).toBe(1);
  await page.keyboard.press('n');
  const note = page.getByTestId('highlight-card').getByTestId('note-editor');
  await expect(note).toBeFocused();
  await page.keyboard.type('待核实');
  await expect.poll(async () => (await gloss.call<{ noteText: string }[]>('listHighlights', { articleId: seed }))[0].noteText).toBe('待核实');
  await page.keyboard.press('Escape');

  await select(page, { text: '阿里生态', offset: 0 }, { text: '阿里生态', offset: 4 });
  await page.getByTestId('selection-toolbar').getByRole('button', { name: /Highlight in Blue/ }).click();
  await expect.poll(async () => (await gloss.call<unknown[]>('listHighlights', { articleId: seed })).length).toBe(2);
  await page.keyboard.press('t');
  const tags = page.getByTestId('highlight-card').getByTestId('tag-input');
  await expect(tags).toBeFocused();
  await tags.pressSequentially('C2M');
  await tags.press('Enter');
  await expect.poll(async () => (await gloss.call<{ quote: string; tags: string[] }[]>('listHighlights', { articleId: seed })).find((h) => h.quote === '阿里生态')?.tags).toEqual(['C2M']);
  // Esc leaves the tag field: the card closes, dropping a tag typed but not entered, and a key
  // pressed next is a command again, not more of the tag.
  await tags.pressSequentially('拼多多');
  await page.keyboard.press('Escape');
  await expect(tags).toHaveCount(0);
  await page.keyboard.press('n');
  await page.keyboard.press('t');
  expect((await gloss.call<{ quote: string; tags: string[] }[]>('listHighlights', { articleId: seed })).find((h) => h.quote === '阿里生态')?.tags).toEqual(['C2M']);
});

for (const language of ['en', 'zh-CN'] as const) {
  test(`an image not loaded leaves a quiet box of its size with its caption (${language})`, async ({ page, gloss }) => {
    const html = `<html><head><title>图片占位</title></head><body><article><p>开头一段正文，介绍这家工厂。</p><figure><img src="https://images.example.com/factory.jpg" width="640" height="360" alt="工厂车间"><figcaption>图一：义乌的一家工厂车间</figcaption></figure><p>图片之后的一段正文，继续讲供应链。</p><p><img src="https://images.example.com/nosize.png" alt="无尺寸"></p><p>最后一段。</p></article></body></html>`;
    const [id] = await importHtml(gloss, { 'images.html': html });
    await setLanguage(gloss, page, language);
    await open(page, id);
    const body = page.getByTestId('article-body');
    const boxes = body.locator('img');
    await expect(boxes).toHaveCount(2);
    const sized = await boxes.first().boundingBox();
    expect(sized!.width).toBeGreaterThan(600);
    expect(Math.abs(sized!.height / sized!.width - 360 / 640)).toBeLessThan(0.02);
    const caption = await body.locator('figcaption').boundingBox();
    expect(caption!.y - (sized!.y + sized!.height)).toBeLessThan(40);
    const unsized = await boxes.nth(1).boundingBox();
    expect(unsized!.height).toBeGreaterThan(150);
    await expect(boxes.first()).toHaveAttribute('title', '工厂车间');
    await expect(page.getByRole('button', { name: language === 'en' ? /Load images from the web/ : /加载网络图片|载入网络图片|网络图片/ })).toBeVisible();
    await boxes.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, `image-placeholder-${language}.png`) });
  });
}

test('the contents mark nothing above the first heading, then the heading being read', async ({ page, gloss }) => {
  const intro = Array.from({ length: 8 }, (_, i) => `<p>导语第 ${i + 1} 段，标题之前的文字足够长，需要滚动才能看到标题。</p>`).join('');
  const section = (n: number) => `<h2>第${n}节</h2>${Array.from({ length: 12 }, (_, i) => `<p>第${n}节的第 ${i + 1} 段正文，内容足够长。</p>`).join('')}`;
  const [id] = await importHtml(gloss, { 'toc.html': `<html><head><title>目录</title></head><body><article>${intro}${section(1)}${section(2)}</article></body></html>` });
  await open(page, id);
  const toc = page.getByTestId('toc');
  await expect(toc.getByRole('button')).toHaveCount(2);
  await expect(toc.locator('button.current')).toHaveCount(0);
  await toc.getByRole('button', { name: '第2节' }).click();
  await expect(toc.locator('button.current')).toHaveText('第2节');
  await page.getByTestId('reader-scroll').evaluate((el) => (el.scrollTop = 0));
  await expect(toc.locator('button.current')).toHaveCount(0);
});

test('paragraphs indented with full-width spaces read like the rest', async ({ page, gloss }) => {
  const [id] = await importHtml(gloss, { 'indent.html': '<html><head><title>缩进</title></head><body><article><p>　　第一段以两个全角空格缩进。</p><p>第二段没有缩进。</p><p>　　第三段又有缩进。</p></article></body></html>' });
  await open(page, id);
  const starts = await page.getByTestId('article-body').locator('p').allTextContents();
  expect(starts).toEqual(['第一段以两个全角空格缩进。', '第二段没有缩进。', '第三段又有缩进。']);
  const lefts = await page.getByTestId('article-body').locator('p').evaluateAll((ps) => ps.map((p) => Math.round(p.getBoundingClientRect().left)));
  expect(new Set(lefts).size).toBe(1);
});

test('a colour key right after selecting with the mouse makes the highlight in that colour', async ({ page, gloss }) => {
  const seed = (await gloss.call<{ results: { id: number }[] }>('importPaths', { paths: [SEED] })).results[0].id;
  await open(page, seed);
  // A real drag across the first words of a paragraph, as a person selects.
  const box = await page.evaluate(() => {
    const p = [...document.querySelectorAll('[data-testid="article-body"] p')].find((x) => (x.textContent ?? '').length > 40)!;
    p.scrollIntoView({ block: 'center' });
    const text = document.createTreeWalker(p, NodeFilter.SHOW_TEXT).nextNode() as Text;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 8);
    const r = range.getBoundingClientRect();
    return { x: r.x, y: r.y + r.height / 2, width: r.width };
  });
  await page.mouse.move(box.x + 1, box.y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 1, box.y, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByTestId('selection-toolbar')).toBeVisible();
  await page.keyboard.press('3');
  await expect(page.getByTestId('annotation')).toHaveCount(1);
  expect((await gloss.call<{ color: string }[]>('listHighlights', { articleId: seed })).map((h) => h.color)).toEqual(['blue']);
});
