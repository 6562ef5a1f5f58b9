// What a row of the search index is (migration 0004): −2a for article a's title and text,
// −2a + 1 for its note, 2h for highlight h's quote and 2h + 1 for its note; from 0007,
// 2^40 + 2h for the statement of highlight h's claim and 2^40 + 2h + 1 for its evidence note.
import type Database from 'better-sqlite3';

export const ARTICLE = 0;
export const QUOTE = 1;
export const HIGHLIGHT_NOTE = 2;
export const ARTICLE_NOTE = 3;
export const CLAIM_STATEMENT = 4;
export const CLAIM_NOTE = 5;
export type Kind = typeof ARTICLE | typeof QUOTE | typeof HIGHLIGHT_NOTE | typeof ARTICLE_NOTE | typeof CLAIM_STATEMENT | typeof CLAIM_NOTE;

/** Where claims' rows start (migration 0007). */
export const CLAIM_ROWS = 2 ** 40;

export interface Item {
  kind: Kind;
  /** The article's id for its text and note; the highlight's id for its quote, note and claim. */
  id: number;
}

export function decodeRow(rowid: number): Item {
  if (rowid < 0) {
    const n = -rowid;
    return n % 2 === 0 ? { kind: ARTICLE, id: n / 2 } : { kind: ARTICLE_NOTE, id: (n + 1) / 2 };
  }
  if (rowid >= CLAIM_ROWS) return { kind: rowid % 2 === 0 ? CLAIM_STATEMENT : CLAIM_NOTE, id: Math.floor((rowid - CLAIM_ROWS) / 2) };
  return { kind: rowid % 2 === 0 ? QUOTE : HIGHLIGHT_NOTE, id: Math.floor(rowid / 2) };
}

/** The highlight a row of a highlight, its note or its claim belongs to. */
const highlightOf = (rowid: number) => Math.floor((rowid >= CLAIM_ROWS ? rowid - CLAIM_ROWS : rowid) / 2);

/** Whether a row is an article's title and text (not a note or highlight). */
export const isArticleText = (rowid: number) => rowid < 0 && rowid % 2 === 0;

/** Whether an item hangs on a highlight (its quote, note or claim): what tag and colour filters look at. */
export const isHighlightItem = (item: Item) => item.kind !== ARTICLE && item.kind !== ARTICLE_NOTE;

export const isClaimItem = (item: Item) => item.kind === CLAIM_STATEMENT || item.kind === CLAIM_NOTE;

/**
 * Which article each highlight belongs to, kept per connection: grouping thousands of hits
 * by article must not cost a lookup each. The insert trigger records every new highlight
 * (an id freed by a delete can come back on another article); a write by another
 * connection (PRAGMA data_version) clears what is known.
 */
export class HighlightArticles {
  /** Article id by highlight id (ids are dense); 0 where not known. */
  private known = new Int32Array(1024);
  private version = -1;

  constructor(private readonly db: Database.Database) {}

  record(id: number, article: number): void {
    if (id >= this.known.length) {
      const grown = new Int32Array(Math.max(id + 1, this.known.length * 2));
      grown.set(this.known);
      this.known = grown;
    }
    this.known[id] = article;
  }

  /** A function giving the article of each of these rows (index row ids, see above). */
  resolver(rows: number[]): (row: number) => number {
    const version = this.db.pragma('data_version', { simple: true }) as number;
    if (version !== this.version) {
      this.known.fill(0);
      this.version = version;
    }
    // Past the end a typed array reads undefined: not known either. A plain loop: a common
    // character matches 100,000 rows, and filter-then-map builds two arrays of them.
    const missing: number[] = [];
    for (const r of rows) if (r >= 0 && !(this.known[highlightOf(r)] > 0)) missing.push(highlightOf(r));
    if (missing.length > 0) {
      const found = this.db.prepare('SELECT id, article_id FROM highlights WHERE id IN (SELECT value FROM json_each(?))').raw().all(JSON.stringify(missing)) as [number, number][];
      for (const [id, article] of found) this.record(id, article);
    }
    const table = this.known;
    // −2a and −2a + 1 both belong to article a: ⌊(1 − r) / 2⌋ is a for either.
    return (r) => (r >= 0 ? table[highlightOf(r)] : Math.floor((1 - r) / 2));
  }
}
