// One highlight's controls: colour, claim, note, tags, delete (the popover on a click, and
// the toolbar's note/tag/claim steps after creating one).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Highlight } from '../../../../shared/model';
import { ClaimSection } from './ClaimSection';
import { COLORS } from './colors';
import { NoteEditor } from './NoteEditor';
import { TagInput } from './TagInput';
import { isTyping } from '../../ui/typing';
import { notebookTagHash } from '../../ui/notebook-link';
import type { Annotations } from './useAnnotations';

export type CardFocus = 'note' | 'tags' | 'statement';

export function HighlightCard({ highlight, annotations, focus, onClose }: { highlight: Highlight; annotations: Annotations; focus?: CardFocus; onClose: () => void }) {
  const { t } = useTranslation();
  // A highlight that is a claim is deleted only once the reader has said so.
  const [confirming, setConfirming] = useState(false);
  const [claimedHere, setClaimedHere] = useState(false);
  const claim = highlight.claim;

  const makeClaim = async () => {
    if (await annotations.claim(highlight)) setClaimedHere(true);
  };
  const remove = () => void annotations.remove(highlight).then(onClose);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      // Esc closes the card only: the reader stays open.
      e.stopPropagation();
      onClose();
    } else if (e.key === 'c' && !claim && !isTyping(e.target) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      e.stopPropagation();
      void makeClaim();
    }
  };

  return (
    <div className="highlight-card" data-testid="highlight-card" onKeyDown={onKeyDown}>
      <div className="swatches" role="radiogroup" aria-label={t('annotations.color')}>
        {COLORS.map((c, i) => (
          <button key={c} role="radio" aria-checked={highlight.color === c} aria-label={`${t(`annotations.colors.${c}`)} (${i + 1})`} className={`swatch hl-${c}${highlight.color === c ? ' active' : ''}`} onClick={() => void annotations.recolor(highlight, c)} />
        ))}
        <span className="spacer" />
        <button className="ghost danger" data-testid="delete-highlight" aria-expanded={claim ? confirming : undefined} onClick={() => (claim ? setConfirming(true) : remove())}>
          {t('annotations.delete')}
        </button>
      </div>
      {claim && confirming && (
        <div className="confirm-delete" role="group" data-testid="confirm-delete">
          <p>{t('annotations.claims.confirmDelete', { status: t(`claim.status.${claim.status}`) })}</p>
          <div className="row end">
            <button className="ghost" autoFocus onClick={() => setConfirming(false)}>
              {t('annotations.claims.keep')}
            </button>
            <button className="ghost danger" onClick={remove}>
              {t('annotations.delete')}
            </button>
          </div>
        </div>
      )}
      {claim ? (
        <ClaimSection
          highlight={highlight}
          status={claim.status}
          statement={annotations.claims.get(highlight.id)?.statement ?? highlight.quote}
          annotations={annotations}
          autoFocus={focus === 'statement' || claimedHere}
        />
      ) : (
        <button className="ghost make-claim" data-testid="make-claim" onClick={() => void makeClaim()}>
          {t('annotations.claims.make')} <kbd>c</kbd>
        </button>
      )}
      <NoteEditor
        key={highlight.id}
        value={highlight.note}
        placeholder={t('annotations.notePlaceholder')}
        autoFocus={focus === 'note'}
        testId="note-editor"
        onSave={(doc, text) => void annotations.saveNote(highlight, doc, text)}
      />
      <TagInput tags={highlight.tags} known={annotations.tags} autoFocus={focus === 'tags'} linkTo={notebookTagHash} onChange={(tags) => void annotations.retag(highlight, tags)} />
    </div>
  );
}
