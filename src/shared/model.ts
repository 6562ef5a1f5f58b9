// Types that cross every boundary: core ↔ CLI ↔ main ↔ renderer. Plain data only,
// so they survive JSON, IPC and structured clone unchanged.

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
}

export interface Article extends ArticleSummary {
  url: string | null;
  /** Full ISO timestamp of publication when known (date alone otherwise). */
  published: string | null;
  lang: string | null;
  excerpt: string | null;
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

export type ImportStatus = 'imported' | 'duplicate' | 'updated' | 'error';

export interface ImportResult {
  path: string;
  status: ImportStatus;
  id: number | null;
  title: string | null;
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
  kind: 'article' | 'highlight' | 'note';
  /** The article's id for article text and its note; the highlight's id for its quote and note. */
  id: number;
  /** Whose note a note hit is. */
  of?: 'highlight' | 'article';
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
  key: 'tag' | 'color' | 'in' | 'site' | 'before' | 'after';
  value: string;
  /** The filter as written in the query, so a chip can take it out again. */
  token: string;
}

export interface SearchResults {
  /** Articles with at least one match (in their text, title, highlights or notes). */
  total: number;
  counts: { articles: number; highlights: number; notes: number };
  articles: SearchArticle[];
  /** The filters the query was read as (shown as chips). */
  filters: SearchFilterChip[];
}
