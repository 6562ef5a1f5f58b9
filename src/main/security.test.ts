import { describe, expect, it, vi } from 'vitest';
import { harden, isSafeExternal, webPreferences, CSP, type Hardenable } from './security';

describe('window security settings', () => {
  it('isolates every renderer from Node and Electron', () => {
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
    });
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

  it('blocks navigation, webviews and new windows, and denies permissions', () => {
    const listeners = new Map<string, (e: { preventDefault(): void }) => void>();
    let openHandler: ((d: { url: string }) => { action: 'deny' }) | null = null;
    let permission: ((wc: unknown, p: string, cb: (g: boolean) => void) => void) | null = null;
    let check: (() => boolean) | null = null;
    const openExternal = vi.fn();
    const target: Hardenable = {
      webContents: { on: (e, l) => listeners.set(e, l), setWindowOpenHandler: (h) => (openHandler = h) },
      session: { setPermissionRequestHandler: (h) => (permission = h), setPermissionCheckHandler: (h) => (check = h) },
      openExternal,
    };
    harden(target);
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      listeners.get(event)!({ preventDefault });
      expect(preventDefault, event).toHaveBeenCalled();
    }
    expect(openHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.com/');
    expect(openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
    const granted = vi.fn();
    permission!(null, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(check!()).toBe(false);
  });
});
