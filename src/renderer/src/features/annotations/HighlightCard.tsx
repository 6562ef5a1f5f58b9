// One highlight's controls: colour, note, tags, delete (the popover on a click, and the
// toolbar's note/tag steps after creating one).
import { useTranslation } from 'react-i18next';
import type { Highlight } from '../../../../shared/model';
import { COLORS } from './colors';
import { NoteEditor } from './NoteEditor';
import { TagInput } from './TagInput';
import type { Annotations } from './useAnnotations';

export function HighlightCard({ highlight, annotations, focus, onClose }: { highlight: Highlight; annotations: Annotations; focus?: 'note' | 'tags'; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="highlight-card" data-testid="highlight-card" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="swatches" role="radiogroup" aria-label={t('annotations.color')}>
        {COLORS.map((c, i) => (
          <button key={c} role="radio" aria-checked={highlight.color === c} aria-label={`${t(`annotations.colors.${c}`)} (${i + 1})`} className={`swatch hl-${c}${highlight.color === c ? ' active' : ''}`} onClick={() => void annotations.recolor(highlight, c)} />
        ))}
        <span className="spacer" />
        <button className="ghost danger" data-testid="delete-highlight" onClick={() => void annotations.remove(highlight).then(onClose)}>
          {t('annotations.delete')}
        </button>
      </div>
      <NoteEditor
        key={highlight.id}
        value={highlight.note}
        placeholder={t('annotations.notePlaceholder')}
        autoFocus={focus === 'note'}
        testId="note-editor"
        onSave={(doc, text) => void annotations.saveNote(highlight, doc, text)}
      />
      <TagInput tags={highlight.tags} known={annotations.tags} autoFocus={focus === 'tags'} onChange={(tags) => void annotations.retag(highlight, tags)} />
    </div>
  );
}
