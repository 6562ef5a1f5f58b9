import { useTranslation } from 'react-i18next';
import { CLAIM_STATUSES, type ClaimStatus, type Highlight } from '../../../../shared/model';

/** Which highlights the sidebar lists by their claim: any, claims only, one status, or none that is a claim. */
export type ClaimFilterValue = 'any' | 'claims' | 'not-claims' | ClaimStatus;

export function matchesClaimFilter(h: Highlight, filter: ClaimFilterValue): boolean {
  if (filter === 'any') return true;
  if (filter === 'claims') return h.claim !== null;
  if (filter === 'not-claims') return h.claim === null;
  return h.claim?.status === filter;
}

/** The sidebar's claim filter, each choice with how many highlights it would list. */
export function ClaimFilter({ highlights, value, onChange }: { highlights: Highlight[]; value: ClaimFilterValue; onChange: (v: ClaimFilterValue) => void }) {
  const { t } = useTranslation();
  const count = (f: ClaimFilterValue) => highlights.filter((h) => matchesClaimFilter(h, f)).length;
  const option = (f: ClaimFilterValue, label: string) => (
    <option key={f} value={f}>
      {label} ({count(f)})
    </option>
  );
  return (
    <label className="claim-filter">
      {t('annotations.claims.filter')}
      <select value={value} data-testid="claim-filter" onChange={(e) => onChange(e.target.value as ClaimFilterValue)}>
        {option('any', t('annotations.claims.any'))}
        {option('claims', t('annotations.claims.all'))}
        {CLAIM_STATUSES.map((s) => option(s, t(`claim.status.${s}`)))}
        {option('not-claims', t('annotations.claims.none'))}
      </select>
    </label>
  );
}
