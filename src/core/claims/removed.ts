// What goes when a highlight or a claim is removed, kept so that undo brings it back whole:
// the claim with its history, evidence and new material, and the links other claims had to
// it. Kept in the library (not in the window's memory), so an undo still works after the
// app reloads; a month later it is dropped.
import type { Library } from '../library/db';
import { NotFoundError } from '../errors';
import type { ClaimRow } from './records';

interface Snapshot {
  claim: ClaimRow | null;
  history: Record<string, unknown>[];
  evidence: Record<string, unknown>[];
  material: Record<string, unknown>[];
  /** Links from other claims to this highlight or its claim. */
  inbound: Record<string, unknown>[];
}

const KEPT_DAYS = 30;

/** Keeps what removing highlight `highlightId` (or its claim) would take with it. */
export function stashClaim(lib: Library, highlightId: number, now: Date): void {
  const claim = (lib.db.prepare('SELECT * FROM claims WHERE highlight_id = ?').get(highlightId) as ClaimRow | undefined) ?? null;
  const all = (sql: string, ...args: unknown[]) => lib.db.prepare(sql).all(...args) as Record<string, unknown>[];
  const snapshot: Snapshot = {
    claim,
    history: claim ? all('SELECT * FROM claim_history WHERE claim_id = ? ORDER BY id', claim.id) : [],
    evidence: claim ? all('SELECT * FROM claim_evidence WHERE claim_id = ? ORDER BY id', claim.id) : [],
    material: claim ? all('SELECT * FROM claim_material WHERE claim_id = ?', claim.id) : [],
    inbound: all('SELECT * FROM claim_evidence WHERE claim_id IS NOT ? AND (highlight_id = ? OR target_claim IS ?) ORDER BY id', claim?.id ?? null, highlightId, claim?.id ?? null),
  };
  lib.db.prepare('DELETE FROM removed_claims WHERE removed_at < ?').run(new Date(now.getTime() - KEPT_DAYS * 86_400_000).toISOString());
  if (!claim && snapshot.inbound.length === 0) {
    // Nothing to bring back; an older snapshot under this id (ids come back) must not be.
    lib.db.prepare('DELETE FROM removed_claims WHERE highlight_id = ?').run(highlightId);
    return;
  }
  lib.db
    .prepare('INSERT INTO removed_claims (highlight_id, snapshot, removed_at) VALUES (?, ?, ?) ON CONFLICT(highlight_id) DO UPDATE SET snapshot = excluded.snapshot, removed_at = excluded.removed_at')
    .run(highlightId, JSON.stringify(snapshot), now.toISOString());
}

function insertRow(lib: Library, table: string, row: Record<string, unknown>): void {
  const columns = Object.keys(row);
  lib.db.prepare(`INSERT OR IGNORE INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(row);
}

const exists = (lib: Library, table: string, id: unknown) => id === null || id === undefined || lib.db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;

/**
 * Brings back what was kept for highlight `highlightId` (which must exist again): its claim
 * and every link whose other end is still in the library. Returns the claim's id, if any.
 */
export function restoreStashed(lib: Library, highlightId: number): number | null {
  const raw = lib.db.prepare('SELECT snapshot FROM removed_claims WHERE highlight_id = ?').pluck().get(highlightId) as string | undefined;
  if (raw === undefined) return null;
  const s = JSON.parse(raw) as Snapshot;
  lib.db.prepare('DELETE FROM removed_claims WHERE highlight_id = ?').run(highlightId);
  if (s.claim && lib.db.prepare('SELECT 1 FROM claims WHERE highlight_id = ? OR id = ?').get(highlightId, s.claim.id)) return null;
  if (s.claim) {
    insertRow(lib, 'claims', { ...s.claim });
    for (const r of s.history) insertRow(lib, 'claim_history', r);
    for (const r of s.material) if (exists(lib, 'articles', r.article_id)) insertRow(lib, 'claim_material', r);
  }
  const linkable = (r: Record<string, unknown>) => exists(lib, 'claims', r.claim_id) && exists(lib, 'highlights', r.highlight_id) && exists(lib, 'claims', r.target_claim);
  for (const r of [...s.evidence, ...s.inbound]) if (linkable(r)) insertRow(lib, 'claim_evidence', r);
  return s.claim?.id ?? null;
}

/** Undo of `deleteClaim`: the claim comes back on its highlight, with its ids. */
export function restoreClaim(lib: Library, highlightId: number): number {
  return lib.db.transaction(() => {
    if (!lib.db.prepare('SELECT 1 FROM highlights WHERE id = ?').get(highlightId)) throw new NotFoundError(`no highlight with id ${highlightId}`);
    const id = restoreStashed(lib, highlightId);
    if (id === null) throw new NotFoundError(`no removed claim of highlight ${highlightId} to restore`);
    return id;
  })();
}
