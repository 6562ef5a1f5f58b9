// The one contract between the core and every client: each call's name, its input schema
// (validated on both transports before it reaches the core) and its result type, plus the
// events the core pushes. The renderer, preload, main and browser-mode server all derive
// their types from here.
import { z } from 'zod';
import { isValidNote, normalisedNote } from './reading/note-schema';
import { CLAIM_STATUSES, EVIDENCE_RELATIONS, HIGHLIGHT_COLORS, type Article, type ArticleSummary, type Claim, type ClaimDetail, type ClaimStats, type ClaimSummary, type Evidence, type Highlight, type ImportProgress, type ImportSummary, type ReadingDoc, type SearchResults, type Suggestion } from './model';

export const Sort = z.enum(['imported', 'published', 'title']);
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
const Color = z.enum(HIGHLIGHT_COLORS);
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

/** Upload of one dropped file in browser mode; `relativePath` keeps folder structure. */
export const Upload = z.object({
  relativePath: z.string().min(1).max(4096),
  base64: z.string().max(70 * 1024 * 1024),
});

export const calls = {
  listArticles: z.object({ sort: Sort.default('imported') }),
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
}

/** What the core implements and every transport exposes. */
export type GlossApi = { [N in CallName]: (input: CallInput<N>) => Promise<CallResults[N]> };

export interface GlossEvents {
  importProgress: ImportProgress;
  /** The desktop window's renderer went away (crashed, killed) and was reloaded. */
  recovered: { reason: string };
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
