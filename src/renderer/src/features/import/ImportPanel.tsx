import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../../shared/model';
import type { ImportState } from './useImport';

const ICON: Record<ImportResult['status'], string> = { imported: '✓', duplicate: '=', updated: '↻', error: '✗', skipped: '–' };
// Failures first, then what was not an article, then the rest.
const ORDER: Record<ImportResult['status'], number> = { error: 0, skipped: 1, imported: 2, updated: 2, duplicate: 2 };

export function ImportPanel({ state, dragging, onCancel, onClose }: { state: ImportState; dragging: boolean; onCancel: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      {dragging && (
        <div className="drop-overlay" data-testid="drop-overlay">
          <div>
            <strong>{t('import.dropHere')}</strong>
            <span>{t('import.dropHint')}</span>
          </div>
        </div>
      )}
      {(state.phase === 'reading' || state.phase === 'running') && (
        <aside className="import-toast" role="status" data-testid="import-progress">
          {state.phase === 'reading' || !state.progress ? (
            <p>{t('import.reading')}</p>
          ) : (
            <>
              <p>{t('import.progress', { done: state.progress.done, total: state.progress.total })}</p>
              <progress max={state.progress.total} value={state.progress.done} />
              <p className="muted ellipsis">{t('import.current', { name: state.progress.path.split(/[\\/]/).pop() })}</p>
            </>
          )}
          <button className="ghost" onClick={onCancel}>
            {t('import.cancel')}
          </button>
        </aside>
      )}
      {state.phase === 'failed' && (
        <aside className="import-toast error" role="alert">
          <p>{state.message}</p>
          <button className="ghost" onClick={onClose}>
            {t('import.close')}
          </button>
        </aside>
      )}
      {state.phase === 'done' && (
        <aside className="import-results" data-testid="import-results" aria-label={t('import.finished')}>
          <header>
            <div>
              <h2>{state.summary.cancelled ? t('import.cancelled') : t('import.finished')}</h2>
              <p className="muted" data-testid="import-summary">
                {t('import.summary', { imported: state.summary.imported, duplicate: state.summary.duplicate, updated: state.summary.updated, failed: state.summary.failed })}
                {state.summary.skipped > 0 && ` · ${t('import.summarySkipped', { count: state.summary.skipped })}`}
              </p>
            </div>
            <button className="icon" aria-label={t('import.close')} onClick={onClose}>
              ×
            </button>
          </header>
          <ul>
            {[...state.summary.results]
              .sort((a, b) => ORDER[a.status] - ORDER[b.status])
              .map((r) => (
                <li key={r.path} className={`result ${r.status}`}>
                  <span className="result-icon" title={t(`import.${r.status}`)}>
                    {ICON[r.status]}
                  </span>
                  <span className="result-body">
                    <span className="ellipsis">{r.title ?? r.path.split(/[\\/]/).pop()}</span>
                    {r.status === 'skipped' ? <span className="result-skipped">{t('import.skippedReason')}</span> : r.error && <span className="result-error">{r.error}</span>}
                    {r.warnings.length > 0 && <span className="result-warning">{r.warnings.join('; ')}</span>}
                  </span>
                </li>
              ))}
          </ul>
        </aside>
      )}
    </>
  );
}
