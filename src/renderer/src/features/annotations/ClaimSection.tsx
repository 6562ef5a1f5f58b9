// A claim in its highlight's card: where it stands, what it says, and the way to the
// review queue. The statement starts as the quote and is restated here.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLAIM_STATUSES, type ClaimStatus, type Highlight } from '../../../../shared/model';
import { ClaimBadge } from '../../ui/ClaimBadge';
import type { Annotations } from './useAnnotations';

export function ClaimSection({ highlight, status, statement, annotations, autoFocus }: { highlight: Highlight; status: ClaimStatus; statement: string; annotations: Annotations; autoFocus: boolean }) {
  const { t } = useTranslation();
  return (
    <section className={`claim-section claim-${status}`} data-testid="claim-section" aria-label={t('annotations.claims.title')}>
      <div className="claim-head">
        <span className="claim-label">{t('annotations.claims.title')}</span>
        <ClaimBadge status={status} />
        <span className="spacer" />
        <a className="claim-review" href={`#/review?article=${highlight.articleId}`}>
          {t('annotations.claims.review')} →
        </a>
      </div>
      <ClaimStatement statement={statement} autoFocus={autoFocus} onSave={(text) => void annotations.restate(highlight, text)} />
      <div className="claim-foot">
        <select className="claim-status" aria-label={t('annotations.claims.status')} value={status} data-testid="claim-status" onChange={(e) => void annotations.decide(highlight, e.target.value as ClaimStatus)}>
          {CLAIM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`claim.status.${s}`)}
            </option>
          ))}
        </select>
        <span className="spacer" />
        <button className="ghost danger" data-testid="remove-claim" onClick={() => void annotations.unclaim(highlight)}>
          {t('annotations.claims.remove')}
        </button>
      </div>
    </section>
  );
}

/** The statement as the reader restates it: saved on Enter, on leaving the field and on Esc. */
function ClaimStatement({ statement, autoFocus, onSave }: { statement: string; autoFocus: boolean; onSave: (text: string) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(statement);
  // A statement saved (or undone) elsewhere replaces the draft, without remounting the field and losing focus.
  const [stored, setStored] = useState(statement);
  if (stored !== statement) {
    setStored(statement);
    setDraft(statement);
  }
  const save = () => {
    const text = draft.trim();
    // A statement cannot be empty: clearing the field gives back the one stored.
    if (!text) setDraft(statement);
    else if (text !== statement) onSave(text);
  };
  return (
    <textarea
      className="claim-statement-input"
      data-testid="claim-statement"
      aria-label={t('annotations.claims.statement')}
      placeholder={t('annotations.claims.statement')}
      value={draft}
      rows={3}
      autoFocus={autoFocus}
      // The cursor at the end, ready to restate: focus alone would select nothing and start at 0.
      onFocus={(e) => e.currentTarget.setSelectionRange(e.currentTarget.value.length, e.currentTarget.value.length)}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
          e.preventDefault();
          save();
        } else if (e.key === 'Escape') save();
      }}
    />
  );
}
