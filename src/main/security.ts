// Every security setting of the desktop shell, in one file with its tests
// (../shared/design/SECURITY.md S1, S5, S7, S8, S10, S13).
import { contentSecurityPolicy } from '../shared/csp';
import { isAllowedLink } from '../shared/reading/urls';

export const APP_ORIGIN = 'app://gloss';

export const webPreferences = {
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
  spellcheck: false,
} as const;

export const CSP = contentSecurityPolicy({ imgSrc: ['gloss-asset:'] });

/** Links leave the app only to the system browser, only for the web and mail. */
export function isSafeExternal(url: string): boolean {
  return isAllowedLink(url);
}

/** Only the app's own page, in its main frame, may call the API. */
export function isTrustedSender(frame: { url: string; parent: unknown } | null | undefined): boolean {
  if (!frame || frame.parent) return false;
  try {
    return new URL(frame.url).origin === APP_ORIGIN || frame.url.startsWith(`${APP_ORIGIN}/`);
  } catch {
    return false;
  }
}

/** The parts of Electron's WebContents and Session this module hardens (a seam for tests). */
export interface Hardenable {
  webContents: {
    on(event: 'will-navigate' | 'will-frame-navigate' | 'will-attach-webview', listener: (e: { preventDefault(): void }, ...rest: unknown[]) => void): unknown;
    setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  };
  session: {
    setPermissionRequestHandler(handler: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
    setPermissionCheckHandler(handler: () => boolean): void;
  };
  openExternal(url: string): unknown;
}

export function harden(target: Hardenable): void {
  const deny = (e: { preventDefault(): void }) => e.preventDefault();
  target.webContents.on('will-navigate', deny);
  target.webContents.on('will-frame-navigate', deny);
  target.webContents.on('will-attach-webview', deny);
  target.webContents.setWindowOpenHandler(({ url }) => {
    // A click on an article link asks to open a window; it goes to the system browser instead.
    if (isSafeExternal(url)) void target.openExternal(url);
    return { action: 'deny' };
  });
  target.session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  target.session.setPermissionCheckHandler(() => false);
}
