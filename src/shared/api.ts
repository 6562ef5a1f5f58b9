// The one contract between the core and every client: each call's name, its input schema
// (validated on both transports before it reaches the core) and its result type, plus the
// events the core pushes. The renderer, preload, main and browser-mode server all derive
// their types from here.
import { z } from 'zod';
import { isValidNote, normalisedNote } from './reading/note-schema';
import { CLAIM_STATUSES, EVIDENCE_RELATIONS, HIGHLIGHT_COLORS, type Article, type ArticleSummary, type BackupInfo, type BackupProgress, type Claim, type ClaimDetail, type ClaimStats, type ClaimSummary, type Evidence, type ExportDownload, type ExportResult, type Highlight, type ImportProgress, type ImportSummary, type LibraryFacet, type NotebookPage, type ReadingDoc, type ReanchorReport, type RestoreSummary, type SearchResults, type Suggestion } from './model';

export const Sort = z.enum(['imported', 'published', 'title']);
/** Which articles the library lists: Inbox, Archive, Trash, or everything but the Trash. */
export const ArticleView = z.enum(['inbox', 'archive', 'trash', 'all']);
export const NotebookSort = z.enum(['newest', 'article']);
export type ArticleSort = z.infer<typeof Sort>;
export const Theme = z.enum(['light', 'sepia', 'dark']);
export const Language = z.enum(['system', 'zh-CN', 'en']);

export const Settings = z.object({
  theme: Theme,
  fontSize: z.number().int().min(12).max(32),
  language: Language,
  /** Load images from the web in articles (off: only images stored in the library show). */
  remoteImages: z.boolean(),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { theme: 'light', fontSize: 18, language: 'system', remoteImages: false };

const id = z.number().int().positive();
/**
 * The largest Gloss export the app uploads (its text, in characters; a file of this many
 * bytes holds no more). Larger exports go through `gloss import-json`, which reads the file.
 */
export const MAX_JSON_IMPORT_CHARS = 64 * 1024 * 1024;
const Color = z.enum(HIGHLIGHT_COLORS);
const Ids = z.array(id).min(1).max(10_000);
const Tags = z.array(z.string().trim().min(1).max(100)).max(50);
/** A note: a TipTap document in the note schema (src/shared/reading/note-schema.ts). */
const NoteDoc = z
  .custom<ReadingDoc>((v) => typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'doc' && isValidNote(v as ReadingDoc), {
    message: 'not a valid note document',
  })
  .transform(normalisedNote);

export const ClaimStatus = z.enum(CLAIM_STATUSES);
const Statement = z.string().trim().min(1).max(4000);
const Reason = z.string().trim().max(2000);
/** A calendar day, YYYY-MM-DD, that exists. */
export const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as YYYY-MM-DD')
  // zod runs this even when the pattern failed: it must answer for any string, never throw.
  .refine((d) => {
    const time = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(d);
  }, 'not a day of the calendar');
const ClaimFilter = {
  status: ClaimStatus.optional(),
  tag: z.string().trim().min(1).max(100).optional(),
  site: z.string().trim().min(1).max(500).optional(),
  articleId: id.optional(),
};
/** What evidence points at: a highlight, another claim, a passage to highlight, or a web page. */
const EvidenceTarget = z.union([
  z.object({ highlightId: id }).strict(),
  z.object({ claimId: id }).strict(),
  z.object({ articleId: id, start: z.number().int().min(0), end: z.number().int().min(1) }).strict(),
  z.object({ url: z.string().trim().max(4096).refine((u) => /^https?:\/\//i.test(u) && URL.canParse(u), 'an http(s) address'), title: z.string().trim().max(500).default('') }).strict(),
]);

/** Which articles an export takes: one, those with a tag, those a search query matches, or all. */
export const ExportScope = z.union([
  z.object({ articleId: id }).strict(),
  z.object({ tag: z.string().trim().min(1).max(100) }).strict(),
  z.object({ query: z.string().trim().min(1).max(1000) }).strict(),
  z.object({ all: z.literal(true) }).strict(),
]);
const ExportFormatInput = z.enum(['md', 'json']);

/** Upload of one dropped file in browser mode; `relativePath` keeps folder structure. */
export const Upload = z.object({
  relativePath: z.string().min(1).max(4096),
  base64: z.string().max(70 * 1024 * 1024),
});

export const calls = {
  // `limit`: only the first articles of the list, for a first screen while the whole list loads.
  listArticles: z.object({ sort: Sort.default('imported'), view: ArticleView.default('all'), limit: z.number().int().min(1).max(100_000).optional() }),
  getArticle: z.object({ id }),
  importPaths: z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(10_000) }),
  importUploads: z.object({ files: z.array(Upload).min(1).max(10_000) }),
  cancelImport: z.object({}),
  getSettings: z.object({}),
  setSettings: z.object({ settings: Settings.partial() }),
  getReadingPosition: z.object({ id }),
  setReadingPosition: z.object({ id, position: z.number().min(0).max(1) }),
  listHighlights: z.object({ articleId: id }),
  createHighlight: z.object({
    articleId: id,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    color: Color.default('yellow'),
    tags: Tags.default([]),
  }),
  updateHighlight: z.object({
    id,
    color: Color.optional(),
    note: NoteDoc.nullable().optional(),
    noteText: z.string().max(1_000_000).optional(),
    tags: Tags.optional(),
  }),
  deleteHighlight: z.object({ id }),
  /** Undo of a delete: the highlight comes back whole, with its id. */
  restoreHighlight: z.object({
    id,
    articleId: id,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    color: Color,
    note: NoteDoc.nullable(),
    noteText: z.string().max(1_000_000),
    tags: Tags,
    createdAt: z.string().max(64),
    /** Its global id, so links to it (Markdown block ids) still point at it after the undo. */
    uid: z.string().uuid().optional(),
  }),
  /** Moves an orphaned (or any) highlight onto a new selection of the current text. */
  reattachHighlight: z.object({ id, start: z.number().int().min(0), end: z.number().int().min(1) }),
  listTags: z.object({}),
  /** Renaming onto an existing tag merges the two. */
  renameTag: z.object({ from: z.string().trim().min(1).max(100), to: z.string().trim().min(1).max(100) }),
  deleteTag: z.object({ name: z.string().trim().min(1).max(100) }),
  getArticleTags: z.object({ articleId: id }),
  setArticleTags: z.object({ articleId: id, tags: Tags }),
  getArticleNote: z.object({ articleId: id }),
  setArticleNote: z.object({ articleId: id, note: NoteDoc.nullable(), noteText: z.string().max(1_000_000) }),
  /** One page of results, ranked; `total` counts every matching article. */
  search: z.object({
    query: z.string().max(1000),
    limit: z.number().int().min(1).max(200).default(20),
    offset: z.number().int().min(0).default(0),
  }),
  /** Where a query matches in one article's text, for the reader's marks and n/N. */
  searchInArticle: z.object({ articleId: id, query: z.string().max(1000) }),
  /** Makes a highlight a claim (its statement defaults to the quote); an existing claim is returned as it is. */
  createClaim: z.object({ highlightId: id, statement: Statement.optional() }),
  getClaim: z.object({ id }),
  updateClaim: z.object({
    id,
    statement: Statement.optional(),
    note: NoteDoc.nullable().optional(),
    noteText: z.string().max(1_000_000).optional(),
    checkAgain: Day.nullable().optional(),
    snoozedUntil: Day.nullable().optional(),
  }),
  /** A status decision: appended to the claim's history, never rewriting it. */
  decideClaim: z.object({ id, status: ClaimStatus, reason: Reason.optional() }),
  /** Takes back a decision (the claim's latest): a new history entry restores what it changed. */
  undoDecision: z.object({ id, change: id }),
  /** Removes a claim (its highlight stays); restoreClaim brings it back whole. */
  deleteClaim: z.object({ id }),
  restoreClaim: z.object({ highlightId: id }),
  /** Claims matching the filters; with `due`, the review queue in its order (oldest due first). */
  listClaims: z.object({ ...ClaimFilter, due: z.boolean().default(false) }),
  /** Passages of other articles that may bear on a claim, best first. */
  claimSuggestions: z.object({ id, limit: z.number().int().min(1).max(20).default(10) }),
  linkEvidence: z.object({ claimId: id, relation: z.enum(EVIDENCE_RELATIONS), target: EvidenceTarget }),
  unlinkEvidence: z.object({ id }),
  claimStats: z.object({}),
  /** Browser mode's export: the Markdown files as a zip, or the JSON file, handed to the page to download. */
  exportDownload: z.object({ scope: ExportScope, format: ExportFormatInput, fullText: z.boolean().default(false) }),
  /**
   * Desktop: asks for a folder (the main process's picker) and exports into it, updating the
   * files an earlier export left there. The page never names the folder: only the user does.
   */
  exportToFolder: z.object({ scope: ExportScope, format: ExportFormatInput, fullText: z.boolean().default(false) }),
  /** To the Trash (restorable for 30 days) with everything the articles carry. */
  trashArticles: z.object({ ids: Ids }),
  restoreArticles: z.object({ ids: Ids }),
  /** Deletes what the Trash holds for good. */
  emptyTrash: z.object({}),
  archiveArticles: z.object({ ids: Ids, archived: z.boolean() }),
  markRead: z.object({ ids: Ids, read: z.boolean() }),
  /** Merges a copy into its original (its highlights move over and re-anchor); the copy goes to the Trash. */
  mergeCopy: z.object({ id }),
  /** Keeps a copy as an article of its own. */
  keepCopy: z.object({ id }),
  /** Every highlight (not in the Trash), a page at a time, narrowed by a search query. */
  listNotebook: z.object({
    query: z.string().max(1000).default(''),
    sort: NotebookSort.default('newest'),
    limit: z.number().int().min(1).max(500).default(100),
    offset: z.number().int().min(0).default(0),
  }),
  /** The library's tags, sites and authors, with how many articles each covers. */
  libraryFacets: z.object({}),
  /** The backups folder's backups, newest first (issue 13). */
  listBackups: z.object({}),
  backupNow: z.object({}),
  /** Restores a backup of the list, named as the list names it: never a path. */
  restoreBackup: z.object({ name: z.string().min(1).max(255) }),
  /** Restores an uploaded backup file (browser mode), up to 140 MB. */
  restoreUploadedBackup: z.object({ base64: z.string().min(1).max(190 * 1024 * 1024) }),
  showBackupsFolder: z.object({}),
  /** Asks the user for another backups folder (a dialog of the desktop app). */
  chooseBackupsFolder: z.object({}),
  /** Undoes a merge of a copy (the id mergeCopy gave): its highlights, tags and note go back, the copy leaves the Trash. */
  undoMerge: z.object({ mergeId: id }),
  /** Merges a Gloss JSON export, uploaded as its text (never a path), into the library: what import-json does. */
  importJsonText: z.object({ text: z.string().min(1).max(MAX_JSON_IMPORT_CHARS) }),
} as const;

export type CallName = keyof typeof calls;

/**
 * Where each call may be made. Browser mode serves its page's calls and nothing that names
 * a file on this machine: a leaked session there must not read the disk. Typed over every
 * call, so a new call cannot be added without deciding.
 */
const TRANSPORTS: Record<CallName, 'everywhere' | 'desktop'> = {
  listArticles: 'everywhere', getArticle: 'everywhere', importPaths: 'desktop', importUploads: 'everywhere', cancelImport: 'everywhere',
  getSettings: 'everywhere', setSettings: 'everywhere', getReadingPosition: 'everywhere', setReadingPosition: 'everywhere',
  listHighlights: 'everywhere', createHighlight: 'everywhere', updateHighlight: 'everywhere', deleteHighlight: 'everywhere', restoreHighlight: 'everywhere',
  reattachHighlight: 'everywhere', listTags: 'everywhere', renameTag: 'everywhere', deleteTag: 'everywhere', getArticleTags: 'everywhere',
  setArticleTags: 'everywhere', getArticleNote: 'everywhere', setArticleNote: 'everywhere', search: 'everywhere', searchInArticle: 'everywhere',
  createClaim: 'everywhere', getClaim: 'everywhere', updateClaim: 'everywhere', decideClaim: 'everywhere', undoDecision: 'everywhere',
  deleteClaim: 'everywhere', restoreClaim: 'everywhere', listClaims: 'everywhere', claimSuggestions: 'everywhere', linkEvidence: 'everywhere',
  unlinkEvidence: 'everywhere', claimStats: 'everywhere',
  exportDownload: 'everywhere', exportToFolder: 'desktop',
  trashArticles: 'everywhere', restoreArticles: 'everywhere', emptyTrash: 'everywhere', archiveArticles: 'everywhere', markRead: 'everywhere',
  mergeCopy: 'everywhere', keepCopy: 'everywhere', listNotebook: 'everywhere', libraryFacets: 'everywhere',
  listBackups: 'everywhere', backupNow: 'everywhere', restoreBackup: 'everywhere', restoreUploadedBackup: 'everywhere',
  showBackupsFolder: 'desktop', chooseBackupsFolder: 'desktop',
  undoMerge: 'everywhere', importJsonText: 'everywhere',
};

/** The calls browser mode serves. */
export const BROWSER_CALLS: readonly CallName[] = (Object.keys(TRANSPORTS) as CallName[]).filter((n) => TRANSPORTS[n] === 'everywhere');
export type CallInput<N extends CallName> = z.input<(typeof calls)[N]>;

export interface CallResults {
  listArticles: ArticleSummary[];
  getArticle: Article;
  importPaths: ImportSummary;
  importUploads: ImportSummary;
  cancelImport: { cancelled: boolean };
  getSettings: Settings;
  setSettings: Settings;
  getReadingPosition: { position: number | null };
  setReadingPosition: { ok: true };
  listHighlights: Highlight[];
  createHighlight: Highlight;
  updateHighlight: Highlight;
  deleteHighlight: Highlight;
  restoreHighlight: Highlight;
  reattachHighlight: Highlight;
  listTags: { name: string; highlights: number; articles: number }[];
  renameTag: { highlights: number; articles: number };
  deleteTag: { highlights: number; articles: number };
  getArticleTags: { tags: string[] };
  setArticleTags: { tags: string[] };
  getArticleNote: { note: ReadingDoc | null };
  setArticleNote: { ok: true };
  search: SearchResults;
  searchInArticle: { matches: [number, number][] };
  createClaim: Claim;
  getClaim: ClaimDetail;
  updateClaim: Claim;
  decideClaim: Claim;
  undoDecision: Claim;
  deleteClaim: Claim;
  restoreClaim: Claim;
  listClaims: ClaimSummary[];
  claimSuggestions: Suggestion[];
  linkEvidence: Evidence;
  unlinkEvidence: Evidence;
  claimStats: ClaimStats;
  exportDownload: ExportDownload;
  /** Null when the user cancelled the folder picker. */
  exportToFolder: ExportResult | null;
  trashArticles: { moved: number };
  restoreArticles: { moved: number };
  emptyTrash: { purged: number };
  archiveArticles: { ok: true };
  markRead: { ok: true };
  mergeCopy: { mergeId: number; original: number; highlights: ReanchorReport };
  keepCopy: { ok: true };
  listNotebook: NotebookPage;
  libraryFacets: { tags: LibraryFacet[]; sites: LibraryFacet[]; authors: LibraryFacet[] };
  listBackups: { folder: string; backups: BackupInfo[] };
  backupNow: BackupInfo;
  restoreBackup: RestoreSummary;
  restoreUploadedBackup: RestoreSummary;
  showBackupsFolder: { ok: true };
  chooseBackupsFolder: { folder: string | null };
  undoMerge: { copy: number; original: number; highlights: number };
  /** What the export added, and what the library held already. */
  importJsonText: { articles: { added: number; existing: number }; highlights: { added: number; existing: number }; claims: { added: number; existing: number; skipped: number } };
}

/** What the core implements and every transport exposes. */
export type GlossApi = { [N in CallName]: (input: CallInput<N>) => Promise<CallResults[N]> };

export interface GlossEvents {
  importProgress: ImportProgress;
  /** Articles exported so far, of how many. */
  exportProgress: { done: number; total: number };
  /** The desktop window's renderer went away (crashed, killed) and was reloaded. */
  recovered: { reason: string };
  /** A backup or restore under way (the automatic backup included). */
  backupProgress: BackupProgress;
  /** A restore replaced the library: everything shown must be loaded again. */
  libraryReplaced: RestoreSummary;
}

/** Errors cross every boundary as data, since an Error does not serialise. */
export interface ApiError {
  code: 'invalid-input' | 'not-found' | 'conflict' | 'busy' | 'unknown-call' | 'failed';
  message: string;
}

export class GlossApiError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

export function isCallName(name: string): name is CallName {
  return Object.hasOwn(calls, name);
}
