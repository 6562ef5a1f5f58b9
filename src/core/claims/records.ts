// The only SQL that reads claims as records: a claim with its highlight's facts (article,
// quote, tags, anchor) and what the queue needs to know (new material since the last
// decision), for one claim or for thousands in one query.
import type { Claim, ClaimStatus, ClaimSummary, HighlightColor, AnchorHealth, ReadingDoc, ReviewFilter } from '../../shared/model';
import type { Library } from '../library/db';
import { normaliseTag } from '../annotations/tags';
import { dueState, localDay } from './due';

export interface ClaimRow {
  id: number;
  uid: string;
  highlight_id: number;
  statement: string;
  status: ClaimStatus;
  note: string | null;
  note_text: string;
  check_again: string | null;
  snoozed_until: string | null;
  reviewed_at: string;
  status_at: string;
  created_at: string;
  updated_at: string;
}

/** What the queue and lists need of a claim: no note, nothing of the highlight but its place. */
interface SummaryRow {
  id: number;
  highlight_id: number;
  statement: string;
  status: ClaimStatus;
  check_again: string | null;
  snoozed_until: string | null;
  status_at: string;
  updated_at: string;
  article_id: number;
  article_title: string;
  site: string | null;
}

interface FullRow extends ClaimRow, SummaryRow {
  exact: string;
  anchor: AnchorHealth;
  color: HighlightColor;
}

interface Facts {
  tags: string[];
  /** The articles that are new material (found after the last decision), and the oldest find. */
  material: number[];
  material_since: string | null;
}

const from = (articles: 'articles' | 'live_articles') => `FROM claims c JOIN highlights h ON h.id = c.highlight_id JOIN ${articles} a ON a.id = h.article_id`;
/** Lists hold claims whose article is not in the Trash: those wait there with it. */
const SUMMARY = `SELECT c.id, c.highlight_id, c.statement, c.status, c.check_again, c.snoozed_until, c.status_at, c.updated_at,
  h.article_id, a.title AS article_title, a.site ${from('live_articles')}`;
const FULL = `SELECT c.*, h.article_id, h.exact, h.anchor, h.color, a.title AS article_title, a.site ${from('articles')}`;

/**
 * Adds each claim's tags and new material: two queries for the whole list, since the queue
 * judges thousands of claims and a subquery per row would cost more than the rest. `all`
 * says the rows may be every claim there is: the facts of every claim are read, with no id
 * list to narrow the queries (those of claims not in the list go unused).
 */
function withFacts<T extends { id: number }>(lib: Library, rows: T[], all = false): (T & Facts)[] {
  if (rows.length === 0) return [];
  const only = all ? '' : 'AND c.id IN (SELECT value FROM json_each(@ids))';
  const args = all ? {} : { ids: JSON.stringify(rows.map((r) => r.id)) };
  const tags = new Map<number, string[]>();
  const tagRows = lib.db
    .prepare(`SELECT c.id, t.name FROM claims c JOIN highlight_tags ht ON ht.highlight_id = c.highlight_id JOIN tags t ON t.id = ht.tag_id WHERE 1 ${only} ORDER BY t.name`)
    .raw()
    .all(args) as [number, string][];
  for (const [id, name] of tagRows) (tags.get(id) ?? tags.set(id, []).get(id)!).push(name);
  const material = new Map<number, { articles: number[]; since: string }>();
  const materialRows = lib.db
    .prepare(`SELECT m.claim_id, m.article_id, m.found_at FROM claim_material m JOIN claims c ON c.id = m.claim_id WHERE m.found_at > c.reviewed_at ${only} ORDER BY m.found_at, m.article_id`)
    .raw()
    .all(args) as [number, number, string][];
  for (const [id, article, at] of materialRows) (material.get(id) ?? material.set(id, { articles: [], since: at }).get(id)!).articles.push(article);
  // The rows are the caller's, fresh from the query: completed in place, not copied.
  return rows.map((r) => Object.assign(r, { tags: tags.get(r.id) ?? [], material: material.get(r.id)?.articles ?? [], material_since: material.get(r.id)?.since ?? null }));
}

function due(r: SummaryRow & Facts, today: string) {
  return dueState({ status: r.status, statusAt: r.status_at, checkAgain: r.check_again, snoozedUntil: r.snoozed_until, newMaterialSince: r.material_since }, today);
}

function toSummary(r: SummaryRow & Facts, today: string): ClaimSummary {
  const d = due(r, today);
  return {
    id: r.id,
    highlightId: r.highlight_id,
    articleId: r.article_id,
    articleTitle: r.article_title,
    site: r.site,
    statement: r.statement,
    status: r.status,
    tags: r.tags,
    due: d.due,
    dueReasons: d.reasons,
    dueSince: d.since,
    updatedAt: r.updated_at,
  };
}

/** A claim without its history and evidence (which `claimRecord` in claims.ts adds). */
export type ClaimCore = Omit<Claim, 'history' | 'evidence' | 'citedBy'>;

export function readClaim(lib: Library, id: number, now: Date): ClaimCore | null {
  const found = lib.db.prepare(`${FULL} WHERE c.id = ?`).get(id) as FullRow | undefined;
  if (!found) return null;
  const [r] = withFacts(lib, [found]);
  const s = toSummary(r, localDay(now));
  return {
    id: r.id,
    uid: r.uid,
    highlightId: r.highlight_id,
    articleId: r.article_id,
    statement: r.statement,
    status: r.status,
    note: r.note ? (JSON.parse(r.note) as ReadingDoc) : null,
    noteText: r.note_text,
    checkAgain: r.check_again,
    snoozedUntil: r.snoozed_until,
    tags: s.tags,
    quote: r.exact,
    anchor: r.anchor,
    color: r.color,
    due: s.due,
    dueReasons: s.dueReasons,
    dueSince: s.dueSince,
    newMaterial: r.material,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function claimRow(lib: Library, id: number): ClaimRow | undefined {
  return lib.db.prepare('SELECT * FROM claims WHERE id = ?').get(id) as ClaimRow | undefined;
}

export function claimIdOfHighlight(lib: Library, highlightId: number): number | undefined {
  return lib.db.prepare('SELECT id FROM claims WHERE highlight_id = ?').pluck().get(highlightId) as number | undefined;
}

/**
 * Claims matching a filter. With `due`, the review queue: only what is due today, oldest
 * due first (ties by id, so the order never shuffles); otherwise every match, newest first.
 */
export function listClaims(lib: Library, filter: ReviewFilter & { due?: boolean }, now: Date): ClaimSummary[] {
  const where: string[] = [];
  const args: Record<string, unknown> = {};
  if (filter.status) {
    where.push('c.status = @status');
    args.status = filter.status;
  }
  if (filter.articleId !== undefined) {
    where.push('h.article_id = @article');
    args.article = filter.articleId;
  }
  if (filter.site) {
    where.push("lower(coalesce(a.site, '')) = lower(@site)");
    args.site = filter.site;
  }
  if (filter.tag) {
    where.push('EXISTS (SELECT 1 FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id WHERE ht.highlight_id = c.highlight_id AND t.name = @tag)');
    args.tag = normaliseTag(filter.tag);
  }
  const today = localDay(now);
  if (filter.due) {
    // Only claims that can be due are read and judged; the judging is dueState's.
    where.push(`(c.snoozed_until IS NULL OR c.snoozed_until <= @today)
      AND (c.status IN ('to-check', 'needs-source') OR c.check_again <= @today
           OR EXISTS (SELECT 1 FROM claim_material m WHERE m.claim_id = c.id AND m.found_at > c.reviewed_at))`);
    args.today = today;
  }
  const rows = withFacts(lib, lib.db.prepare(`${SUMMARY} WHERE ${where.join(' AND ') || '1'} ORDER BY c.id DESC`).all(args) as SummaryRow[], where.length === 0);
  const list = rows.map((r) => toSummary(r, today));
  if (!filter.due) return list;
  return list.filter((c) => c.due).sort((a, b) => (a.dueSince < b.dueSince ? -1 : a.dueSince > b.dueSince ? 1 : a.id - b.id));
}
