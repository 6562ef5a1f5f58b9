import { useTranslation } from 'react-i18next';
import type { ClaimStatus } from '../../../../shared/model';
import { DECISION_KEYS } from './review-keys';

/** The verdicts, each on its key, the two ways to put the claim off, and an optional reason. */
export function DecisionBar({ status, reason, onReason, onDecide, onLater }: { status: ClaimStatus; reason: string; onReason: (r: string) => void; onDecide: (s: ClaimStatus) => void; onLater: (days: number) => void }) {
  const { t } = useTranslation();
  return (
    <div className="decision-bar" role="group" aria-label={t('review.card.decide')}>
      <div className="decisions">
        {DECISION_KEYS.map(([key, s]) => (
          <button key={s} className={`decision claim-${s}${s === status ? ' current' : ''}`} data-testid={`decide-${s}`} onClick={() => onDecide(s)}>
            <kbd>{key}</kbd>
            {t(`claim.status.${s}`)}
          </button>
        ))}
      </div>
      <div className="decisions">
        <input
          className="reason"
          value={reason}
          placeholder={t('review.card.reasonPlaceholder')}
          aria-label={t('review.card.reasonLabel')}
          maxLength={2000}
          onChange={(e) => onReason(e.target.value)}
          // Done writing: back to the keys, so the next one decides.
          onKeyDown={(e) => (e.key === 'Enter' || e.key === 'Escape') && !e.nativeEvent.isComposing && e.currentTarget.blur()}
        />
        <button className="decision later" onClick={() => onLater(1)}>
          <kbd>␣</kbd>
          {t('review.card.later')}
        </button>
        <button className="decision later" onClick={() => onLater(7)}>
          <kbd>⇧␣</kbd>
          {t('review.card.nextWeek')}
        </button>
      </div>
    </div>
  );
}
