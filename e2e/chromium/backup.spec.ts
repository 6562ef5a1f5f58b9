// Settings → Backups (issue 13): back up from Settings, change the library, restore from
// Settings, and see the library come back, in the same running app (no restart). The server
// here holds its library, as `gloss serve` does, so a restore can replace it in place.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { createCoreApi } from '../../src/core/api';
import { holdLibrary } from '../../src/core/library/holder';
import { startServer } from '../../src/server/serve';
import { CORPUS, SCREENSHOTS, SHARED } from './fixtures';

const SEED = join(SHARED, 'seed/000_4190482cfc1b7c75.txt');
const OTHER = join(CORPUS, 'hexo-zh', readdirSync(join(CORPUS, 'hexo-zh')).sort()[0]);
const SAVED = join(CORPUS, 'saved-pages/gbk-saved-163_6.html');

async function openBackups(page: Page, settingsLabel = 'Settings') {
  await page.getByRole('button', { name: settingsLabel, exact: true }).click();
  await expect(page.getByTestId('backups')).toBeVisible();
}

test('back up from Settings, change the library, restore from Settings, see it come back', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-e2e-backup-'));
  const holder = holdLibrary(join(dir, 'Gloss', 'library.db'));
  const api = createCoreApi(holder.lib);
  const server = await startServer({ lib: holder.lib, rendererDir: resolve(import.meta.dirname, '../../out/renderer'), backups: { holder, appVersion: 'e2e', automatic: false } });
  try {
    const [seed] = (await api.importPaths({ paths: [SEED, OTHER] })).results;
    await api.createHighlight({ articleId: seed.id!, start: 10, end: 40, color: 'green', tags: ['核实'] });
    await page.goto(server.openUrl);
    await expect(page.getByText('2 articles')).toBeVisible();

    await openBackups(page);
    await expect(page.getByText('No backups yet.')).toBeVisible();
    await page.getByTestId('backup-now').click();
    await expect(page.getByRole('status')).toHaveText('Backed up: 2 articles, 1 highlight.');
    await expect(page.getByTestId('backup-row')).toHaveCount(1);
    await expect(page.getByTestId('backup-row')).toContainText('2 articles · 1 highlight');
    await expect(page.getByTestId('backup-row')).toContainText('Verified');
    await page.screenshot({ path: join(SCREENSHOTS, 'settings-backups-en.png') });
    await page.keyboard.press('Escape');

    // The library changes after the backup: an article more, the highlight gone.
    await api.importPaths({ paths: [SAVED] });
    await api.deleteHighlight({ id: (await api.listHighlights({ articleId: seed.id! }))[0].id });
    await page.reload();
    await expect(page.getByText('3 articles')).toBeVisible();

    await openBackups(page);
    await page.getByRole('button', { name: 'Restore…' }).click();
    await expect(page.getByTestId('restore-confirm')).toContainText('The library as it is now is kept as a backup first');
    await page.screenshot({ path: join(SCREENSHOTS, 'settings-backups-confirm-en.png') });
    await page.getByTestId('restore-confirm-button').click();

    // The app reloads on the restored library, without a restart, and says what came back.
    await expect(page.getByTestId('restored-notice')).toContainText('2 articles, 1 highlight');
    await expect(page.getByText('2 articles', { exact: true })).toBeVisible();
    await page.screenshot({ path: join(SCREENSHOTS, 'library-restored-en.png') });
    expect((await api.listArticles({ sort: 'imported' })).length).toBe(2);
    expect(await api.listHighlights({ articleId: seed.id! })).toHaveLength(1);

    // The library as it was before the restore is kept, and listed.
    await openBackups(page);
    await expect(page.getByTestId('backup-row')).toHaveCount(2);
    await expect(page.getByTestId('backup-row').filter({ hasText: 'Kept before a restore' })).toContainText('3 articles · 0 highlights');

    // A file that is no backup, uploaded as browser mode does: refused, said, nothing changed.
    await page.getByTestId('backup-file-input').setInputFiles({ name: 'junk.glossbackup', mimeType: 'application/octet-stream', buffer: Buffer.from('not a backup') });
    await page.getByTestId('restore-confirm-button').click();
    await expect(page.getByRole('alert')).toContainText('cannot be restored: it is not a Gloss backup');
    expect((await api.listArticles({ sort: 'imported' })).length).toBe(2);
    await page.keyboard.press('Escape');

    await api.setSettings({ settings: { language: 'zh-CN', theme: 'dark' } });
    await page.reload();
    await openBackups(page, '设置');
    await expect(page.getByTestId('backup-row').first()).toContainText('已检验');
    await page.screenshot({ path: join(SCREENSHOTS, 'settings-backups-zh-CN-dark.png') });
  } finally {
    await server.close();
    holder.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
