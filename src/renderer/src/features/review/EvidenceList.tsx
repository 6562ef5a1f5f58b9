import { useTranslation } from 'react-i18next';
import type { CitedBy, Evidence } from '../../../../shared/model';
import { isAllowedLink } from '../../../../shared/reading/urls';
import { ClaimBadge } from '../../ui/ClaimBadge';

export function RelationBadge({ relation }: { relation: Evidence['relation'] }) {
  const { t } = useTranslation();
  return <span className={`relation-badge relation-${relation}`}>{t(`claim.relation.${relation}`)}</span>;
}

function Target({ e }: { e: Evidence }) {
  if (e.kind === 'url') {
    const label = e.title || e.url;
    return e.url && isAllowedLink(e.url) ? (
      <a href={e.url} target="_blank" rel="noopener noreferrer" className="evidence-quote">
        {label} ↗
      </a>
    ) : (
      <span className="evidence-quote">{label}</span>
    );
  }
  return (
    <>
      <span className="evidence-quote">
        {e.status && <ClaimBadge status={e.status} />} {e.quote}
      </span>
      {e.articleTitle && <span className="evidence-article muted">{e.articleTitle}</span>}
    </>
  );
}

/** The claim's evidence, each with how it bears on the claim and a way to take it off. */
export function EvidenceList({ evidence, onRemove }: { evidence: Evidence[]; onRemove: (e: Evidence) => void }) {
  const { t } = useTranslation();
  if (evidence.length === 0) return <p className="muted small">{t('review.card.noEvidence')}</p>;
  return (
    <ul className="evidence-list" data-testid="evidence-list">
      {evidence.map((e) => (
        <li key={e.id} className="evidence-item" data-testid="evidence" data-relation={e.relation}>
          <RelationBadge relation={e.relation} />
          <div className="evidence-body">
            <Target e={e} />
          </div>
          <button className="ghost small" title={t('review.card.removeTitle')} onClick={() => onRemove(e)}>
            {t('review.card.remove')}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Other claims that link to this one. */
export function CitedByList({ citedBy, onOpen }: { citedBy: CitedBy[]; onOpen: (c: CitedBy) => void }) {
  return (
    <ul className="evidence-list" data-testid="cited-by">
      {citedBy.map((c) => (
        <li key={c.evidenceId} className="evidence-item">
          <RelationBadge relation={c.relation} />
          <div className="evidence-body">
            <span className="evidence-quote">
              <ClaimBadge status={c.status} /> {c.statement}
            </span>
            <button className="link evidence-article" onClick={() => onOpen(c)}>
              {c.articleTitle}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
