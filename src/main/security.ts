// Every security setting of the desktop shell, in one file with its tests
// (../shared/design/SECURITY.md S1, S5–S10, S13). Applied to every web contents the app
// ever creates, not only its window, and to the session beneath them, so that "no request
// leaves the app" does not rest on the renderer's code alone.
import { contentSecurityPolicy } from '../shared/csp';
import { isAllowedLink, isPublicWebUrl } from '../shared/reading/urls';

export const APP_ORIGIN = 'app://gloss';

/** Every renderer's preferences; DevTools only in a development build. */
export function webPreferences(packaged: boolean) {
  return {
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
    devTools: !packaged,
  } as const;
}

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

/**
 * What the session lets through: the app's own protocols, and images from the public web
 * (which the reader asks for only when the reader allows them). No script, style, font,
 * fetch or media request reaches the network, and no request reaches this machine or its
 * private network, whatever a renderer does.
 */
export function isAllowedRequest(url: string, resourceType: string, packaged: boolean): boolean {
  const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase();
  if (scheme === 'app:' || scheme === 'gloss-asset:' || scheme === 'data:' || scheme === 'blob:') return true;
  if (scheme === 'devtools:' || scheme === 'chrome-devtools:') return !packaged;
  return resourceType === 'image' && isPublicWebUrl(url);
}

/** How recent a click or key must be for a link to open outside the app. */
export const GESTURE_MS = 1500;

/** The parts of Electron's WebContents this module hardens (a seam for tests). */
export interface HardenableContents {
  on(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect' | 'will-attach-webview', listener: (e: { preventDefault(): void }) => void): unknown;
  on(event: 'input-event' | 'before-input-event', listener: (e: unknown, input: { type: string }) => void): unknown;
  on(event: 'render-process-gone', listener: (e: unknown, details: { reason: string }) => void): unknown;
  on(event: 'devtools-opened', listener: () => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  closeDevTools(): void;
}

export interface ContentsOptions {
  packaged: boolean;
  openExternal(url: string): unknown;
  /** The renderer went away (crashed, killed, out of memory): bring the window back. */
  onGone(reason: string): void;
  now?: () => number;
}

export function hardenContents(wc: HardenableContents, options: ContentsOptions): void {
  const now = options.now ?? Date.now;
  const deny = (e: { preventDefault(): void }) => e.preventDefault();
  wc.on('will-navigate', deny);
  wc.on('will-frame-navigate', deny);
  wc.on('will-redirect', deny);
  wc.on('will-attach-webview', deny);
  // A link opens outside only right after the user clicked or pressed a key, as main sees
  // input: a page cannot open one by itself, however it asks.
  let lastGesture = -Infinity;
  const gesture = (_e: unknown, input: { type: string }) => {
    if (/^(mouseDown|mouseUp|keyDown|rawKeyDown|char)$/.test(input.type)) lastGesture = now();
  };
  wc.on('input-event', gesture);
  wc.on('before-input-event', gesture);
  wc.setWindowOpenHandler(({ url }) => {
    if (isSafeExternal(url) && now() - lastGesture <= GESTURE_MS) void options.openExternal(url);
    return { action: 'deny' };
  });
  wc.on('render-process-gone', (_e, details) => {
    if (details.reason !== 'clean-exit') options.onGone(details.reason);
  });
  if (options.packaged) wc.on('devtools-opened', () => wc.closeDevTools());
}

/** The parts of Electron's Session this module hardens. */
export interface HardenableSession {
  setPermissionRequestHandler(handler: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  on(event: 'will-download', listener: (e: { preventDefault(): void }) => void): unknown;
  webRequest: {
    onBeforeRequest(listener: (details: { url: string; resourceType: string }, callback: (response: { cancel: boolean }) => void) => void): void;
  };
}

export function hardenSession(session: HardenableSession, packaged: boolean): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.on('will-download', (e) => e.preventDefault());
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, details.resourceType, packaged) }));
}
