import { useTranslation } from 'react-i18next';
import type { ClaimChange } from '../../../../shared/model';

/** Every status change, newest first; an undo is shown as one, since the history is never rewritten. */
export function ClaimHistory({ history }: { history: ClaimChange[] }) {
  const { t, i18n } = useTranslation();
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const status = (s: ClaimChange['status']) => t(`claim.status.${s}`);
  return (
    <ol className="history" data-testid="claim-history">
      {[...history].reverse().map((c) => (
        <li key={c.id} className={`history-entry claim-${c.status}${c.undoes !== null ? ' undo' : ''}`}>
          <span className="history-dot" aria-hidden />
          <div>
            <strong>{c.undoes !== null ? t('review.card.undo', { status: status(c.status) }) : c.previous === null ? t('review.card.made', { status: status(c.status) }) : status(c.status)}</strong>
            {c.undoes === null && c.previous !== null && <span className="muted"> · {t('review.card.from', { status: status(c.previous) })}</span>}
            <time className="muted" dateTime={c.at}>
              {' · '}
              {when.format(new Date(c.at))}
            </time>
            {c.reason && <p className="history-reason">{c.reason}</p>}
          </div>
        </li>
      ))}
    </ol>
  );
}
