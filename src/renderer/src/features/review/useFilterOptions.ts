import { useEffect, useState } from 'react';
import type { ClaimStats } from '../../../../shared/model';
import { call } from '../../api';

export interface FilterOptions {
  stats: ClaimStats;
  /** Articles that claims were made in, by title. */
  articles: { id: number; title: string }[];
}

/** What the queue's filters offer: subjects and sites from the stats, articles from the claims. */
export function useFilterOptions(refreshKey: unknown): FilterOptions | null {
  const [options, setOptions] = useState<FilterOptions | null>(null);
  useEffect(() => {
    let live = true;
    // Without options the filters offer only what is chosen; the queue itself reports failures.
    Promise.all([call('claimStats', {}), call('listClaims', {})])
      .then(([stats, claims]) => {
        const articles = new Map(claims.map((c) => [c.articleId, c.articleTitle]));
        if (live) setOptions({ stats, articles: [...articles].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title)) });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [refreshKey]);
  return options;
}
