// Types that cross every boundary: core ↔ CLI ↔ main ↔ renderer. Plain data only,
// so they survive JSON, IPC and structured clone unchanged.

/** Days an article stays in the Trash before it is deleted for good. */
export const TRASH_DAYS = 30;

export interface ArticleSummary {
  id: number;
  title: string;
  author: string | null;
  site: string | null;
  /** Publication date as YYYY-MM-DD, when the source gives one. */
  date: string | null;
  /** Where the file was imported from (absolute path), or null for uploads. */
  path: string | null;
  /** Characters of text, not counting whitespace (the 字数 a Chinese reader expects). */
  chars: number;
  importedAt: string;
  /** Claims made from this article's highlights, and how many of them are open. */
  claims: number;
  openClaims: number;
  /** The source's summary, or the opening of the text. */
  excerpt: string | null;
  /** Highlights on it, and how many of them carry a note. */
  highlights: number;
  notes: number;
  /** The reader's tags on it and on its highlights, by name. */
  tags: string[];
  /** How far it was read (0..1), or null when never opened. */
  progress: number | null;
  /** When it went to the Trash (purged TRASH_DAYS later), or null. */
  trashedAt: string | null;
  archivedAt: string | null;
  /** When it was marked read, or null while unread. */
  readAt: string | null;
  /** The article this one is a copy of (the same story, saved twice or re-posted), or null. */
  copyOf: number | null;
  /** The site suffix cleaned from the source's title ("_网易订阅"), kept as metadata. */
  titleSuffix: string | null;
}

export interface Article extends ArticleSummary {
  /** Stable global id (UUID): the same in every export, backup and library it is imported into. */
  uid: string;
  url: string | null;
  /** Full ISO timestamp of publication when known (date alone otherwise). */
  published: string | null;
  lang: string | null;
  categories: string[];
  sourceTags: string[];
  cover: string | null;
  format: ArticleFormat;
  encoding: string;
  hash: string;
  warnings: string[];
  updatedAt: string;
  /** The reading document (ProseMirror JSON in the reading schema). */
  doc: ReadingDoc;
  /** Plain text derived from `doc` by `docToText`; every offset in Gloss indexes this string. */
  text: string;
}

export type ArticleFormat = 'hexo-html' | 'hexo-markdown' | 'page' | 'fragment' | 'markdown' | 'text';

/** ProseMirror JSON node. */
export interface ReadingNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: ReadingNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}
export type ReadingDoc = ReadingNode & { type: 'doc' };

/** `skipped`: a dropped file that is not an article (a PDF, an image): said, not imported. */
export type ImportStatus = 'imported' | 'duplicate' | 'updated' | 'error' | 'skipped';

export interface ImportResult {
  path: string;
  status: ImportStatus;
  id: number | null;
  title: string | null;
  /** The article this one is a copy of (same address, or ≥ 90 % of its wording), or null. */
  copyOf: number | null;
  error: string | null;
  warnings: string[];
}

export interface ImportProgress {
  /** Files finished so far. */
  done: number;
  total: number;
  /** The file being worked on now (or just finished). */
  path: string;
  result?: ImportResult;
}

export interface ImportSummary {
  results: ImportResult[];
  imported: number;
  duplicate: number;
  updated: number;
  failed: number;
  /** Files inside folders that are not articles (images, CSS, `_files` folders). */
  skipped: number;
  cancelled: boolean;
}

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** Where a highlight sits on its article's current text (see src/core/anchoring). */
export type AnchorHealth = 'exact' | 'moved' | 'changed' | 'orphaned';

export interface Highlight {
  id: number;
  /** Stable global id (UUID); Markdown exports name the highlight's block after it. */
  uid: string;
  articleId: number;
  /** The words highlighted, as stored (TextQuoteSelector). */
  quote: string;
  prefix: string;
  suffix: string;
  /** JavaScript string offsets into the article's plain text (TextPositionSelector). */
  start: number;
  end: number;
  anchor: AnchorHealth;
  color: HighlightColor;
  /** The note as a TipTap document, or null. */
  note: ReadingDoc | null;
  noteText: string;
  tags: string[];
  /** The claim made from this highlight, if any. */
  claim: { id: number; status: ClaimStatus } | null;
  createdAt: string;
  updatedAt: string;
}

/** What re-anchoring an updated article did to its highlights. */
export interface ReanchorReport {
  exact: number;
  moved: number;
  changed: number;
  orphaned: number;
}

/** A piece of text around a search match; `marks` are [start, end) offsets into `text`. */
export interface Snippet {
  text: string;
  marks: [number, number][];
  /** Whether text was cut before or after the piece shown. */
  cutBefore: boolean;
  cutAfter: boolean;
}

export interface SearchHit {
  kind: 'article' | 'highlight' | 'note' | 'claim';
  /**
   * The article's id for article text and its note; the highlight's id for its quote and
   * note; the claim's id for its statement and evidence note.
   */
  id: number;
  /** Whose note a note hit is; for a claim, whether its statement or its evidence note matched. */
  of?: 'highlight' | 'article' | 'statement' | 'note';
  /** For a claim: its highlight (where the reader opens). */
  highlightId?: number;
  /** For a claim: its status. */
  status?: ClaimStatus;
  /** The highlight's colour, for hits on a highlight or its note. */
  color?: HighlightColor;
  snippet: Snippet;
  /** For article text: where in the article's plain text the match is. */
  start?: number;
  end?: number;
}

export interface SearchArticle {
  id: number;
  title: string;
  titleMarks: [number, number][];
  site: string | null;
  date: string | null;
  /** Matches in the article's text: what the reader marks and n/N steps through. */
  occurrences: number;
  hits: SearchHit[];
  /** Matching highlights and notes of this article not listed in `hits`. */
  moreHits: number;
}

export interface SearchFilterChip {
  key: 'tag' | 'color' | 'in' | 'site' | 'before' | 'after' | 'is' | 'status';
  value: string;
  /** The filter as written in the query, so a chip can take it out again. */
  token: string;
}

export interface SearchResults {
  /** Articles with at least one match (in their text, title, highlights or notes). */
  total: number;
  counts: { articles: number; highlights: number; notes: number; claims: number };
  articles: SearchArticle[];
  /** The filters the query was read as (shown as chips). */
  filters: SearchFilterChip[];
}

/**
 * Where a claim stands. `to-check` and `needs-source` are open (due in the review queue);
 * the others are settled verdicts, due again only on their check-again date or when new
 * material arrives.
 */
export const CLAIM_STATUSES = ['to-check', 'needs-source', 'supported', 'contradicted', 'mixed', 'unverifiable'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export const OPEN_STATUSES: readonly ClaimStatus[] = ['to-check', 'needs-source'];

/** How a piece of evidence bears on a claim (a small subset of CiTO). */
export const EVIDENCE_RELATIONS = ['supports', 'contradicts', 'context'] as const;
export type EvidenceRelation = (typeof EVIDENCE_RELATIONS)[number];

/** Why a claim is in the review queue. */
export type DueReason = 'to-check' | 'needs-source' | 'check-again' | 'new-material';

/** One status change of a claim; the history is only ever appended to. */
export interface ClaimChange {
  id: number;
  status: ClaimStatus;
  /** The status before; null when the claim was made. */
  previous: ClaimStatus | null;
  reason: string | null;
  at: string;
  /** When this change takes back an earlier one (undo): that change's id. */
  undoes: number | null;
}

/** What a piece of evidence points at, resolved for display. */
export interface EvidenceTarget {
  kind: 'highlight' | 'claim' | 'url';
  highlightId: number | null;
  claimId: number | null;
  articleId: number | null;
  articleTitle: string | null;
  /** The highlight's words (or the target claim's statement). */
  quote: string | null;
  /** The target claim's status. */
  status: ClaimStatus | null;
  url: string | null;
  title: string | null;
}

export interface Evidence extends EvidenceTarget {
  id: number;
  relation: EvidenceRelation;
  createdAt: string;
}

/** A link from another claim to this one (or to its highlight): evidence seen from its other end. */
export interface CitedBy {
  evidenceId: number;
  relation: EvidenceRelation;
  claimId: number;
  statement: string;
  status: ClaimStatus;
  articleId: number;
  articleTitle: string;
}

export interface Claim {
  id: number;
  /** Stable global id (UUID). */
  uid: string;
  highlightId: number;
  articleId: number;
  statement: string;
  status: ClaimStatus;
  /** The evidence note as a TipTap document (note schema), or null. */
  note: ReadingDoc | null;
  noteText: string;
  /** YYYY-MM-DD: when a settled claim comes back to the queue (figures go stale). */
  checkAgain: string | null;
  /** YYYY-MM-DD: put off ("later") until this day. */
  snoozedUntil: string | null;
  /** The highlight's tags: the claim's subjects. */
  tags: string[];
  /** The highlight's words as stored (shown when the highlight is orphaned). */
  quote: string;
  anchor: AnchorHealth;
  color: HighlightColor;
  /** Whether it is in the review queue today, and why. */
  due: boolean;
  dueReasons: DueReason[];
  /** Since when it has been due (or will be): the queue's order, oldest first. */
  dueSince: string;
  /** Articles imported since the last decision that mention the claim's subjects. */
  newMaterial: number[];
  history: ClaimChange[];
  evidence: Evidence[];
  citedBy: CitedBy[];
  createdAt: string;
  updatedAt: string;
}

/** A claim in the review queue or a list, with what the card shows about its article. */
export interface ClaimDetail extends Claim {
  article: { id: number; title: string; site: string | null; date: string | null; url: string | null };
  /** The paragraph around the highlight, and where the highlight sits in it ([start, end)). */
  passage: { text: string; start: number; end: number } | null;
}

/** A passage of another article that may bear on a claim (evidence at hand). */
export interface Suggestion {
  articleId: number;
  articleTitle: string;
  site: string | null;
  date: string | null;
  /** [start, end) of the passage in the article's plain text (what linking highlights). */
  start: number;
  end: number;
  snippet: Snippet;
  /** The claim's subjects, names and figures the passage mentions. */
  terms: string[];
  /** From an article that arrived after the claim was last decided. */
  isNew: boolean;
  /** An existing highlight on exactly this passage, reused when linking. */
  highlightId: number | null;
}

export interface ReviewFilter {
  tag?: string;
  status?: ClaimStatus;
  site?: string;
  articleId?: number;
}

export interface ClaimStats {
  total: number;
  due: number;
  byStatus: Record<ClaimStatus, number>;
  /** Per subject (tag): how many of its claims have each status. */
  bySubject: { tag: string; total: number; byStatus: Record<ClaimStatus, number> }[];
  /** Sites of the articles claims were made in, with how many claims each. */
  sites: { site: string; total: number }[];
  /** Decisions (status changes not undone) per ISO week, oldest first, the last 12 weeks. */
  decisionsPerWeek: { week: string; start: string; decisions: number }[];
}

/** A claim as the queue and lists show it, before it is opened. */
export interface ClaimSummary {
  id: number;
  highlightId: number;
  articleId: number;
  articleTitle: string;
  site: string | null;
  statement: string;
  status: ClaimStatus;
  tags: string[];
  due: boolean;
  dueReasons: DueReason[];
  dueSince: string;
  updatedAt: string;
}

/** What an export writes: Markdown files (one per article, updated in place) or one JSON file. */
export type ExportFormat = 'md' | 'json';

/** An export into a folder (desktop). */
export interface ExportResult {
  /** The folder the user chose. */
  dir: string;
  articles: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  /** The first problems, one line each (a file whose markers were broken by hand). */
  errors: string[];
}

/** An export handed to the page as a download (browser mode). */
export interface ExportDownload {
  fileName: string;
  mime: string;
  base64: string;
  articles: number;
}

/** A highlight as the notebook lists it: with the article it is on. */
export interface NotebookEntry extends Highlight {
  article: { id: number; title: string; site: string | null; date: string | null };
}

export interface NotebookPage {
  /** Highlights the query selects, in all pages. */
  total: number;
  entries: NotebookEntry[];
}

/** One value of a library filter (a tag, site or author) and how many articles have it. */
export interface LibraryFacet {
  name: string;
  count: number;
}

/** One backup file in the backups folder (issue 13): what Settings → Backups lists. */
export interface BackupInfo {
  /** The file's name in the backups folder: how the app names a backup to restore. */
  name: string;
  created: string;
  bytes: number;
  articles: number;
  highlights: number;
  claims: number;
  /** False when the file cannot be read as a backup any more (its manifest is unreadable). */
  verified: boolean;
  /** 'before-restore': the copy of the library kept before a restore replaced it. */
  kind: 'backup' | 'before-restore';
  appVersion: string | null;
}

/** How far a backup or restore has come, for a progress bar. */
export interface BackupProgress {
  action: 'backup' | 'restore';
  phase: 'copying' | 'writing' | 'verifying' | 'replacing' | 'done';
  /** 0..1 within the whole action. */
  fraction: number;
  /** Set on the last event of an action that failed (the automatic backup has no caller to tell). */
  error?: string;
}

/** What a restore brought back, and where the library it replaced is kept. */
export interface RestoreSummary {
  created: string;
  appVersion: string;
  articles: number;
  highlights: number;
  claims: number;
  /** The name, in the backups folder, of the copy of the library kept before the restore. */
  keptAs: string | null;
}
