import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { dismissUndo, runUndo, useUndo } from './undo';
import { isTyping } from '../../ui/typing';

/** The last library action with its Undo (also Ctrl+Z), for ten seconds. */
export function UndoToast() {
  const { t } = useTranslation();
  const entry = useUndo();

  useEffect(() => {
    if (!entry) return;
    const timer = window.setTimeout(() => dismissUndo(entry.id), 10_000);
    const onKey = (e: KeyboardEvent) => {
      // In the reader, Ctrl+Z belongs to its highlights' own undo.
      if (entry.undo && (e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z' && !isTyping(e.target) && !location.hash.startsWith('#/article/')) {
        e.preventDefault();
        void runUndo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('keydown', onKey);
    };
  }, [entry]);

  if (!entry) return null;
  return (
    <div className="undo-toast" role="status" data-testid="undo-toast">
      <span>{entry.message}</span>
      {entry.undo && (
        <button className="ghost" onClick={() => void runUndo()}>
          {t('shelf.undo')} <kbd>Ctrl Z</kbd>
        </button>
      )}
      <button className="icon" aria-label={t('app.dismiss')} onClick={() => dismissUndo(entry.id)}>
        ×
      </button>
    </div>
  );
}
