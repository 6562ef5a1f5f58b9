import { useTranslation } from 'react-i18next';
import type { HighlightColor } from '../../../../shared/model';
import { COLORS } from './colors';

/** The small toolbar at a selection: a colour to highlight with, or straight to a note, tags or a claim. */
export function SelectionToolbar({ top, left, onColor, onNote, onTags, onClaim }: {
  top: number;
  left: number;
  onColor: (c: HighlightColor) => void;
  onNote: () => void;
  onTags: () => void;
  onClaim: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="selection-toolbar" style={{ top, left }} data-testid="selection-toolbar" onMouseDown={(e) => e.preventDefault()}>
      {COLORS.map((c, i) => (
        <button key={c} className={`swatch hl-${c}`} aria-label={`${t('annotations.highlightIn', { color: t(`annotations.colors.${c}`) })} (${i === 0 ? 'h, ' : ''}${i + 1})`} title={`${t(`annotations.colors.${c}`)} · ${i === 0 ? 'h / ' : ''}${i + 1}`} onClick={() => onColor(c)} />
      ))}
      <span className="divider" />
      <button className="text" onClick={onNote} title="n">
        {t('annotations.note')}
      </button>
      <button className="text" onClick={onTags} title="t">
        {t('annotations.tags')}
      </button>
      <button className="text claim-button" onClick={onClaim} title={`${t('annotations.claims.makeHint')} · c`}>
        {t('annotations.claims.title')}
      </button>
    </div>
  );
}
