import { useTranslation } from 'react-i18next';

/** Nothing to review: how many claims there are, where to see them, and how to make one. */
export function EmptyQueue({ total, filtered, onClearFilters, onDashboard }: { total: number | null; filtered: boolean; onClearFilters: () => void; onDashboard: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="empty-state review-empty" data-testid="review-empty">
      <div className="empty-art" aria-hidden>
        ✓
      </div>
      <h1>{filtered ? t('review.empty.filtered') : t('review.empty.title')}</h1>
      <p>
        {total === null ? '' : total === 0 ? t('review.empty.none') : t('review.empty.body', { count: total })} {t('review.empty.how')}
      </p>
      <div className="row">
        {filtered && (
          <button className="primary" onClick={onClearFilters}>
            {t('review.filter.clear')}
          </button>
        )}
        {total !== 0 && (
          <button className="ghost" onClick={onDashboard}>
            {t('review.empty.dashboard')}
          </button>
        )}
      </div>
    </div>
  );
}
