// The core's side of the contract in src/shared/api.ts: one handler per call, built on a
// library. Every transport (Electron IPC, the browser-mode server, tests) goes through
// `dispatch`, which validates the input before any handler sees it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, relative, sep } from 'node:path';
import type { ImportResult } from '../shared/model';
import { calls, isCallName, type ApiError, type CallName, type CallResults, type GlossApi, type GlossEvents } from '../shared/api';
import type { ImportOptions } from './ingest/import-files';
import type { DispatchReply as DispatchResult } from '../shared/reply';
import { importPaths } from './ingest/import-files';
import type { Parser } from './ingest/parse-pool';
import { isArticleName } from './ingest/walk';
import { getArticle, listArticles } from './library/articles';
import type { Library } from './library/db';
import { getReadingPosition, getSettings, setReadingPosition, setSettings } from './library/reader-state';
import { createHighlight, deleteHighlight, listHighlights, reattachHighlight, updateHighlight, type HighlightChanges, type NewHighlight } from './annotations/highlights';
import * as claims from './claims';
import { BusyError, ConflictError, InvalidInputError, NotFoundError } from './errors';
import { getArticleNote, setArticleNote } from './annotations/article-notes';
import { articleTags, deleteTag, listTags, renameTag, setArticleTags } from './annotations/tags';
import { articleMatches, searchLibrary } from './search/search';
import { exportDownload, exportToFolder } from './export/app-exports';
import { libraryFacets, listNotebook } from './annotations/notebook';
import { keepCopy, mergeCopy } from './duplicates/merge';
import { undoMerge } from './duplicates/unmerge';
import { importJson, loadCleaner } from './export/json-import';
import { archiveArticles, emptyTrash, markRead, purgeExpired, restoreArticles, trashArticles } from './library/trash';
import type { BackupService } from './backup/service';

export type EventSink = <E extends keyof GlossEvents>(event: E, payload: GlossEvents[E]) => void;

export interface CoreOptions {
  /** Parse every import on these threads (see ImportOptions.threads): the app's processes give them. */
  threads?: Parser;
  /** Desktop only: asks the user for a folder (to export into, or to keep backups in); null when cancelled. */
  chooseFolder?: (purpose: 'export' | 'backups') => Promise<string | null>;
  /** The clock the Trash's 30 days are counted on (tests pass their own). */
  now?: () => Date;
  /** Backups and restore (a running app's: see backup/service.ts); without it, those calls are refused. */
  backups?: BackupService;
  /** Desktop only: shows a folder in the system's file manager. */
  showFolder?: (path: string) => Promise<void>;
}

export function createCoreApi(lib: Library, emit: EventSink = () => undefined, options: CoreOptions = {}): GlossApi {
  let running: AbortController | null = null;
  // What has been in the Trash 30 days goes when the app (or server) starts.
  purgeExpired(lib, options.now?.() ?? new Date());

  async function runImport(paths: string[], extra: Partial<ImportOptions> = {}) {
    if (running) throw new BusyError('an import is already running; wait for it or cancel it');
    running = new AbortController();
    try {
      return await importPaths(lib, paths, { ...extra, threads: options.threads, signal: running.signal, onProgress: (p) => emit('importProgress', p) });
    } finally {
      running = null;
    }
  }

  const backups = (): BackupService => {
    if (!options.backups) throw new InvalidInputError('backups are not available here');
    return options.backups;
  };

  return {
    listArticles: async ({ sort, view, limit }) => listArticles(lib, sort, view, limit),
    getArticle: async ({ id }) => {
      const article = getArticle(lib, id);
      if (!article) throw new NotFoundError(`no article with id ${id}`);
      return article;
    },
    importPaths: async ({ paths }) => runImport(paths),
    importUploads: async ({ files }) => {
      // Uploads are staged as files, keeping their folders, so a saved page finds its
      // `_files` images exactly as it would on disk.
      const stage = mkdtempSync(join(tmpdir(), 'gloss-upload-'));
      try {
        for (const f of files) {
          const target = normalize(join(stage, f.relativePath));
          if (!target.startsWith(stage + sep)) continue; // `../` in a name: not ours to write
          try {
            mkdirSync(dirname(target), { recursive: true });
            writeFileSync(target, Buffer.from(f.base64, 'base64'));
          } catch (err) {
            // A name no folder can hold (a NUL, a name too long, a file where a folder must
            // go): no browser sends one, so the whole call is refused and nothing imported.
            throw new InvalidInputError(`cannot stage the upload “${f.relativePath.slice(0, 200)}”: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
          }
        }
        const summary = await runImport([stage], { source: (path) => ({ label: relative(stage, path), stored: null }) });
        // Every file a person dropped gets its line, the ones that are no article too (a
        // saved page's own `_files` images are its page's, not the person's).
        const notArticles = files
          .map((f) => f.relativePath)
          .filter((p) => !isArticleName(p) && !/(^|\/)[^/]*(_files|\.assets)\//i.test(p))
          .map((path): ImportResult => ({ path, status: 'skipped', id: null, title: null, copyOf: null, error: 'skipped: not a supported article format', warnings: [] }));
        return { ...summary, results: [...summary.results, ...notArticles] };
      } finally {
        rmSync(stage, { recursive: true, force: true });
      }
    },
    cancelImport: async () => {
      const was = running !== null;
      running?.abort();
      return { cancelled: was };
    },
    getSettings: async () => getSettings(lib),
    setSettings: async ({ settings }) => setSettings(lib, settings),
    getReadingPosition: async ({ id }) => ({ position: getReadingPosition(lib, id) }),
    setReadingPosition: async ({ id, position }) => {
      if (!getArticle(lib, id)) throw new NotFoundError(`no article with id ${id}`);
      setReadingPosition(lib, id, position);
      return { ok: true };
    },
    listHighlights: async ({ articleId }) => listHighlights(lib, { articleId }),
    createHighlight: async (h) => createHighlight(lib, h),
    updateHighlight: async ({ id, ...changes }) => updateHighlight(lib, id, changes as HighlightChanges),
    deleteHighlight: async ({ id }) => deleteHighlight(lib, id),
    restoreHighlight: async (h) => createHighlight(lib, h as NewHighlight),
    reattachHighlight: async ({ id, start, end }) => reattachHighlight(lib, id, start, end),
    listTags: async () => listTags(lib),
    renameTag: async ({ from, to }) => renameTag(lib, from, to),
    deleteTag: async ({ name }) => deleteTag(lib, name),
    getArticleTags: async ({ articleId }) => ({ tags: articleTags(lib, articleId) }),
    setArticleTags: async ({ articleId, tags }) => {
      if (!getArticle(lib, articleId)) throw new NotFoundError(`no article with id ${articleId}`);
      setArticleTags(lib, articleId, tags);
      return { tags: articleTags(lib, articleId) };
    },
    getArticleNote: async ({ articleId }) => ({ note: getArticleNote(lib, articleId) }),
    setArticleNote: async ({ articleId, note, noteText }) => {
      if (!getArticle(lib, articleId)) throw new NotFoundError(`no article with id ${articleId}`);
      setArticleNote(lib, articleId, note, noteText);
      return { ok: true };
    },
    search: async ({ query, limit, offset }) => searchLibrary(lib, query, { limit, offset, hitsPerArticle: 5 }),
    searchInArticle: async ({ articleId, query }) => {
      const matches = articleMatches(lib, articleId, query);
      if (!matches) throw new NotFoundError(`no article with id ${articleId}`);
      return { matches };
    },
    createClaim: async ({ highlightId, statement }) => claims.createClaim(lib, highlightId, statement),
    getClaim: async ({ id }) => claims.claimDetail(lib, id),
    updateClaim: async ({ id, ...changes }) => claims.updateClaim(lib, id, changes as claims.ClaimChanges),
    decideClaim: async ({ id, status, reason }) => {
      claims.decideClaim(lib, id, status, reason ?? null, new Date());
      return claims.claimDetail(lib, id);
    },
    undoDecision: async ({ id, change }) => {
      claims.undoDecision(lib, id, change, new Date());
      return claims.claimDetail(lib, id);
    },
    deleteClaim: async ({ id }) => claims.deleteClaim(lib, id),
    restoreClaim: async ({ highlightId }) => claims.claimDetail(lib, claims.restoreClaim(lib, highlightId)),
    listClaims: async ({ due, ...filter }) => claims.listClaims(lib, { ...filter, due }, new Date()),
    claimSuggestions: async ({ id, limit }) => claims.suggestEvidence(lib, id, limit),
    linkEvidence: async ({ claimId, relation, target }) => claims.linkEvidence(lib, claimId, relation, target, new Date()),
    unlinkEvidence: async ({ id }) => claims.unlinkEvidence(lib, id),
    claimStats: async () => claims.claimStats(lib),
    exportDownload: async ({ scope, format, fullText }) => exportDownload(lib, { scope, format, fullText: fullText ?? false, onProgress: (done, total) => emit('exportProgress', { done, total }) }),
    exportToFolder: async ({ scope, format, fullText }) => {
      if (!options.chooseFolder) throw new InvalidInputError('there is no folder picker here: export with a download instead');
      const dir = await options.chooseFolder('export');
      return dir === null ? null : exportToFolder(lib, dir, { scope, format, fullText: fullText ?? false, onProgress: (done, total) => emit('exportProgress', { done, total }) });
    },
    trashArticles: async ({ ids }) => ({ moved: trashArticles(lib, ids) }),
    restoreArticles: async ({ ids }) => ({ moved: restoreArticles(lib, ids) }),
    emptyTrash: async () => ({ purged: emptyTrash(lib) }),
    archiveArticles: async ({ ids, archived }) => {
      archiveArticles(lib, ids, archived);
      return { ok: true };
    },
    markRead: async ({ ids, read }) => {
      markRead(lib, ids, read);
      return { ok: true };
    },
    mergeCopy: async ({ id }) => mergeCopy(lib, id),
    keepCopy: async ({ id }) => {
      keepCopy(lib, id);
      return { ok: true };
    },
    listNotebook: async (options) => listNotebook(lib, options),
    libraryFacets: async () => libraryFacets(lib),
    listBackups: async () => ({ folder: backups().folder(), backups: await backups().list() }),
    backupNow: async () => backups().backupNow(),
    restoreBackup: async ({ name }) => {
      if (running) throw new BusyError('an import is running; wait for it or cancel it, then restore');
      return backups().restoreNamed(name);
    },
    restoreUploadedBackup: async ({ base64 }) => {
      if (running) throw new BusyError('an import is running; wait for it or cancel it, then restore');
      return backups().restoreBytes(Buffer.from(base64, 'base64'));
    },
    showBackupsFolder: async () => {
      if (!options.showFolder) throw new InvalidInputError('showing a folder is for the desktop app');
      mkdirSync(backups().folder(), { recursive: true });
      await options.showFolder(backups().folder());
      return { ok: true };
    },
    chooseBackupsFolder: async () => {
      if (!options.chooseFolder) throw new InvalidInputError('choosing a folder is for the desktop app');
      const service = backups();
      const chosen = await options.chooseFolder('backups');
      return { folder: chosen === null ? null : service.setFolder(chosen) };
    },
    undoMerge: async ({ mergeId }) => undoMerge(lib, mergeId),
    importJsonText: async ({ text }) => importJson(lib, text, await loadCleaner()),
  };
}

/** The API's error code for what a handler threw: by the error's class, never its wording. */
function codeOf(err: unknown): ApiError['code'] {
  if (err instanceof NotFoundError) return 'not-found';
  if (err instanceof BusyError) return 'busy';
  if (err instanceof InvalidInputError) return 'invalid-input';
  if (err instanceof ConflictError) return 'conflict';
  return 'failed';
}

export type { DispatchReply as DispatchResult } from '../shared/reply';

/** Validates and runs one call from an untrusted transport; never throws. */
export async function dispatch(api: GlossApi, name: string, input: unknown): Promise<DispatchResult> {
  if (!isCallName(name)) return { ok: false, error: { code: 'unknown-call', message: `there is no call named '${name}'` } };
  const parsed = calls[name].safeParse(input ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: { code: 'invalid-input', message: `${name}: ${issue.path.join('.') || 'input'}: ${issue.message}` } };
  }
  try {
    const handler = api[name] as (input: unknown) => Promise<CallResults[CallName]>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (err) {
    return { ok: false, error: { code: codeOf(err), message: (err as Error).message ?? String(err) } };
  }
}
