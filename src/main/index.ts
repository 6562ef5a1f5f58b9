// The desktop shell: owns the window, menus, dialogs and the library; wires the core's
// API to IPC. Everything else lives in the core and the renderer.
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session, shell } from 'electron';
import { createCoreApi } from '../core/api';
import { createWarmParser } from '../core/ingest/warm-parser';
import { createBackupService } from '../core/backup';
import { defaultLibraryPath } from '../core/library/paths';
import { assetName } from '../shared/reading/urls';
import { folderPicker } from './folder-picker';
import { registerIpc } from './ipc';
import { openOrRecover } from './open-library';
import { APP_ORIGIN, CSP, hardenContents, hardenSession, webPreferences } from './security';
import { windowIcon } from './window-icon';

protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  { scheme: 'gloss-asset', privileges: { standard: true, secure: true } },
]);

const rendererDir = join(import.meta.dirname, '../renderer');
// better-sqlite3 built for Electron's ABI sits beside the Node build (see scripts/electron-native.mjs).
const nativeBinding = join(app.getAppPath(), 'native/electron/better_sqlite3.node');

// Every web contents the app ever makes is hardened as it is made, not only the window.
app.on('web-contents-created', (_event, contents) => {
  hardenContents(contents, {
    packaged: app.isPackaged,
    openExternal: (url) => shell.openExternal(url),
    // A renderer that crashed or was killed comes back, and says what happened: never a
    // white window. What was saved is in the library; notes save as they are typed.
    onGone: (reason) => {
      contents.once('did-finish-load', () => contents.send('gloss:event', { event: 'recovered', payload: { reason } }));
      contents.reload();
    },
  });
});

app.whenReady().then(async () => {
  hardenSession(session.defaultSession, app.isPackaged);
  // A damaged library is not opened: a dialog offers the last good backup, or quitting.
  const holder = await openOrRecover(process.env.GLOSS_LIBRARY ?? defaultLibraryPath(), {
    nativeBinding: existsSync(nativeBinding) ? nativeBinding : undefined,
    appVersion: app.getVersion(),
    ask: async (options) => (await dialog.showMessageBox(options)).response,
  }).catch((err: Error) => {
    dialog.showErrorBox('Gloss', `Gloss could not open its library: ${err.message}`);
    return null;
  });
  if (!holder) return app.quit();
  const lib = holder.lib;
  let window: BrowserWindow | null = null;
  const send: Parameters<typeof createCoreApi>[1] = (event, payload) => window?.webContents.send('gloss:event', { event, payload });
  const backups = createBackupService({ holder, appVersion: app.getVersion(), onProgress: (p) => send('backupProgress', p), onReplaced: (r) => send('libraryReplaced', r) });
  // Hostile HTML is parsed on threads only, never in this process.
  const threads = createWarmParser({ workerFile: join(import.meta.dirname, 'parse-worker.js') });
  const api = createCoreApi(lib, send, {
    threads,
    backups,
    showFolder: async (folder) => void (await shell.openPath(folder)),
    chooseFolder: folderPicker(dialog, () => window),
  });
  registerIpc(ipcMain, api);

  protocol.handle('app', (request) => {
    const url = new URL(request.url);
    const file = normalize(join(rendererDir, url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname)));
    if (!file.startsWith(rendererDir + sep) || !existsSync(file)) return new Response('not found', { status: 404 });
    const type = file.endsWith('.html') ? 'text/html' : file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'application/octet-stream';
    return new Response(readFileSync(file), { headers: { 'Content-Type': type, 'Content-Security-Policy': CSP } });
  });
  protocol.handle('gloss-asset', (request) => {
    const name = assetName(request.url.replace(/\/$/, ''));
    return name ? net.fetch(`file://${join(lib.assetsPath, name)}`) : new Response('not found', { status: 404 });
  });

  window = new BrowserWindow({ width: 1280, height: 860, title: 'Gloss', icon: windowIcon(import.meta.dirname), show: false, webPreferences: { ...webPreferences(app.isPackaged), preload: join(import.meta.dirname, '../preload/index.cjs') } });
  window.once('ready-to-show', () => window?.show());
  // The automatic backup, once the window is up and never in its way (a failure is reported
  // as a backupProgress event with its error; Settings → Backups shows it).
  setTimeout(() => void backups.backupIfDue().catch((err: Error) => send('backupProgress', { action: 'backup', phase: 'done', fraction: 1, error: err.message })), 5000);
  void window.loadURL(`${APP_ORIGIN}/index.html`);

  const importWith = async (properties: ('openFile' | 'openDirectory' | 'multiSelections')[]) => {
    if (!window) return;
    const picked = await dialog.showOpenDialog(window, { properties, filters: [{ name: 'Articles', extensions: ['html', 'htm', 'md', 'markdown', 'txt'] }] });
    if (!picked.canceled && picked.filePaths.length) await api.importPaths({ paths: picked.filePaths });
  };
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      {
        label: 'File',
        submenu: [
          { label: 'Import Files…', accelerator: 'CmdOrCtrl+O', click: () => void importWith(['openFile', 'multiSelections']) },
          { label: 'Import Folder…', accelerator: 'CmdOrCtrl+Shift+O', click: () => void importWith(['openDirectory']) },
          { type: 'separator' },
          { role: 'quit' },
        ],
      },
      { role: 'editMenu' },
      { role: 'viewMenu' },
    ]),
  );
  app.on('before-quit', () => {
    void threads.close();
    holder.close();
  });
});

app.on('window-all-closed', () => app.quit());
