// What the search panel calls a hit and a filter, in the interface's language.
import type { TFunction } from 'i18next';
import type { SearchFilterChip, SearchHit, SearchResults } from '../../../../shared/model';

/** The label in a hit's first column: what matched (text, a highlight, a note, a claim or a claim's note). */
export function hitLabel(t: TFunction, hit: SearchHit): string {
  if (hit.kind === 'claim') return t(hit.of === 'note' ? 'search.hit.claimNote' : 'search.hit.claim');
  if (hit.kind === 'note') return t(hit.of === 'article' ? 'search.hit.articleNote' : 'search.hit.note');
  return t(`search.hit.${hit.kind}`);
}

/** The footer's count of what matched: articles, then the highlights, notes and claims among them that did. */
export function summary(t: TFunction, r: SearchResults): string {
  const { highlights, notes, claims } = r.counts;
  return [
    t('search.summary', { count: r.total }),
    highlights > 0 && t('search.summaryHighlights', { count: highlights }),
    notes > 0 && t('search.summaryNotes', { count: notes }),
    claims > 0 && t('search.summaryClaims', { count: claims }),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** A filter chip's value: colours, scopes, kinds and statuses are named; tags, sites and dates are shown as written. */
export function chipValue(t: TFunction, f: SearchFilterChip): string {
  if (f.key === 'color') return t(`annotations.colors.${f.value}`);
  if (f.key === 'in') return t(`search.kind.${f.value}`);
  if (f.key === 'is') return t(`search.is.${f.value}`);
  if (f.key === 'status') return t(`claim.status.${f.value}`);
  return f.value;
}
