// Settings → Backups: when each backup was made, its size and what it holds, whether it was
// verified; Back up now, Restore… (asked first), Show in folder and Change folder (desktop).
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/model';
import { isDesktop } from '../../api';
import { OneFileInput } from '../../ui/OneFileInput';
import { useBackups } from './useBackups';
import './backups.css';

type Pending = { kind: 'named'; backup: BackupInfo } | { kind: 'file'; file: File } | null;

export function BackupsSection() {
  const { t, i18n } = useTranslation();
  const b = useBackups();
  const [pending, setPending] = useState<Pending>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const when = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  const counts = (x: { articles: number; highlights: number }) => ({ articles: t('backups.articles', { count: x.articles }), highlights: t('backups.highlights', { count: x.highlights }) });
  const busy = b.progress !== null;

  const confirm = () => {
    const p = pending;
    setPending(null);
    if (p?.kind === 'named') void b.restore(p.backup.name);
    if (p?.kind === 'file') void b.restoreFile(p.file);
  };

  return (
    <fieldset className="backups" data-testid="backups">
      <legend>{t('backups.title')}</legend>
      <small className="muted">{t('backups.hint')}</small>
      <div className="backups-actions">
        <button className="primary" disabled={busy} onClick={() => void b.backUpNow()} data-testid="backup-now">
          {b.progress ? t(b.progress.action === 'backup' ? 'backups.backingUp' : 'backups.restoring', { percent: Math.round(b.progress.fraction * 100) }) : t('backups.backUpNow')}
        </button>
        {isDesktop ? (
          <>
            <button disabled={busy} onClick={() => void b.showFolder()}>{t('backups.showInFolder')}</button>
            <button disabled={busy} onClick={() => void b.chooseFolder()}>{t('backups.chooseFolder')}</button>
          </>
        ) : (
          <button disabled={busy} onClick={() => fileInput.current?.click()}>{t('backups.restoreFile')}</button>
        )}
        <OneFileInput ref={fileInput} accept=".glossbackup" testId="backup-file-input" onFile={(file) => setPending({ kind: 'file', file })} />
      </div>
      {b.progress && <progress className="backups-progress" max={1} value={b.progress.fraction} />}
      {b.outcome?.kind === 'backedUp' && <p className="backups-outcome" role="status">{t('backups.done', counts(b.outcome.backup))}</p>}
      {b.outcome?.kind === 'failed' && <p className="backups-outcome error" role="alert">{t('backups.failed', { message: b.outcome.message })}</p>}
      {pending && (
        <div className="backups-confirm" role="alertdialog" aria-label={t('backups.confirm')} data-testid="restore-confirm">
          <strong>{pending.kind === 'named' ? t('backups.confirmTitle', { date: when(pending.backup.created) }) : t('backups.restoreFile')}</strong>
          <p>{pending.kind === 'named' ? t('backups.confirmBody', counts(pending.backup)) : t('backups.confirmFile', { name: pending.file.name })}</p>
          <div className="row end">
            <button onClick={() => setPending(null)}>{t('backups.cancel')}</button>
            <button className="primary danger" onClick={confirm} data-testid="restore-confirm-button">{t('backups.confirm')}</button>
          </div>
        </div>
      )}
      {b.backups?.length === 0 && <p className="muted">{t('backups.none')}</p>}
      {b.backups && b.backups.length > 0 && (
        <ul className="backups-list">
          {b.backups.map((backup) => (
            <li key={backup.name} data-testid="backup-row">
              <div className="backup-main">
                <span className="backup-date">{when(backup.created)}</span>
                <span className={`backup-badge${backup.verified ? '' : ' bad'}`}>{backup.verified ? t('backups.verified') : t('backups.unreadable')}</span>
                {backup.kind === 'before-restore' && <span className="backup-badge quiet">{t('backups.beforeRestore')}</span>}
              </div>
              <div className="backup-meta muted">
                {backup.verified ? `${counts(backup).articles} · ${counts(backup).highlights} · ` : ''}
                {size(backup.bytes)}
              </div>
              {backup.verified && (
                <button className="ghost backup-restore" disabled={busy} onClick={() => setPending({ kind: 'named', backup })}>
                  {t('backups.restore')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {b.folder && <small className="muted backups-folder" title={b.folder}>{t('backups.folder', { folder: b.folder })}</small>}
    </fieldset>
  );
}

function size(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
