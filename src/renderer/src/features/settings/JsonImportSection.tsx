// Settings → Import: a Gloss JSON export (from this library or another) merged into this one,
// with what it added, or why nothing was.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_JSON_IMPORT_CHARS } from '../../../../shared/api';
import { OneFileInput } from '../../ui/OneFileInput';
import { useJsonImport } from './useJsonImport';

export function JsonImportSection() {
  const { t } = useTranslation();
  const { state, importFile } = useJsonImport();
  const input = useRef<HTMLInputElement>(null);

  return (
    <fieldset className="backups json-import" data-testid="json-import">
      <legend>{t('jsonImport.title')}</legend>
      <small className="muted">{t('jsonImport.hint')}</small>
      <div className="backups-actions">
        <button disabled={state.phase === 'running'} onClick={() => input.current?.click()} data-testid="json-import-button">
          {state.phase === 'running' ? t('jsonImport.running', { name: state.name }) : t('jsonImport.choose')}
        </button>
        <OneFileInput ref={input} accept=".json,application/json" testId="json-import-input" onFile={(file) => void importFile(file)} />
      </div>
      {state.phase === 'done' && (
        <p className="backups-outcome" role="status" data-testid="json-import-outcome">
          {t('jsonImport.done', {
            articles: t('jsonImport.articles', { count: state.summary.articles.added }),
            highlights: t('jsonImport.highlights', { count: state.summary.highlights.added }),
            claims: t('jsonImport.claims', { count: state.summary.claims.added }),
            existing: state.summary.articles.existing + state.summary.highlights.existing + state.summary.claims.existing,
          })}
        </p>
      )}
      {(state.phase === 'refused' || state.phase === 'tooLarge') && (
        <p className="backups-outcome error" role="alert" data-testid="json-import-outcome">
          {state.phase === 'tooLarge' ? t('jsonImport.tooLarge', { name: state.name, mb: MAX_JSON_IMPORT_CHARS / 1024 / 1024 }) : t('jsonImport.refused', { name: state.name })}
          {state.phase === 'refused' && <small className="json-import-reason">{state.reason}</small>}
        </p>
      )}
    </fieldset>
  );
}
