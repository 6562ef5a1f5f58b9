import { describe, expect, it, vi } from 'vitest';
import { CSP, GESTURE_MS, hardenContents, hardenSession, isAllowedRequest, isSafeExternal, webPreferences, type HardenableContents, type HardenableSession } from './security';

describe('window security settings', () => {
  it('isolates every renderer from Node and Electron, with no DevTools in a packaged build', () => {
    // Electron's security checklist, item by item: loosening any of these fails here.
    const strict = {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    };
    expect(webPreferences(true)).toMatchObject({ ...strict, devTools: false });
    expect(webPreferences(false)).toMatchObject({ ...strict, devTools: true });
    expect(Object.keys(webPreferences(true))).not.toContain('enableBlinkFeatures');
    expect(Object.keys(webPreferences(true))).not.toContain('preload');
  });

  it('has a CSP with no inline, remote or eval script and no frames or objects', () => {
    expect(CSP).toContain("default-src 'none'");
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).toContain("object-src 'none'");
    expect(CSP).toContain("frame-src 'none'");
    expect(CSP).not.toMatch(/unsafe-eval|script-src[^;]*(unsafe-inline|https?:)/);
  });

  it('opens only web and mail links outside the app', () => {
    for (const ok of ['https://example.com/a', 'http://example.com', 'mailto:a@example.com']) expect(isSafeExternal(ok), ok).toBe(true);
    for (const bad of ['file:///etc/passwd', 'smb://host/share', 'ms-calculator://', 'javascript:alert(1)', 'gloss-asset://x', 'https://user:pw@example.com', 'vbscript:x', 'not a url']) {
      expect(isSafeExternal(bad), bad).toBe(false);
    }
  });

  it('lets through only the app’s own protocols and public web images', () => {
    for (const [url, type] of [['app://gloss/index.html', 'mainFrame'], ['gloss-asset://ab.png', 'image'], ['https://cdn.example.com/a.png', 'image'], ['data:image/png;base64,AA', 'image']]) {
      expect(isAllowedRequest(url, type, true), url).toBe(true);
    }
    for (const [url, type] of [
      ['https://evil.example/x.js', 'script'], ['https://evil.example/beacon', 'xhr'], ['https://evil.example/a.css', 'stylesheet'], ['https://evil.example/f.woff2', 'font'],
      ['http://127.0.0.1:8080/a.png', 'image'], ['http://192.168.1.1/a.png', 'image'], ['file:///etc/passwd', 'image'], ['https://evil.example/', 'mainFrame'], ['devtools://devtools/x', 'mainFrame'],
    ]) {
      expect(isAllowedRequest(url, type, true), `${type} ${url}`).toBe(false);
    }
    expect(isAllowedRequest('devtools://devtools/x', 'mainFrame', false)).toBe(true);
  });

  it('blocks navigation, redirects, webviews, downloads and new windows; opens links only after a gesture; recovers a lost renderer', () => {
    const listeners = new Map<string, (...args: unknown[]) => void>();
    let openHandler: ((d: { url: string }) => { action: 'deny' }) | null = null;
    const wc: HardenableContents = {
      on: (e: string, l: (...args: unknown[]) => void) => listeners.set(e, l),
      setWindowOpenHandler: (h) => (openHandler = h),
      closeDevTools: vi.fn(),
    } as HardenableContents;
    const openExternal = vi.fn();
    const onGone = vi.fn();
    let clock = 10_000;
    hardenContents(wc, { packaged: true, openExternal, onGone, now: () => clock });
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      listeners.get(event)!({ preventDefault });
      expect(preventDefault, event).toHaveBeenCalled();
    }
    // Without a click, a page asking to open a link gets nothing.
    expect(openHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
    listeners.get('input-event')!({}, { type: 'mouseDown' });
    expect(openHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.com/');
    expect(openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    clock += GESTURE_MS + 1;
    openHandler!({ url: 'https://example.com/later' });
    expect(openExternal).toHaveBeenCalledTimes(1);
    listeners.get('render-process-gone')!({}, { reason: 'crashed' });
    listeners.get('render-process-gone')!({}, { reason: 'clean-exit' });
    expect(onGone.mock.calls).toEqual([['crashed']]);
    listeners.get('devtools-opened')!();
    expect(wc.closeDevTools).toHaveBeenCalled();
  });

  it('denies permissions and downloads, and cancels requests the session must not make', () => {
    let permission: ((wc: unknown, p: string, cb: (g: boolean) => void) => void) | null = null;
    let check: (() => boolean) | null = null;
    let download: ((e: { preventDefault(): void }) => void) | null = null;
    let filter: ((d: { url: string; resourceType: string }, cb: (r: { cancel: boolean }) => void) => void) | null = null;
    const session: HardenableSession = {
      setPermissionRequestHandler: (h) => (permission = h),
      setPermissionCheckHandler: (h) => (check = h),
      on: (_e: string, l: (e: { preventDefault(): void }) => void) => (download = l),
      webRequest: { onBeforeRequest: (l) => (filter = l) },
    };
    hardenSession(session, true);
    const granted = vi.fn();
    permission!(null, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(check!()).toBe(false);
    const preventDefault = vi.fn();
    download!({ preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    const answer = vi.fn();
    filter!({ url: 'https://evil.example/x.js', resourceType: 'script' }, answer);
    filter!({ url: 'app://gloss/index.html', resourceType: 'mainFrame' }, answer);
    expect(answer.mock.calls).toEqual([[{ cancel: true }], [{ cancel: false }]]);
  });
});
