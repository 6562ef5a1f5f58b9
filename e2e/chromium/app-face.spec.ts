// The app's face (issue 15, item 9): the About panel with the version, in both languages,
// and the favicon browser mode serves behind its guards.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SCREENSHOTS, expect, setLanguage, test } from './fixtures';

const { version } = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };

for (const [language, settings, about, label] of [
  ['en', 'Settings', 'About Gloss', `Version ${version}`],
  ['zh-CN', '设置', '关于 Gloss', `版本 ${version}`],
] as const) {
  test(`the About panel names the version from package.json (${language})`, async ({ page, gloss }) => {
    await setLanguage(gloss, page, language);
    await page.getByRole('button', { name: settings }).click();
    await page.getByTestId('open-about').click();
    const panel = page.getByRole('dialog', { name: about });
    await expect(panel.getByTestId('about-version')).toHaveText(label);
    await expect.poll(() => panel.locator('img.about-mark').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await panel.screenshot({ path: join(SCREENSHOTS, `about-${language}.png`) });
  });
}

test('the page has a favicon, served only with the page’s cookie', async ({ page, browser, gloss }) => {
  const href = await page.locator('link[rel="icon"][type="image/svg+xml"]').evaluate((l: HTMLLinkElement) => l.href);
  const icon = await page.request.get(href);
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toBe('image/svg+xml');
  expect(await icon.text()).toContain('<svg');
  const stranger = await browser.newContext();
  expect((await stranger.request.get(`${gloss.server.url}favicon.svg`)).status()).toBe(401);
  await stranger.close();
});
