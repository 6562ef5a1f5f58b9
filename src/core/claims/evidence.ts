// Evidence: typed links from a claim to a highlight, another claim, or a web page. A link
// shows at both ends (as evidence on its claim, as "cited by" on what it points at), and
// goes with either end when that end is deleted (the foreign keys cascade).
import type { CitedBy, ClaimStatus, Evidence, EvidenceRelation, HighlightColor } from '../../shared/model';
import { createHighlight } from '../annotations/highlights';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors';
import type { Library } from '../library/db';
import { claimRow } from './records';

interface EvidenceRow {
  id: number;
  claim_id: number;
  relation: EvidenceRelation;
  highlight_id: number | null;
  target_claim: number | null;
  url: string | null;
  title: string | null;
  created_at: string;
}

const RESOLVED = `
  SELECT e.*, coalesce(h.article_id, th.article_id) AS article_id, coalesce(ha.title, ta.title) AS article_title,
    coalesce(h.exact, tc.statement) AS quote, tc.status AS target_status
  FROM claim_evidence e
  LEFT JOIN highlights h ON h.id = e.highlight_id LEFT JOIN articles ha ON ha.id = h.article_id
  LEFT JOIN claims tc ON tc.id = e.target_claim LEFT JOIN highlights th ON th.id = tc.highlight_id LEFT JOIN articles ta ON ta.id = th.article_id`;

type ResolvedRow = EvidenceRow & { article_id: number | null; article_title: string | null; quote: string | null; target_status: ClaimStatus | null };

function toEvidence(r: ResolvedRow): Evidence {
  return {
    id: r.id,
    relation: r.relation,
    kind: r.url !== null ? 'url' : r.target_claim !== null ? 'claim' : 'highlight',
    highlightId: r.highlight_id,
    claimId: r.target_claim,
    articleId: r.article_id,
    articleTitle: r.article_title,
    quote: r.quote,
    status: r.target_status,
    url: r.url,
    title: r.title,
    createdAt: r.created_at,
  };
}

export function evidenceOf(lib: Library, claimId: number): Evidence[] {
  return (lib.db.prepare(`${RESOLVED} WHERE e.claim_id = ? ORDER BY e.id`).all(claimId) as ResolvedRow[]).map(toEvidence);
}

function evidenceById(lib: Library, id: number): Evidence | null {
  const r = lib.db.prepare(`${RESOLVED} WHERE e.id = ?`).get(id) as ResolvedRow | undefined;
  return r ? toEvidence(r) : null;
}

/** Links from other claims to this claim or to its highlight. */
export function citedBy(lib: Library, claimId: number, highlightId: number): CitedBy[] {
  return lib.db
    .prepare(
      `SELECT e.id AS evidenceId, e.relation, c.id AS claimId, c.statement, c.status, h.article_id AS articleId, a.title AS articleTitle
       FROM claim_evidence e JOIN claims c ON c.id = e.claim_id JOIN highlights h ON h.id = c.highlight_id JOIN articles a ON a.id = h.article_id
       WHERE e.target_claim = ? OR e.highlight_id = ? ORDER BY e.id`,
    )
    .all(claimId, highlightId) as CitedBy[];
}

export type EvidenceTargetInput = { highlightId: number } | { claimId: number } | { articleId: number; start: number; end: number } | { url: string; title?: string };

/** Highlights made for evidence take the colour of what they say about the claim. */
const RELATION_COLOR: Record<EvidenceRelation, HighlightColor> = { supports: 'green', contradicts: 'pink', context: 'blue' };

/** The highlight on exactly this passage, if the reader made one already. */
function highlightOn(lib: Library, articleId: number, start: number, end: number): number | undefined {
  return lib.db.prepare("SELECT id FROM highlights WHERE article_id = ? AND start = ? AND end = ? AND anchor <> 'orphaned' ORDER BY id LIMIT 1").pluck().get(articleId, start, end) as number | undefined;
}

export function linkEvidence(lib: Library, claimId: number, relation: EvidenceRelation, target: EvidenceTargetInput, now: Date): Evidence {
  return lib.db.transaction(() => {
    const claim = claimRow(lib, claimId);
    if (!claim) throw new NotFoundError(`no claim with id ${claimId}`);
    let highlightId: number | null = null;
    let targetClaim: number | null = null;
    let url: string | null = null;
    let title: string | null = null;
    if ('url' in target) {
      if (!/^https?:\/\//i.test(target.url) || !URL.canParse(target.url)) throw new InvalidInputError(`evidence on the web needs an http(s) address, not “${target.url}”`);
      url = target.url;
      title = target.title?.trim() || null;
    } else if ('claimId' in target) {
      if (target.claimId === claimId) throw new InvalidInputError('a claim cannot be evidence for itself');
      if (!claimRow(lib, target.claimId)) throw new NotFoundError(`no claim with id ${target.claimId}`);
      targetClaim = target.claimId;
    } else if ('highlightId' in target) {
      if (!lib.db.prepare('SELECT 1 FROM highlights WHERE id = ?').get(target.highlightId)) throw new NotFoundError(`no highlight with id ${target.highlightId}`);
      highlightId = target.highlightId;
    } else {
      // A passage: the highlight there, made if the reader has none on exactly these words.
      highlightId = highlightOn(lib, target.articleId, target.start, target.end) ?? createHighlight(lib, { ...target, color: RELATION_COLOR[relation] }).id;
    }
    if (highlightId === claim.highlight_id) throw new InvalidInputError('a claim cannot be evidence for itself');
    const existing = lib.db
      .prepare('SELECT id, relation FROM claim_evidence WHERE claim_id = ? AND (highlight_id IS ?) AND (target_claim IS ?) AND (url IS ?)')
      .get(claimId, highlightId, targetClaim, url) as { id: number; relation: EvidenceRelation } | undefined;
    if (existing?.relation === relation) return evidenceById(lib, existing.id)!;
    if (existing) throw new ConflictError(`this is already linked to claim ${claimId} as “${existing.relation}”; remove that link first`);
    const { lastInsertRowid } = lib.db
      .prepare('INSERT INTO claim_evidence (claim_id, relation, highlight_id, target_claim, url, title, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(claimId, relation, highlightId, targetClaim, url, title, now.toISOString());
    lib.db.prepare('UPDATE claims SET updated_at = ? WHERE id = ?').run(now.toISOString(), claimId);
    return evidenceById(lib, Number(lastInsertRowid))!;
  })();
}

/** Removes a link and returns it as it was. */
export function unlinkEvidence(lib: Library, id: number): Evidence {
  return lib.db.transaction(() => {
    const e = evidenceById(lib, id);
    if (!e) throw new NotFoundError(`no evidence link with id ${id}`);
    lib.db.prepare('DELETE FROM claim_evidence WHERE id = ?').run(id);
    return e;
  })();
}
