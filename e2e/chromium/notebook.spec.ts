// Every highlight in one place: filter it, open a passage from it, reach it from a tag.
import { join } from 'node:path';
import { CORPUS, SCREENSHOTS, expect, setLanguage, test, type Gloss } from './fixtures';

const note = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '重点：' }, { type: 'text', text, marks: [{ type: 'bold' }] }] }, { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: '第二个来源' }] }] }] }] });

async function annotated(gloss: Gloss) {
  const r = await gloss.call<{ results: { id: number; title: string }[] }>('importPaths', { paths: ['hexo-zh/gne-sina_4.md', 'hexo-zh/gne-ifeng_1.md'].map((f) => join(CORPUS, f)) });
  const [a, b] = r.results;
  const h1 = await gloss.call<{ id: number }>('createHighlight', { articleId: a.id, start: 10, end: 40, color: 'green', tags: ['苹果', '核实'] });
  await gloss.call('updateHighlight', { id: h1.id, note: note('售价需核对'), noteText: '重点：售价需核对\n第二个来源' });
  await gloss.call('createClaim', { highlightId: h1.id });
  await gloss.call('createHighlight', { articleId: b.id, start: 50, end: 90, color: 'pink', tags: ['核实'] });
  await gloss.call('createHighlight', { articleId: b.id, start: 200, end: 230 });
  return { a, b, h1 };
}

test('lists every highlight with its note in full; filters by text, tag and colour; opens the passage', async ({ page, gloss }) => {
  const { a, h1 } = await annotated(gloss);
  await page.getByTestId('notebook-button').click();
  const entries = page.getByTestId('notebook-entry');
  await expect(entries).toHaveCount(3);
  await expect(page.getByTestId('notebook-count')).toHaveText('3 highlights');
  const first = entries.filter({ has: page.locator('strong', { hasText: '售价需核对' }) });
  await expect(first.locator('li')).toHaveText('第二个来源');
  await expect(first.getByTestId('claim-badge')).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'notebook-en.png') });

  await page.getByTestId('notebook-query').fill('售价');
  await expect(entries).toHaveCount(1);
  await page.getByTestId('notebook-query').fill('tag:核实 color:pink');
  await expect(entries).toHaveCount(1);
  await page.getByTestId('notebook-query').fill('');
  await expect(entries).toHaveCount(3);
  await first.getByTestId('notebook-tag').filter({ hasText: '苹果' }).click();
  await expect(page.getByTestId('notebook-query')).toHaveValue('tag:苹果');
  await expect(entries).toHaveCount(1);
  expect(page.url()).toContain('#/notebook?q=');

  await entries.first().click();
  await expect(page.getByTestId('article-title')).toHaveText(a.title);
  await expect(page.locator(`[data-highlight="${h1.id}"]`).first()).toBeInViewport();
});

test('a tag in the tag manager opens the notebook filtered to it; in Chinese', async ({ page, gloss }) => {
  await annotated(gloss);
  await setLanguage(gloss, page, 'zh-CN');
  await page.getByRole('button', { name: '标签' }).first().click();
  await page.getByTestId('tag-manager').getByRole('link', { name: '#核实' }).click();
  await expect(page.getByRole('heading', { name: /笔记本/ })).toBeVisible();
  await expect(page.getByTestId('notebook-entry')).toHaveCount(2);
  await expect(page.getByTestId('notebook-count')).toHaveText('2 条高亮');
  await page.screenshot({ path: join(SCREENSHOTS, 'notebook-zh.png') });
});

test("a tag on a highlight's card opens the notebook filtered to it; removing one stays in the reader", async ({ page, gloss }) => {
  const { a, h1 } = await annotated(gloss);
  // The page was open before these were made behind its back; it shows them once reloaded.
  await page.reload();
  await page.getByText(a.title).first().click();
  await page.locator(`[data-highlight="${h1.id}"]`).first().click();
  const card = page.getByTestId('highlight-card');
  await card.getByRole('button', { name: /苹果/ }).click();
  await expect.poll(async () => (await gloss.call<{ id: number; tags: string[] }[]>('listHighlights', { articleId: a.id })).find((h) => h.id === h1.id)?.tags).toEqual(['核实']);
  await expect(page.getByTestId('article-title')).toHaveText(a.title);
  await expect(card.getByTestId('card-tag')).toHaveText(['#核实']);
  await page.screenshot({ path: join(SCREENSHOTS, 'card-tags-en.png') });

  await card.getByTestId('card-tag').click();
  await expect(page.getByTestId('notebook-query')).toHaveValue('tag:核实');
  await expect(page.getByTestId('notebook-entry')).toHaveCount(2);
  expect(page.url()).toContain('#/notebook?q=');
});
