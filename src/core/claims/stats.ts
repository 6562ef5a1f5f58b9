// The dashboard's figures: claims by status, by subject and by site, and decisions per week.
import { CLAIM_STATUSES, type ClaimStats, type ClaimStatus } from '../../shared/model';
import type { Library } from '../library/db';
import { listClaims } from './records';

const WEEKS = 12;

const zero = () => Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;

/** Monday of the week `d` is in (local time), as YYYY-MM-DD. */
function monday(d: Date): Date {
  const m = new Date(d.getFullYear(), d.getMonth(), d.getDate());
  m.setDate(m.getDate() - ((m.getDay() + 6) % 7));
  return m;
}

/** ISO 8601 week label, e.g. 2026-W48. */
function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  // The week belongs to the year its Thursday is in.
  t.setUTCDate(t.getUTCDate() + 4 - (t.getUTCDay() || 7));
  const week = Math.ceil(((t.getTime() - Date.UTC(t.getUTCFullYear(), 0, 1)) / 86_400_000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

const day = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** Only claims whose article is not in the Trash. */
const LIVE = 'WHERE c.highlight_id IN (SELECT h.id FROM highlights h JOIN live_articles a ON a.id = h.article_id)';

export function claimStats(lib: Library, now = new Date()): ClaimStats {
  const byStatus = zero();
  for (const r of lib.db.prepare(`SELECT status, count(*) AS n FROM claims c ${LIVE} GROUP BY status`).all() as { status: ClaimStatus; n: number }[]) byStatus[r.status] = r.n;
  const subjects = new Map<string, Record<ClaimStatus, number>>();
  const rows = lib.db
    .prepare(`SELECT t.name AS tag, c.status, count(*) AS n FROM claims c JOIN highlight_tags ht ON ht.highlight_id = c.highlight_id JOIN tags t ON t.id = ht.tag_id ${LIVE} GROUP BY t.id, c.status`)
    .all() as { tag: string; status: ClaimStatus; n: number }[];
  for (const r of rows) {
    if (!subjects.has(r.tag)) subjects.set(r.tag, zero());
    subjects.get(r.tag)![r.status] = r.n;
  }
  const bySubject = [...subjects].map(([tag, counts]) => ({ tag, total: Object.values(counts).reduce((a, b) => a + b, 0), byStatus: counts }));
  bySubject.sort((a, b) => b.total - a.total || a.tag.localeCompare(b.tag));
  const sites = lib.db
    .prepare('SELECT a.site, count(*) AS total FROM claims c JOIN highlights h ON h.id = c.highlight_id JOIN live_articles a ON a.id = h.article_id WHERE a.site IS NOT NULL GROUP BY a.site ORDER BY total DESC, a.site')
    .all() as { site: string; total: number }[];

  // Decisions in force: status changes after creation, neither an undo nor undone.
  const first = monday(now);
  first.setDate(first.getDate() - 7 * (WEEKS - 1));
  const weeks = Array.from({ length: WEEKS }, (_, i) => {
    const start = new Date(first.getFullYear(), first.getMonth(), first.getDate() + 7 * i);
    return { week: isoWeek(start), start: day(start), decisions: 0, from: start.getTime() };
  });
  const decisions = lib.db
    .prepare(
      `SELECT at FROM claim_history d WHERE d.previous IS NOT NULL AND d.undoes IS NULL AND d.at >= ?
         AND NOT EXISTS (SELECT 1 FROM claim_history u WHERE u.undoes = d.id)`,
    )
    .pluck()
    .all(first.toISOString()) as string[];
  for (const at of decisions) {
    const t = new Date(at).getTime();
    for (let i = weeks.length - 1; i >= 0; i--) {
      if (t >= weeks[i].from) {
        weeks[i].decisions++;
        break;
      }
    }
  }
  const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
  return { total, due: listClaims(lib, { due: true }, now).length, byStatus, bySubject, sites, decisionsPerWeek: weeks.map(({ from: _from, ...w }) => w) };
}
