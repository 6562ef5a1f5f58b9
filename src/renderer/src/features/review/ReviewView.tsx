// The review queue: one claim at a time, decided from the keyboard (keys in review-keys.ts).
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClaimDetail, ReviewFilter } from '../../../../shared/model';
import { call } from '../../api';
import { ClaimCard, type ClaimCardActions } from './ClaimCard';
import { EmptyQueue } from './EmptyQueue';
import { messageOf } from './errors';
import { EvidencePanel, type EvidencePanelHandle } from './EvidencePanel';
import { ReviewFilters } from './ReviewFilters';
import { ReviewFooter } from './ReviewFooter';
import { isTyping } from '../../ui/typing';
import { reviewAction } from './review-keys';
import { useClaim } from './useClaim';
import { useFilterOptions } from './useFilterOptions';
import { useReviewActions } from './useReviewActions';
import type { ReviewHistory } from './useReviewHistory';
import { showsSettled, useReviewQueue } from './useReviewQueue';

/** Puts the caret at the end of an editable element (the note editor, on `e`). */
function focusAtEnd(el: HTMLElement) {
  el.focus();
  const range = document.createRange();
  range.selectNodeContents(el);
  range.collapse(false);
  const sel = window.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
}

interface Props {
  filter: ReviewFilter;
  /** Changes when the library does (an import may bring new material). */
  refreshKey: number;
  history: ReviewHistory;
  onFilter: (f: ReviewFilter) => void;
  onOpenReader: (claim: ClaimDetail) => void;
  onOpenArticle: (articleId: number) => void;
  onDashboard: () => void;
  onChanged: () => void;
}

export function ReviewView({ filter, refreshKey, history, onFilter, onOpenReader, onOpenArticle, onDashboard, onChanged }: Props) {
  const { t } = useTranslation();
  const queue = useReviewQueue(filter, refreshKey);
  const shown = useClaim(queue.current?.id ?? null);
  const [changes, setChanges] = useState(0);
  const changed = useCallback(() => {
    setChanges((n) => n + 1);
    onChanged();
  }, [onChanged]);
  const actions = useReviewActions(queue, shown, history, changed);
  const options = useFilterOptions(`${refreshKey}:${changes}`);
  const [reason, setReason] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const panel = useRef<EvidencePanelHandle>(null);
  const claim = shown.claim;
  const settled = showsSettled(filter);

  useEffect(() => setReason(''), [claim?.id]);

  const decide = useCallback(
    (c: ClaimDetail, status: ClaimDetail['status']) => {
      void actions.decide(c.id, status, reason);
      setReason('');
    },
    [actions, reason],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // A dialog over the review (search, settings) has the keys.
      if (e.defaultPrevented || document.querySelector('[aria-modal="true"]')) return;
      if (isTyping(e.target)) {
        if (e.key === 'Escape' && root.current?.contains(e.target as Node)) (e.target as HTMLElement).blur();
        return;
      }
      const action = reviewAction(e);
      if (!action) return;
      if (action.do === 'move') queue.move(action.by);
      else if (action.do === 'undo') void actions.undo();
      else if (!claim) return;
      else if (action.do === 'decide') decide(claim, action.status);
      else if (action.do === 'later') void actions.later(claim.id, claim.snoozedUntil, action.days);
      else if (action.do === 'note') {
        const editor = root.current?.querySelector<HTMLElement>('[data-testid="claim-note"]');
        if (editor) focusAtEnd(editor);
      } else if (action.do === 'link') panel.current?.focus();
      else if (action.do === 'open') onOpenReader(claim);
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [queue, actions, claim, decide, onOpenReader]);

  const failed = (e: unknown) => history.setNotice({ failed: messageOf(e) });
  const cardActions: ClaimCardActions | null = claim && {
    onStatement: (statement) =>
      void call('updateClaim', { id: claim.id, statement })
        .then(() => Promise.all([shown.reload(), queue.reload()]))
        .catch(failed),
    onNote: (id, note, noteText) => void call('updateClaim', { id, note, noteText }).catch(failed),
    onCheckAgain: (day) => void actions.setCheckAgain(claim.id, day),
    onDecide: (status) => decide(claim, status),
    onLater: (days) => void actions.later(claim.id, claim.snoozedUntil, days),
    onUnlink: (e) => void actions.unlink(claim.id, e),
    onOpen: () => onOpenReader(claim),
    onOpenArticle,
    onTag: (tag) => onFilter({ ...filter, tag }),
  };

  const count = queue.claims?.length ?? 0;
  let body: React.ReactNode;
  if (queue.error) {
    body = (
      <div className="empty-state" role="alert">
        <h1>{t('error.title')}</h1>
        <p>{t('review.failed', { message: queue.error })}</p>
        <button className="primary" onClick={() => void queue.reload()}>
          {t('review.retry')}
        </button>
      </div>
    );
  } else if (queue.claims === null) {
    body = <p className="review-loading muted">{t('review.loading')}</p>;
  } else if (count === 0) {
    body = <EmptyQueue total={options?.stats.total ?? null} filtered={Object.keys(filter).length > 0} onClearFilters={() => onFilter({})} onDashboard={onDashboard} />;
  } else {
    body = (
      <div className="review-body">
        <div className="review-main">
          {shown.error ? (
            <p className="error" role="alert">
              {t('review.failed', { message: shown.error })}
            </p>
          ) : claim && cardActions ? (
            <ClaimCard claim={claim} reason={reason} onReason={setReason} actions={cardActions} />
          ) : (
            <p className="review-loading muted">{t('review.loading')}</p>
          )}
        </div>
        {claim && (
          <EvidencePanel
            ref={panel}
            claimId={claim.id}
            suggestions={shown.suggestions}
            error={shown.suggestionsError}
            onLink={(s, relation) => void actions.link(claim.id, relation, s.highlightId !== null ? { highlightId: s.highlightId } : { articleId: s.articleId, start: s.start, end: s.end })}
            onLinkWeb={(relation, url, title) => actions.link(claim.id, relation, { url, title })}
            onLinkClaim={(relation, target) => actions.link(claim.id, relation, { claimId: target })}
          />
        )}
      </div>
    );
  }

  return (
    <div className="review" ref={root} data-testid="review">
      <header className="review-header">
        <div className="review-count">
          <h1 data-testid="review-count">{settled ? t('review.matching', { count }) : t('review.due', { count })}</h1>
          {count > 0 && <span className="muted">{t('review.position', { current: queue.index + 1, total: count })}</span>}
        </div>
        <ReviewFilters filter={filter} options={options} onFilter={onFilter} />
        <p className="review-order muted">{settled ? t('review.settled') : t('review.order')}</p>
      </header>
      {body}
      <ReviewFooter notice={history.notice} canUndo={history.canUndo} />
    </div>
  );
}
