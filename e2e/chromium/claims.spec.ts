// A fact-checker's pass through the review queue: two claims made in the seed (one from the
// reader with `c`), the queue opened with `r`, a passage of another article linked as
// contradicting with `l` and `c`, one claim decided with `2` and the other put off with
// space, the dashboard counting it, both taken back with `u`, and the same in 简体中文.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { CORPUS, SCREENSHOTS, SHARED, expect, setLanguage, test, type Gloss } from './fixtures';
import { select } from './select-text';

const PDD = '拼多多2020年财报显示，年活用户超过淘宝达到7.88亿';
const WHOLESALE = '1688上有上百万家批发商';
const OTHER_TITLE = '亚马逊海外购“限时快闪店”登陆拼多多';

/** Imports a copy of the seed as Markdown, and another article that mentions 拼多多. */
async function importArticles(gloss: Gloss) {
  const seed = join(mkdtempSync(join(tmpdir(), 'gloss-seed-')), 'seed.md');
  copyFileSync(join(SHARED, 'seed/000_4190482cfc1b7c75.txt'), seed);
  const summary = await gloss.call<{ results: { id: number; status: string }[] }>('importPaths', { paths: [seed, join(CORPUS, 'hexo-zh/gne-163_7.md')] });
  expect(summary.results.map((r) => r.status)).toEqual(['imported', 'imported']);
  const [seedId, otherId] = summary.results.map((r) => r.id);
  const text = (await gloss.call<{ text: string }>('getArticle', { id: seedId })).text;
  return { seedId, otherId, text };
}

const tileCount = (page: Page, status: string) => page.getByTestId(`tile-${status}`).getByTestId('tile-count');

async function setTheme(gloss: Gloss, page: Page, theme: 'light' | 'dark') {
  await gloss.call('setSettings', { settings: { theme } });
  await page.reload();
}

test('review: link evidence, decide, put off, see the dashboard, undo both; in 简体中文 too', async ({ page, gloss }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const { seedId, otherId, text } = await importArticles(gloss);

  // The first claim, the way a reader makes it: select the sentence, press c, tag it.
  await page.goto(`${page.url().replace(/#.*$/, '')}#/article/${seedId}`);
  await expect(page.getByTestId('reader-scroll')).toHaveAttribute('data-ready', 'true');
  await select(page, { text: PDD, offset: 0 }, { text: PDD, offset: PDD.length });
  await page.keyboard.press('c');
  const card = page.getByTestId('highlight-card');
  await expect(card.getByTestId('claim-statement')).toHaveValue(PDD);
  await card.getByTestId('tag-input').fill('拼多多');
  await card.getByTestId('tag-input').press('Enter');
  await expect(page.getByTestId('annotation').first()).toContainText('#拼多多');

  // The second through the API, as the CLI would.
  const at = text.indexOf(WHOLESALE);
  const h = await gloss.call<{ id: number }>('createHighlight', { articleId: seedId, start: at, end: at + WHOLESALE.length, color: 'blue' });
  await gloss.call('updateHighlight', { id: h.id, tags: ['1688'] });
  await gloss.call('createClaim', { highlightId: h.id });

  // r opens the queue, oldest due first. (Close the card first: r is a letter typed there.)
  await page.keyboard.press('Escape');
  await page.getByTestId('article-title').click();
  await page.keyboard.press('r');
  await expect(page).toHaveURL(/#\/review$/);
  await expect(page.getByTestId('review-count')).toHaveText('2 claims due');
  await expect(page.getByTestId('due-count')).toHaveText('2');
  const review = page.getByTestId('review-card');
  await expect(review.getByTestId('claim-statement')).toHaveValue(PDD);
  await expect(review.getByTestId('claim-passage').locator('mark')).toHaveText(PDD);
  await expect(review.getByTestId('due-line')).toContainText('To check since');

  // l: into the evidence at hand; the other article's passage is there, marked.
  await page.keyboard.press('l');
  const suggestions = page.getByTestId('suggestions');
  await expect(suggestions).toBeFocused();
  const fromOther = page.getByTestId('suggestion').filter({ hasText: OTHER_TITLE });
  await expect(fromOther.first()).toBeVisible();
  await expect(fromOther.first().locator('mark').first()).toHaveText('拼多多');
  const index = await page.getByTestId('suggestion').evaluateAll((els, title) => els.findIndex((el) => el.textContent!.includes(title)), OTHER_TITLE);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(fromOther.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('c');
  const evidence = review.getByTestId('evidence');
  await expect(evidence).toHaveCount(1);
  await expect(evidence).toHaveAttribute('data-relation', 'contradicts');
  await expect(evidence).toContainText(OTHER_TITLE);
  await expect(page.getByTestId('review-status')).toContainText('Linked as “Contradicts” · u to undo');
  const linked = (await gloss.call<{ evidence: { articleId: number; relation: string }[] }>('getClaim', { id: Number(await review.getAttribute('data-claim')) })).evidence;
  expect(linked).toMatchObject([{ articleId: otherId, relation: 'contradicts' }]);
  await page.screenshot({ path: join(SCREENSHOTS, 'review-card-evidence-en.png') });

  // 2: contradicted; the next claim shows. Space: put off until tomorrow; nothing is due.
  await page.keyboard.press('Escape');
  await page.keyboard.press('2');
  await expect(page.getByTestId('review-status')).toContainText('Marked “Contradicted” · u to undo');
  await expect(review.getByTestId('claim-statement')).toHaveValue(WHOLESALE);
  await expect(page.getByTestId('review-count')).toHaveText('1 claim due');
  await page.keyboard.press(' ');
  await expect(page.getByTestId('review-empty')).toContainText('Nothing is due');
  await expect(page.getByTestId('review-empty')).toContainText('You have 2 claims');
  await expect(page.getByTestId('review-status')).toContainText('Later: back on');
  await expect(page.getByTestId('due-count')).toHaveCount(0);
  await page.screenshot({ path: join(SCREENSHOTS, 'review-empty-en.png') });

  // The dashboard counts the decision.
  await page.getByTestId('tab-dashboard').click();
  await expect(page).toHaveURL(/#\/claims$/);
  await expect(tileCount(page, 'contradicted')).toHaveText('1');
  await expect(tileCount(page, 'to-check')).toHaveText('1');
  await expect(tileCount(page, 'supported')).toHaveText('0');
  await expect(page.getByTestId('subject-bar').filter({ hasText: '#拼多多' }).locator('[data-status="contradicted"]')).toHaveText('1');
  await expect(page.locator('[data-testid="weekly-chart"] .week').last()).toHaveAttribute('data-decisions', '1');

  // Back to the queue: u takes back the "later", then the decision.
  await page.getByTestId('tab-queue').click();
  await page.keyboard.press('u');
  await expect(page.getByTestId('review-status')).toContainText('Undone: Later');
  await expect(review.getByTestId('claim-statement')).toHaveValue(WHOLESALE);
  await page.keyboard.press('u');
  await expect(page.getByTestId('review-status')).toContainText('Undone: Marked “Contradicted”');
  await expect(review.getByTestId('claim-statement')).toHaveValue(PDD);
  await expect(page.getByTestId('review-count')).toHaveText('2 claims due');
  await expect(page.getByTestId('due-count')).toHaveText('2');
  await expect(review.getByTestId('claim-history').locator('li').first()).toContainText('Undo: back to “To check”');
  await page.getByTestId('tab-dashboard').click();
  await expect(tileCount(page, 'contradicted')).toHaveText('0');
  await expect(tileCount(page, 'to-check')).toHaveText('2');

  // A tile opens the queue filtered to it.
  await page.getByTestId('tile-to-check').click();
  await expect(page).toHaveURL(/#\/review\?status=to-check$/);
  await expect(page.getByTestId('filter-status')).toHaveValue('to-check');
  await page.getByTestId('tab-queue').click();

  // More claims, decided, so that the screenshots show a dashboard with something in it.
  const more: [string, string[], string][] = [
    ['1688为数字化内贸体系创造了7000多亿元的市场规模', ['1688'], 'supported'],
    ['上线3个月，淘宝特价版MAU（月活跃用户数）每隔20天翻一番', ['淘宝特价版'], 'needs-source'],
    ['淘宝特价版上超120万个产业带商家取得的订单数，较去年同期上涨668%', ['淘宝特价版', 'C2M'], 'mixed'],
    ['至少32万家外向型出口企业正在1688谋求转型内贸', ['1688'], 'unverifiable'],
  ];
  for (const [quote, tags, status] of more) {
    const start = text.indexOf(quote);
    const made = await gloss.call<{ id: number }>('createHighlight', { articleId: seedId, start, end: start + quote.length, color: 'yellow' });
    await gloss.call('updateHighlight', { id: made.id, tags });
    const claim = await gloss.call<{ id: number }>('createClaim', { highlightId: made.id });
    await gloss.call('decideClaim', { id: claim.id, status, reason: '对照财报原文' });
  }

  // Screenshots: queue and dashboard, light and dark, in both languages.
  for (const language of ['en', 'zh-CN'] as const) {
    const lang = language === 'en' ? 'en' : 'zh';
    await setLanguage(gloss, page, language);
    for (const theme of ['light', 'dark'] as const) {
      await setTheme(gloss, page, theme);
      await page.goto(`${page.url().replace(/#.*$/, '')}#/review`);
      await expect(review.getByTestId('claim-statement')).toHaveValue(PDD);
      await expect(page.getByTestId('suggestion').first()).toBeVisible();
      await page.screenshot({ path: join(SCREENSHOTS, `review-queue-${lang}-${theme}.png`) });
      await page.getByTestId('tab-dashboard').click();
      await expect(page.getByTestId('weekly-chart')).toBeVisible();
      await page.screenshot({ path: join(SCREENSHOTS, `dashboard-${lang}-${theme}.png`) });
    }
  }

  // In 简体中文 the same view speaks Chinese.
  await page.getByTestId('tab-queue').click();
  await expect(page.getByTestId('review-count')).toHaveText('3 条待处理');
  await expect(review.getByTestId('claim-badge').first()).toHaveText('待核查');
  await expect(page.getByTestId('decide-contradicted')).toContainText('不实');
  await expect(page.getByTestId('tab-dashboard')).toHaveText('概览');
  await expect(evidence).toContainText('反驳');
  await page.getByTestId('tab-dashboard').click();
  await expect(page.getByTestId('tile-contradicted')).toContainText('不实');
  await expect(page.getByTestId('tile-to-check')).toContainText('待核查');
  expect(errors).toEqual([]);
});

test('another claim is linked as evidence from the queue, and shows at both ends', async ({ page, gloss }) => {
  const { seedId, text } = await importArticles(gloss);
  const claimOn = async (quote: string) => {
    const at = text.indexOf(quote);
    const h = await gloss.call<{ id: number }>('createHighlight', { articleId: seedId, start: at, end: at + quote.length });
    return gloss.call<{ id: number; statement: string }>('createClaim', { highlightId: h.id });
  };
  const first = await claimOn(PDD);
  const second = await claimOn(WHOLESALE);
  await page.goto(`${page.url().replace(/#.*$/, '')}#/review`);
  await expect(page.getByTestId('review-card')).toContainText(first.statement);
  const form = page.getByTestId('claim-link');
  await form.getByRole('combobox').first().selectOption(String(second.id));
  await form.getByRole('combobox').nth(1).selectOption('context');
  await form.getByRole('button', { name: 'Link' }).click();
  await expect(page.getByTestId('evidence-list')).toContainText(WHOLESALE);
  const linked = await gloss.call<{ evidence: { kind: string; claimId: number; relation: string }[] }>('getClaim', { id: first.id });
  expect(linked.evidence).toMatchObject([{ kind: 'claim', claimId: second.id, relation: 'context' }]);
  const cited = await gloss.call<{ citedBy: { claimId: number }[] }>('getClaim', { id: second.id });
  expect(cited.citedBy).toMatchObject([{ claimId: first.id }]);
});
