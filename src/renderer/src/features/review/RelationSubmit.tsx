import { useTranslation } from 'react-i18next';
import { EVIDENCE_RELATIONS, type EvidenceRelation } from '../../../../shared/model';

/** How the evidence bears on the claim, and the button that links it: the foot of both link forms. */
export function RelationSubmit({ relation, onRelation, disabled }: { relation: EvidenceRelation; onRelation: (r: EvidenceRelation) => void; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="row">
      <select value={relation} aria-label={t('review.evidence.relation')} onChange={(e) => onRelation(e.target.value as EvidenceRelation)}>
        {EVIDENCE_RELATIONS.map((r) => (
          <option key={r} value={r}>
            {t(`claim.relation.${r}`)}
          </option>
        ))}
      </select>
      <button className="primary" type="submit" disabled={disabled}>
        {t('review.evidence.link')}
      </button>
    </div>
  );
}
