// Settled claims as schema.org ClaimReview JSON-LD, the form fact-checkers publish and Fact
// Check Explorer reads: the statement (`claimReviewed`), the article that made it
// (`itemReviewed`), and the verdict on a 1–5 scale with its words and the latest reason.
import type { ClaimStatus } from '../../shared/model';
import type { Library } from '../library/db';

/** Settled statuses and their rating: 1 false … 5 true; unverifiable has no number. */
const RATING: Partial<Record<ClaimStatus, { value: number | null; name: string }>> = {
  contradicted: { value: 1, name: 'False' },
  mixed: { value: 3, name: 'Mixed' },
  supported: { value: 5, name: 'True' },
  unverifiable: { value: null, name: 'Unverifiable' },
};

interface Row {
  uid: string;
  statement: string;
  status: ClaimStatus;
  status_at: string;
  title: string;
  author: string | null;
  site: string | null;
  url: string | null;
  published: string | null;
  reason: string | null;
}

export function claimReviews(lib: Library, articleIds: number[]): Record<string, unknown>[] {
  const rows = lib.db
    .prepare(
      `SELECT c.uid, c.statement, c.status, c.status_at, a.title, a.author, a.site, a.url, coalesce(a.published, a.date) AS published,
         (SELECT reason FROM claim_history x WHERE x.claim_id = c.id ORDER BY x.id DESC LIMIT 1) AS reason
       FROM claims c JOIN highlights h ON h.id = c.highlight_id JOIN articles a ON a.id = h.article_id
       WHERE h.article_id IN (SELECT value FROM json_each(?)) AND c.status IN ('supported', 'contradicted', 'mixed', 'unverifiable')
       ORDER BY c.id`,
    )
    .all(JSON.stringify(articleIds)) as Row[];
  return rows.map((r) => {
    const rating = RATING[r.status]!;
    return {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      '@id': `urn:uuid:${r.uid}`,
      claimReviewed: r.statement,
      datePublished: r.status_at.slice(0, 10),
      itemReviewed: {
        '@type': 'Claim',
        ...(r.published ? { datePublished: r.published.slice(0, 10) } : {}),
        ...(r.author ? { author: { '@type': 'Person', name: r.author } } : r.site ? { author: { '@type': 'Organization', name: r.site } } : {}),
        appearance: { '@type': 'CreativeWork', headline: r.title, ...(r.url ? { url: r.url } : {}) },
      },
      reviewRating: {
        '@type': 'Rating',
        ...(rating.value === null ? {} : { ratingValue: rating.value, worstRating: 1, bestRating: 5 }),
        alternateName: rating.name,
        ...(r.reason ? { ratingExplanation: r.reason } : {}),
      },
    };
  });
}
