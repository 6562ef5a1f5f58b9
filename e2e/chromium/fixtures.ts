// Each test gets the real core in browser mode on a fresh library, and a page that has
// opened the server's URL (so it holds the session cookie).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, type JSHandle, type Page } from '@playwright/test';
import { createCoreApi, dispatch } from '../../src/core/api';
import { openLibrary, type Library } from '../../src/core/library/db';
import { startServer, type RunningServer } from '../../src/server/serve';

export const SHARED = resolve(import.meta.dirname, '../../../shared');
export const CORPUS = join(SHARED, 'corpus');
export const SCREENSHOTS = resolve(import.meta.dirname, '../../screenshots');

export interface Gloss {
  server: RunningServer;
  lib: Library;
  /**
   * Calls the real core on the test's side, through the same validation as every transport
   * (desktop-only calls such as importPaths included, which browser mode refuses).
   */
  call<T>(name: string, input: unknown): Promise<T>;
}

export const test = base.extend<{ gloss: Gloss }>({
  gloss: async ({ page }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'gloss-e2e-'));
    const lib = openLibrary(join(dir, 'library.db'));
    const server = await startServer({ lib, rendererDir: resolve(import.meta.dirname, '../../out/renderer') });
    await page.goto(server.openUrl);
    // The page has drawn the empty library before the test adds anything behind its back, so
    // a test that forgets to reload fails every time rather than when the race goes its way.
    await page.getByTestId('empty-state').waitFor();
    const api = createCoreApi(lib);
    const call = async <T>(name: string, input: unknown) => {
      const reply = await dispatch(api, name, input);
      if (!reply.ok) throw new Error(reply.error.message);
      return reply.value as T;
    };
    await use({ server, lib, call });
    await server.close();
    lib.close();
    rmSync(dir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';

/** Files as a browser hands them to a drop: a DataTransfer holding File objects. */
export function makeTransfer(page: Page, files: { name: string; base64: string }[]): Promise<JSHandle> {
  return page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name));
    }
    return dt;
  }, files);
}

/** Drops files onto the window the way a browser does: drag events carrying the files. */
export async function dropFiles(page: Page, files: { name: string; base64: string }[] | JSHandle): Promise<void> {
  const transfer = Array.isArray(files) ? await makeTransfer(page, files) : files;
  await page.dispatchEvent('.app', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('.app', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('.app', 'drop', { dataTransfer: transfer });
}

export async function setLanguage(gloss: Gloss, page: Page, language: 'en' | 'zh-CN'): Promise<void> {
  await gloss.call('setSettings', { settings: { language } });
  await page.reload();
}
