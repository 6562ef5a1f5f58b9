// The claims page: the queue and the dashboard as two tabs, each with its own address
// (#/review?… and #/claims), so a reload or the back button returns to the same one.
import { useTranslation } from 'react-i18next';
import type { ClaimDetail, ReviewFilter } from '../../../../shared/model';
import { Dashboard } from './Dashboard';
import { ReviewView } from './ReviewView';
import type { ReviewHistory } from './useReviewHistory';
import './review.css';

interface Props {
  tab: 'queue' | 'dashboard';
  filter: ReviewFilter;
  refreshKey: number;
  history: ReviewHistory;
  onQueue: (filter: ReviewFilter) => void;
  onDashboard: () => void;
  onOpenReader: (claim: ClaimDetail) => void;
  onOpenArticle: (articleId: number) => void;
  onChanged: () => void;
}

export function ReviewPage({ tab, filter, refreshKey, history, onQueue, onDashboard, onOpenReader, onOpenArticle, onChanged }: Props) {
  const { t } = useTranslation();
  return (
    <div className="review-page">
      <nav className="review-tabs" role="tablist" aria-label={t('review.tabs.label')}>
        <button role="tab" aria-selected={tab === 'queue'} data-testid="tab-queue" onClick={() => onQueue(tab === 'queue' ? filter : {})}>
          {t('review.tabs.queue')}
        </button>
        <button role="tab" aria-selected={tab === 'dashboard'} data-testid="tab-dashboard" onClick={onDashboard}>
          {t('review.tabs.dashboard')}
        </button>
      </nav>
      {tab === 'queue' ? (
        <ReviewView
          filter={filter}
          refreshKey={refreshKey}
          history={history}
          onFilter={onQueue}
          onOpenReader={onOpenReader}
          onOpenArticle={onOpenArticle}
          onDashboard={onDashboard}
          onChanged={onChanged}
        />
      ) : (
        <Dashboard refreshKey={refreshKey} onOpenQueue={onQueue} />
      )}
    </div>
  );
}
