import { useTranslation } from 'react-i18next';
import { CLAIM_STATUSES, type ClaimStats, type ClaimStatus } from '../../../../shared/model';

/**
 * Per subject, one horizontal bar of its claims stacked by status. Bars share one scale (the
 * largest subject), so subjects compare by length; each segment opens the queue on it.
 */
export function StatusBars({ subjects, onOpen }: { subjects: ClaimStats['bySubject']; onOpen: (tag: string, status?: ClaimStatus) => void }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...subjects.map((s) => s.total));
  return (
    <div className="status-bars" data-testid="status-bars">
      <ul className="legend" aria-hidden>
        {CLAIM_STATUSES.map((s) => (
          <li key={s} className={`claim-${s}`}>
            <span className="swatch-dot" />
            {t(`claim.status.${s}`)}
          </li>
        ))}
      </ul>
      <ul className="bars">
        {subjects.map((subject) => (
          <li key={subject.tag} className="bar-row" data-testid="subject-bar" data-tag={subject.tag}>
            <button className="bar-label" title={t('dashboard.open', { what: `#${subject.tag}` })} onClick={() => onOpen(subject.tag)}>
              #{subject.tag}
            </button>
            <div className="bar-track">
              <div className="bar-fill" style={{ width: `${(subject.total / max) * 100}%` }}>
                {CLAIM_STATUSES.filter((s) => subject.byStatus[s] > 0).map((s) => {
                  const label = t('dashboard.segment', { tag: subject.tag, status: t(`claim.status.${s}`), count: subject.byStatus[s] });
                  return (
                    <button
                      key={s}
                      className={`bar-segment claim-${s}`}
                      data-status={s}
                      style={{ flexGrow: subject.byStatus[s] }}
                      title={label}
                      aria-label={label}
                      onClick={() => onOpen(subject.tag, s)}
                    >
                      {subject.byStatus[s]}
                    </button>
                  );
                })}
              </div>
            </div>
            <span className="bar-total">{subject.total}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
