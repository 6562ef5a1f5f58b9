import { useTranslation } from 'react-i18next';
import type { ClaimDetail, ClaimStatus, Evidence, ReadingDoc } from '../../../../shared/model';
import { ClaimBadge } from '../../ui/ClaimBadge';
import { NoteEditor } from '../annotations/NoteEditor';
import { ClaimHistory } from './ClaimHistory';
import { DecisionBar } from './DecisionBar';
import { DueLine } from './DueLine';
import { CitedByList, EvidenceList } from './EvidenceList';
import { Passage } from './Passage';
import { StatementField } from './StatementField';

export interface ClaimCardActions {
  onStatement: (statement: string) => void;
  onNote: (id: number, note: ReadingDoc | null, text: string) => void;
  onCheckAgain: (day: string | null) => void;
  onDecide: (status: ClaimStatus) => void;
  onLater: (days: number) => void;
  onUnlink: (e: Evidence) => void;
  onOpen: () => void;
  onOpenArticle: (articleId: number) => void;
  onTag: (tag: string) => void;
}

/** One claim, whole: what it says, where it comes from, what was found, and what was decided. */
export function ClaimCard({ claim, reason, onReason, actions }: { claim: ClaimDetail; reason: string; onReason: (r: string) => void; actions: ClaimCardActions }) {
  const { t } = useTranslation();
  return (
    <article className={`review-card claim-${claim.status}`} data-testid="review-card" data-claim={claim.id}>
      <header className="card-head">
        <ClaimBadge status={claim.status} />
        <DueLine claim={claim} />
      </header>
      <StatementField key={`${claim.id}:${claim.statement}`} statement={claim.statement} onSave={actions.onStatement} />
      <Passage claim={claim} onOpen={actions.onOpen} />
      <DecisionBar status={claim.status} reason={reason} onReason={onReason} onDecide={actions.onDecide} onLater={actions.onLater} />

      <section className="card-section">
        <h3>{t('review.card.note')}</h3>
        <NoteEditor key={claim.id} value={claim.note} placeholder={t('review.card.notePlaceholder')} testId="claim-note" onSave={(doc, text) => actions.onNote(claim.id, doc, text)} />
      </section>

      <section className="card-section">
        <h3>{t('review.card.evidence')}</h3>
        <EvidenceList evidence={claim.evidence} onRemove={actions.onUnlink} />
      </section>

      {claim.citedBy.length > 0 && (
        <section className="card-section">
          <h3>{t('review.card.citedBy')}</h3>
          <CitedByList citedBy={claim.citedBy} onOpen={(c) => actions.onOpenArticle(c.articleId)} />
        </section>
      )}

      <div className="card-columns">
        <section className="card-section">
          <h3>{t('review.card.subjects')}</h3>
          {claim.tags.length > 0 ? (
            <div className="row wrap">
              {claim.tags.map((tag) => (
                <button key={tag} className="chip" onClick={() => actions.onTag(tag)}>
                  #{tag}
                </button>
              ))}
            </div>
          ) : (
            <p className="muted small">{t('review.card.noSubjects')}</p>
          )}
        </section>
        <section className="card-section">
          <h3>
            <label htmlFor="check-again">{t('review.card.checkAgain')}</label>
          </h3>
          <div className="row">
            <input id="check-again" type="date" className="check-again" data-testid="check-again" value={claim.checkAgain ?? ''} onChange={(e) => actions.onCheckAgain(e.target.value || null)} />
            {claim.checkAgain && (
              <button className="ghost small" onClick={() => actions.onCheckAgain(null)}>
                {t('review.card.clear')}
              </button>
            )}
          </div>
        </section>
      </div>

      <section className="card-section">
        <h3>{t('review.card.history')}</h3>
        <ClaimHistory history={claim.history} />
      </section>
    </article>
  );
}
