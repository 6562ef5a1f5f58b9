// Exposes one object, `window.gloss`: a named function per API call and an event
// subscription. No generic invoke and no Electron object reaches the page.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { CallName, GlossEvents } from '../shared/api';
import type { DesktopBridge } from '../shared/bridge';

const CALLS: CallName[] = [
  'listArticles', 'getArticle', 'importPaths', 'importUploads', 'cancelImport',
  'getSettings', 'setSettings', 'getReadingPosition', 'setReadingPosition',
];

const bridge: DesktopBridge = {
  call: Object.fromEntries(CALLS.map((name) => [name, (input: unknown) => ipcRenderer.invoke(`gloss:${name}`, input)])) as DesktopBridge['call'],
  onEvent(listener) {
    const wrapped = (_e: unknown, message: { event: keyof GlossEvents; payload: GlossEvents[keyof GlossEvents] }) => listener(message.event, message.payload);
    ipcRenderer.on('gloss:event', wrapped);
    return () => ipcRenderer.off('gloss:event', wrapped);
  },
  pathForFile: (file) => webUtils.getPathForFile(file),
};

contextBridge.exposeInMainWorld('gloss', bridge);
