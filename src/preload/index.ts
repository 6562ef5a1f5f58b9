// Exposes one object, `window.gloss`: a named function per API call and an event
// subscription. No generic invoke and no Electron object reaches the page.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { CallName, GlossEvents } from '../shared/api';
import type { DesktopBridge } from '../shared/bridge';

// Every call of the contract, checked by the compiler: a call added to src/shared/api.ts
// and not here fails the build.
const CALLS = Object.keys({
  listArticles: true, getArticle: true, importPaths: true, importUploads: true, cancelImport: true,
  getSettings: true, setSettings: true, getReadingPosition: true, setReadingPosition: true,
  listHighlights: true, createHighlight: true, updateHighlight: true, deleteHighlight: true, restoreHighlight: true,
  reattachHighlight: true, listTags: true, renameTag: true, deleteTag: true, getArticleTags: true, setArticleTags: true, getArticleNote: true, setArticleNote: true, search: true, searchInArticle: true,
  createClaim: true, getClaim: true, updateClaim: true, decideClaim: true, undoDecision: true, deleteClaim: true, restoreClaim: true,
  listClaims: true, claimSuggestions: true, linkEvidence: true, unlinkEvidence: true, claimStats: true,
  exportDownload: true, exportToFolder: true,
  trashArticles: true, restoreArticles: true, emptyTrash: true, archiveArticles: true, markRead: true,
  mergeCopy: true, keepCopy: true, listNotebook: true, libraryFacets: true,
  listBackups: true, backupNow: true, restoreBackup: true, restoreUploadedBackup: true, showBackupsFolder: true, chooseBackupsFolder: true,
  undoMerge: true, importJsonText: true,
} satisfies Record<CallName, true>) as CallName[];

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
