// The only SQL that reads claims as records: a claim with its highlight's facts (article,
// quote, tags, anchor) and what the queue needs to know (new material since the last
// decision), for one claim or for thousands in one query.
import type { Claim, ClaimStatus, ClaimSummary, HighlightColor, AnchorHealth, ReadingDoc, ReviewFilter } from '../../shared/model';
import type { Library } from '../library/db';
import { normaliseTag } from '../annotations/tags';
import { dueState, localDay } from './due';

export interface ClaimRow {
  id: number;
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

interface JoinedRow extends ClaimRow {
  article_id: number;
  article_title: string;
  site: string | null;
  exact: string;
  anchor: AnchorHealth;
  color: HighlightColor;
  tags: string[];
  /** The articles that are new material (found after the last decision), and the oldest find. */
  material: number[];
  material_since: string | null;
}

const JOINED = `
  SELECT c.*, h.article_id, h.exact, h.anchor, h.color, a.title AS article_title, a.site
  FROM claims c JOIN highlights h ON h.id = c.highlight_id JOIN articles a ON a.id = h.article_id`;

/**
 * Adds each claim's tags and new material, two queries for the whole list: the queue judges
 * thousands of claims, and a subquery per row would cost more than everything else.
 */
function withFacts(lib: Library, rows: Omit<JoinedRow, 'tags' | 'material' | 'material_since'>[]): JoinedRow[] {
  if (rows.length === 0) return [];
  const ids = JSON.stringify(rows.map((r) => r.id));
  const tags = new Map<number, string[]>();
  const tagRows = lib.db
    .prepare(
      `SELECT c.id, t.name FROM claims c JOIN highlight_tags ht ON ht.highlight_id = c.highlight_id JOIN tags t ON t.id = ht.tag_id
       WHERE c.id IN (SELECT value FROM json_each(?)) ORDER BY t.name`,
    )
    .raw()
    .all(ids) as [number, string][];
  for (const [id, name] of tagRows) (tags.get(id) ?? tags.set(id, []).get(id)!).push(name);
  const material = new Map<number, { articles: number[]; since: string }>();
  const materialRows = lib.db
    .prepare(
      `SELECT m.claim_id, m.article_id, m.found_at FROM claim_material m JOIN claims c ON c.id = m.claim_id
       WHERE m.found_at > c.reviewed_at AND m.claim_id IN (SELECT value FROM json_each(?)) ORDER BY m.found_at, m.article_id`,
    )
    .raw()
    .all(ids) as [number, number, string][];
  for (const [id, article, at] of materialRows) (material.get(id) ?? material.set(id, { articles: [], since: at }).get(id)!).articles.push(article);
  return rows.map((r) => ({ ...r, tags: tags.get(r.id) ?? [], material: material.get(r.id)?.articles ?? [], material_since: material.get(r.id)?.since ?? null }));
}

function due(r: JoinedRow, today: string) {
  return dueState({ status: r.status, statusAt: r.status_at, checkAgain: r.check_again, snoozedUntil: r.snoozed_until, newMaterialSince: r.material_since }, today);
}

function toSummary(r: JoinedRow, today: string): ClaimSummary {
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
  const found = lib.db.prepare(`${JOINED} WHERE c.id = ?`).get(id) as JoinedRow | undefined;
  if (!found) return null;
  const [r] = withFacts(lib, [found]);
  const s = toSummary(r, localDay(now));
  return {
    id: r.id,
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
  const rows = withFacts(lib, lib.db.prepare(`${JOINED} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.id DESC`).all(args) as JoinedRow[]);
  const list = rows.map((r) => toSummary(r, today));
  if (!filter.due) return list;
  return list.filter((c) => c.due).sort((a, b) => (a.dueSince < b.dueSince ? -1 : a.dueSince > b.dueSince ? 1 : a.id - b.id));
}
