import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The claim as the user restates it, edited in place: saved on Enter or when leaving the field, Esc puts it back. */
export function StatementField({ statement, onSave }: { statement: string; onSave: (statement: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(statement);
  const save = () => {
    const next = text.trim();
    if (next && next !== statement) onSave(next);
    else setText(statement);
  };
  return (
    <textarea
      className="statement"
      data-testid="claim-statement"
      aria-label={t('review.card.statement')}
      title={t('review.card.statement')}
      value={text}
      rows={1}
      spellCheck={false}
      onChange={(e) => setText(e.target.value)}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
          e.preventDefault();
          e.currentTarget.blur();
        } else if (e.key === 'Escape') {
          e.stopPropagation();
          setText(statement);
          // Leave the field only once the old text is back, so blur does not save the edit.
          requestAnimationFrame(() => (e.target as HTMLTextAreaElement).blur());
        }
      }}
    />
  );
}
