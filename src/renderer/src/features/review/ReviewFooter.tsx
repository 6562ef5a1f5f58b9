import { useTranslation } from 'react-i18next';
import { formatDate } from '../../ui/format';
import type { Notice, Undoable } from './useReviewHistory';

function StatusLine({ notice, canUndo }: { notice: Notice | null; canUndo: boolean }) {
  const { t, i18n } = useTranslation();
  const describe = (a: Undoable) => {
    if (a.kind === 'decide') return t('review.done.decided', { status: t(`claim.status.${a.status}`) });
    if (a.kind === 'later') return t('review.done.snoozed', { date: formatDate(a.until, i18n.language) });
    if (a.kind === 'link') return t('review.done.linked', { relation: t(`claim.relation.${a.evidence.relation}`) });
    return t('review.done.unlinked');
  };
  let text = '';
  let failed = false;
  if (!notice) text = '';
  else if ('failed' in notice) {
    text = t('review.done.failed', { message: notice.failed });
    failed = true;
  } else if ('nothing' in notice) text = t('review.done.nothing');
  else if ('checkAgain' in notice) text = t('review.done.checkAgain');
  else text = notice.undone ? t('review.done.undone', { what: describe(notice.action) }) : describe(notice.action);
  return (
    <p className={`status-line${failed ? ' error' : ''}`} role="status" aria-live="polite" data-testid="review-status">
      {text}
      {text && !failed && canUndo && <span className="muted"> · {t('review.done.undoHint')}</span>}
    </p>
  );
}

function KeyLegend() {
  const { t } = useTranslation();
  const keys: [string, string][] = [
    ['1–5', t('review.keys.decide')],
    ['␣', t('review.keys.later')],
    ['⇧␣', t('review.keys.nextWeek')],
    ['e', t('review.keys.note')],
    ['l', t('review.keys.link')],
    ['o', t('review.keys.open')],
    ['j k', t('review.keys.move')],
    ['u', t('review.keys.undo')],
  ];
  return (
    <dl className="key-legend" data-testid="key-legend">
      {keys.map(([k, what]) => (
        <div key={k}>
          <dt>
            {k.split(' ').map((one) => (
              <kbd key={one}>{one}</kbd>
            ))}
          </dt>
          <dd>{what}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The bottom of the review: what just happened, and the keys. */
export function ReviewFooter({ notice, canUndo }: { notice: Notice | null; canUndo: boolean }) {
  return (
    <footer className="review-footer">
      <StatusLine notice={notice} canUndo={canUndo} />
      <KeyLegend />
    </footer>
  );
}
