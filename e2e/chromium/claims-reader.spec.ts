// Claims where a reader meets them: made from a selection with `c` or from a sidebar card,
// decided in the highlight's card, painted in the text, filtered in the sidebar, undone,
// deleted with their highlight (after asking) and brought back; counted in the library;
// found by search.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SCREENSHOTS, SHARED, expect, setLanguage, test, type Gloss } from './fixtures';
import { select } from './select-text';

const SEED = join(SHARED, 'seed/000_4190482cfc1b7c75.txt');
const CLAIM = '拼多多2020年财报显示，年活用户超过淘宝达到7.88亿';
const OTHER = '淘宝特价版与拼多多一样';

interface Claim {
  id: number;
  highlightId: number;
  status: string;
  statement: string;
}

async function importSeed(gloss: Gloss) {
  const articleId = (await gloss.call<{ results: { id: number }[] }>('importPaths', { paths: [SEED] })).results[0].id;
  const text = (await gloss.call<{ text: string }>('getArticle', { id: articleId })).text;
  const at = (q: string) => ({ start: text.indexOf(q), end: text.indexOf(q) + q.length });
  return { articleId, at };
}

async function openReader(page: Page, articleId: number) {
  await page.goto(`${page.url().replace(/#.*$/, '')}#/article/${articleId}`);
  await expect(page.getByTestId('reader-scroll')).toHaveAttribute('data-ready', 'true');
}

/** Whether every label of the search results fits its column on one line. */
const labelsFit = (page: Page) => page.locator('.hit-kind').evaluateAll((els) => els.every((el) => el.scrollWidth <= el.clientWidth));

test('c makes a claim of a selection; decide, filter, undo, delete after asking, undo; the library counts it', async ({ page, gloss }) => {
  const { articleId, at } = await importSeed(gloss);
  await gloss.call('createHighlight', { articleId, ...at(OTHER), color: 'green' });
  await openReader(page, articleId);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  // Select the sentence and press c: the highlight and its claim at once, the card open on the statement.
  await select(page, { text: CLAIM, offset: 0 }, { text: CLAIM, offset: CLAIM.length });
  await expect(page.getByTestId('selection-toolbar')).toBeVisible();
  await page.keyboard.press('c');
  const card = page.getByTestId('highlight-card');
  const statement = card.getByTestId('claim-statement');
  await expect(statement).toBeFocused();
  await expect(statement).toHaveValue(CLAIM);
  let [claim] = await gloss.call<Claim[]>('listClaims', { articleId });
  expect(claim).toMatchObject({ status: 'to-check', statement: CLAIM });
  const painted = page.locator(`[data-highlight="${claim.highlightId}"]`).first();

  // Restate it, then decide it in the card.
  await statement.press('End');
  await page.keyboard.type('（年活跃买家）');
  await statement.press('Enter');
  await expect(page.getByTestId('annotation').filter({ hasText: 'Statement:' })).toContainText(`${CLAIM}（年活跃买家）`);
  await card.getByTestId('claim-status').selectOption('contradicted');
  await expect(card.getByTestId('claim-badge')).toHaveText('Contradicted');
  const sidebarCard = page.getByTestId('annotation').filter({ hasText: CLAIM });
  await expect(sidebarCard.getByTestId('claim-badge')).toHaveText('Contradicted');
  await expect(painted).toHaveAttribute('data-claim-status', 'contradicted');
  // The colour edge: the status colour, drawn under the highlight's words.
  expect(await painted.evaluate((el) => getComputedStyle(el).boxShadow)).toContain('rgb(198, 40, 40)');
  await expect(page.locator('.claim-marker.claim-contradicted')).toHaveCount(1);
  await page.screenshot({ path: join(SCREENSHOTS, 'reader-claim-en.png') });

  // The sidebar filters by claim status, and says how many of how many it shows.
  const filter = page.getByTestId('claim-filter');
  await filter.selectOption('contradicted');
  await expect(page.getByTestId('annotation')).toHaveCount(1);
  await expect(page.getByTestId('annotation-count')).toHaveText('1 of 2');
  await filter.selectOption('not-claims');
  await expect(page.getByTestId('annotation')).toHaveText([new RegExp(OTHER)]);
  await filter.selectOption('any');
  await expect(page.getByTestId('annotation-count')).toHaveText('2');

  // Ctrl+Z takes the decision back.
  await page.getByTestId('article-title').click();
  await page.keyboard.press('Control+Z');
  await expect(sidebarCard.getByTestId('claim-badge')).toHaveText('To check');
  await expect(painted).toHaveAttribute('data-claim-status', 'to-check');
  [claim] = await gloss.call<Claim[]>('listClaims', { articleId });
  expect(claim.status).toBe('to-check');

  // Deleting the highlight asks first; Keep keeps it, Delete takes both, Ctrl+Z brings both back.
  await painted.click();
  await card.getByTestId('delete-highlight').click();
  const confirm = card.getByTestId('confirm-delete');
  await expect(confirm).toContainText('This highlight is a claim (To check). Delete the highlight and its claim?');
  await page.screenshot({ path: join(SCREENSHOTS, 'claim-confirm-delete-en.png') });
  await confirm.getByRole('button', { name: 'Keep' }).click();
  await expect(confirm).toHaveCount(0);
  await card.getByTestId('delete-highlight').click();
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('annotation')).toHaveCount(1);
  expect(await gloss.call<Claim[]>('listClaims', { articleId })).toEqual([]);
  await page.getByTestId('article-title').click();
  await page.keyboard.press('Control+Z');
  await expect(sidebarCard.getByTestId('claim-badge')).toHaveText('To check');
  await expect(painted).toHaveAttribute('data-claim-status', 'to-check');
  expect((await gloss.call<Claim[]>('listClaims', { articleId }))[0]).toMatchObject({ id: claim.id, statement: `${CLAIM}（年活跃买家）` });

  // What the core refuses is said, and nothing changes.
  await page.route('**/api/decideClaim', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'failed', message: 'database is locked' } }) }));
  await painted.click();
  await card.getByTestId('claim-status').selectOption('supported');
  await expect(page.getByTestId('annotation-error')).toContainText('database is locked');
  await expect(card.getByTestId('claim-status')).toHaveValue('to-check');
  await page.unroute('**/api/decideClaim');
  await page.getByTestId('annotation-error').getByRole('button', { name: 'Dismiss' }).click();
  await page.getByTestId('article-title').click();

  // Without the mouse: focus the other highlight's card in the sidebar and press c; Ctrl+Z undoes it.
  const otherCard = page.getByTestId('annotation').filter({ hasText: OTHER });
  await otherCard.getByRole('button').first().focus();
  await page.keyboard.press('c');
  await expect(otherCard.getByTestId('claim-badge')).toHaveText('To check');
  await expect(card.getByTestId('claim-statement')).toBeFocused();
  await expect(card.getByTestId('claim-statement')).toHaveValue(OTHER);
  await page.keyboard.press('Escape');
  await page.getByTestId('article-title').click();
  await page.keyboard.press('Control+Z');
  await expect(otherCard.getByTestId('claim-badge')).toHaveCount(0);
  expect(await gloss.call<Claim[]>('listClaims', { articleId })).toHaveLength(1);

  // The library row counts the article's claims and the open ones.
  await page.getByRole('button', { name: 'Back to library' }).click();
  await expect(page.getByTestId('article-claims')).toHaveText('1 claim · 1 open');
  await page.screenshot({ path: join(SCREENSHOTS, 'library-claims-en.png') });

  // The card's Review link opens the review queue on this article's claims.
  await page.getByTestId('library-list').getByRole('option').first().click();
  await painted.click();
  await card.getByRole('link', { name: /Review/ }).click();
  await expect(page).toHaveURL(new RegExp(`#/review\\?article=${articleId}$`));
  expect(errors).toEqual([]);
});

test('the sidebar in Chinese and the dark theme: badges, colour edges and the status filter', async ({ page, gloss }) => {
  const { articleId, at } = await importSeed(gloss);
  const made = async (q: string, status?: string) => {
    const h = await gloss.call<{ id: number }>('createHighlight', { articleId, ...at(q), color: 'yellow' });
    const c = await gloss.call<Claim>('createClaim', { highlightId: h.id });
    if (status) await gloss.call('decideClaim', { id: c.id, status });
  };
  await made(CLAIM, 'contradicted');
  await made('淘宝特价版与拼多多一样', 'supported');
  await made('1688', 'needs-source');
  await gloss.call('createHighlight', { articleId, ...at('阿里生态'), color: 'blue' });
  // In the dark theme: the status colours must read there too.
  await gloss.call('setSettings', { settings: { theme: 'dark' } });
  await setLanguage(gloss, page, 'zh-CN');
  await openReader(page, articleId);
  await expect(page.getByTestId('annotation')).toHaveCount(4);
  await expect(page.getByTestId('annotation').filter({ hasText: CLAIM }).getByTestId('claim-badge')).toHaveText('不实');
  await page.getByTestId('claim-filter').selectOption('claims');
  await expect(page.getByTestId('annotation-count')).toHaveText('3 / 4');
  const supported = page.locator('.hl.claim-supported').first();
  await supported.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await supported.click();
  await expect(page.getByTestId('highlight-card').getByTestId('claim-badge')).toHaveText('属实');
  await page.screenshot({ path: join(SCREENSHOTS, 'sidebar-claims-zh.png') });
  await page.getByRole('button', { name: '返回文库' }).click();
  await expect(page.getByTestId('article-claims')).toHaveText('3 条论断 · 1 条待核');
});

test('a claim whose passage left the article keeps its card, with its stored quote and status', async ({ page, gloss }) => {
  const file = join(mkdtempSync(join(tmpdir(), 'gloss-seed-')), 'seed.md');
  copyFileSync(SEED, file);
  const articleId = (await gloss.call<{ results: { id: number }[] }>('importPaths', { paths: [file] })).results[0].id;
  const text = (await gloss.call<{ text: string }>('getArticle', { id: articleId })).text;
  const quote = '在漫长的等待与煎熬中，市场非常关注';
  const h = await gloss.call<{ id: number }>('createHighlight', { articleId, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, color: 'pink' });
  const c = await gloss.call<Claim>('createClaim', { highlightId: h.id });
  await gloss.call('decideClaim', { id: c.id, status: 'mixed' });
  writeFileSync(file, readFileSync(file, 'utf8').replace('<p>在漫长的等待与煎熬中，市场非常关注。</p>', ''));
  await gloss.call('importPaths', { paths: [file] });
  await openReader(page, articleId);
  const orphan = page.getByTestId('annotation').filter({ hasText: quote });
  await expect(orphan).toContainText('no longer in the article');
  await expect(orphan.getByTestId('claim-badge')).toHaveText('Mixed');
  await expect(page.locator(`[data-highlight="${h.id}"]`)).toHaveCount(0);
  expect((await gloss.call<Claim[]>('listClaims', { articleId }))[0]).toMatchObject({ id: c.id, status: 'mixed' });
});

test('search finds a claim and its note, labels and filters them, and opens the reader on its highlight', async ({ page, gloss }) => {
  const { articleId, at } = await importSeed(gloss);
  const h = await gloss.call<{ id: number }>('createHighlight', { articleId, ...at(CLAIM), color: 'yellow' });
  const c = await gloss.call<Claim>('createClaim', { highlightId: h.id, statement: '拼多多2020年年活跃买家7.88亿，超过淘宝' });
  await gloss.call('decideClaim', { id: c.id, status: 'contradicted' });
  const note = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '财报口径是年活跃买家，不是年活用户' }] }] };
  await gloss.call('updateClaim', { id: c.id, note, noteText: '财报口径是年活跃买家，不是年活用户' });
  await page.reload();
  await expect(page.getByTestId('article-claims')).toHaveText('1 claim · all decided');

  await page.keyboard.press('/');
  const input = page.getByTestId('search-input');
  // The suggestions offer the claim filters.
  await expect(page.getByTestId('search-results').getByRole('button', { name: 'is:claim' })).toBeVisible();
  await expect(page.getByTestId('search-results').getByRole('button', { name: 'status:to-check' })).toBeVisible();
  await input.fill('年活跃买家');
  const claimHit = page.getByTestId('search-hit').filter({ has: page.locator('.hit-kind', { hasText: /^Claim$/ }) });
  const noteHit = page.getByTestId('search-hit').filter({ has: page.locator('.hit-kind', { hasText: 'Claim note' }) });
  await expect(claimHit).toContainText('7.88');
  await expect(claimHit.getByTestId('claim-badge')).toHaveText('Contradicted');
  await expect(noteHit).toContainText('财报口径');
  await expect(page.getByTestId('search-summary')).toHaveText(/^1 article · .*\d+ claims?$/);
  expect(await labelsFit(page)).toBe(true);

  await input.fill('拼多多 is:claim status:contradicted');
  await expect(page.locator('.search-chips .chip')).toHaveText([/Is: a claim/, /Status: Contradicted/]);
  await expect(claimHit).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'search-claims-en.png') });
  await claimHit.click();
  expect(page.url()).toContain(`highlight=${h.id}`);
  await expect(page.locator(`[data-highlight="${h.id}"]`).first()).toBeInViewport();

  await setLanguage(gloss, page, 'zh-CN');
  await expect(page.getByTestId('article-title')).toBeVisible();
  await page.keyboard.press('/');
  await page.getByTestId('search-input').fill('年活跃买家');
  await expect(page.getByTestId('search-hit').locator('.hit-kind', { hasText: '论断笔记' })).toBeVisible();
  await page.getByTestId('search-input').fill('拼多多 is:claim status:contradicted');
  await expect(page.locator('.search-chips .chip')).toHaveText([/类型: 论断/, /状态: 不实/]);
  expect(await labelsFit(page)).toBe(true);
  await page.screenshot({ path: join(SCREENSHOTS, 'search-claims-zh.png') });
});
