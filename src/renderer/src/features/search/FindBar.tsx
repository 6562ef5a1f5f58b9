import { useTranslation } from 'react-i18next';
import type { SearchMarks } from './useSearchMarks';

/** Above an article opened from a search: the query, where the reader is among its matches, and n/N. */
export function FindBar({ q, found, onClose }: { q: string; found: SearchMarks; onClose: () => void }) {
  const { t } = useTranslation();
  const total = found.matches.length;
  return (
    <div className="find-bar" data-testid="find-bar" onClick={(e) => e.stopPropagation()}>
      <span className="find-query">“{q}”</span>
      <span className="muted" data-testid="find-position">
        {total === 0 ? t('search.none') : t('search.position', { current: (found.current ?? -1) + 1 || '–', total })}
      </span>
      <button className="icon" aria-label={t('search.previous')} title={t('search.previous')} disabled={total === 0} onClick={() => found.step(-1)}>
        ↑
      </button>
      <button className="icon" aria-label={t('search.next')} title={t('search.next')} disabled={total === 0} onClick={() => found.step(1)}>
        ↓
      </button>
      <button className="icon" aria-label={t('search.close')} title={t('search.close')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
