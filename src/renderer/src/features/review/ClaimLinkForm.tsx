import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceRelation } from '../../../../shared/model';
import { RelationSubmit } from './RelationSubmit';
import { useOtherClaims } from './useOtherClaims';

/** Evidence from the ledger itself: another claim, which the link shows at both ends. */
export function ClaimLinkForm({ claimId, onLink }: { claimId: number; onLink: (relation: EvidenceRelation, target: number) => Promise<boolean> }) {
  const { t } = useTranslation();
  const others = useOtherClaims(claimId);
  const [target, setTarget] = useState('');
  const [relation, setRelation] = useState<EvidenceRelation>('supports');
  if (others.length === 0) return null;
  return (
    <form
      className="web-source"
      data-testid="claim-link"
      onSubmit={(e) => {
        e.preventDefault();
        if (target) void onLink(relation, Number(target)).then((ok) => ok && setTarget(''));
      }}
    >
      <h3>{t('review.evidence.claim')}</h3>
      <select value={target} aria-label={t('review.evidence.claim')} onChange={(e) => setTarget(e.target.value)}>
        <option value="">{t('review.evidence.chooseClaim')}</option>
        {others.map((c) => (
          <option key={c.id} value={c.id}>
            {`${t(`claim.status.${c.status}`)} · ${c.statement.length > 60 ? `${c.statement.slice(0, 60)}…` : c.statement}`}
          </option>
        ))}
      </select>
      <RelationSubmit relation={relation} onRelation={setRelation} disabled={!target} />
    </form>
  );
}
