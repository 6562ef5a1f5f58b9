// The desktop app itself, where Electron's binary exists (it cannot be downloaded on the
// machines this project is built on; there the browser-mode specs cover the renderer).
import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

function electronBinary(): string | null {
  try {
    return createRequire(import.meta.url)('electron') as unknown as string;
  } catch {
    return null;
  }
}

const binary = electronBinary();

test('the window opens hardened and shows the library', async () => {
  test.skip(!binary, 'Electron binary not installed here (no download possible); browser-mode e2e covers the renderer');
  const app = await electron.launch({
    executablePath: binary!,
    args: [resolve(import.meta.dirname, '../../out/main/index.js')],
    env: { ...process.env, GLOSS_LIBRARY: join(mkdtempSync(join(tmpdir(), 'gloss-electron-')), 'library.db') },
  });
  const window = await app.firstWindow();
  await expect(window.getByTestId('empty-state')).toBeVisible();
  const prefs = await app.evaluate(({ webContents }) => webContents.getAllWebContents().map((w) => (w as unknown as { getLastWebPreferences(): Record<string, unknown> }).getLastWebPreferences()));
  for (const p of prefs) expect(p).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
  expect(await window.evaluate(() => [typeof (globalThis as { require?: unknown }).require, typeof (globalThis as { process?: unknown }).process])).toEqual(['undefined', 'undefined']);
  // The session, not only the page's CSP, refuses requests that would leave the app.
  expect(await window.evaluate(() => fetch('https://example.com/beacon').then(() => 'sent', () => 'blocked'))).toBe('blocked');
  // A renderer that dies comes back with a word of what happened, never a white window.
  await app.evaluate(({ webContents }) => webContents.getAllWebContents()[0].forcefullyCrashRenderer());
  await expect(window.getByTestId('recovered-notice')).toBeVisible({ timeout: 20_000 });
  await app.close();
});
