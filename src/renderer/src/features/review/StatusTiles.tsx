import { useTranslation } from 'react-i18next';
import { CLAIM_STATUSES, type ClaimStats, type ClaimStatus } from '../../../../shared/model';

/** How many claims stand at each status; a tile opens the queue on that status. */
export function StatusTiles({ stats, onOpen }: { stats: ClaimStats; onOpen: (status: ClaimStatus) => void }) {
  const { t } = useTranslation();
  return (
    <div className="status-tiles" data-testid="status-tiles">
      {CLAIM_STATUSES.map((s) => (
        <button key={s} className={`status-tile claim-${s}`} data-testid={`tile-${s}`} title={t('dashboard.open', { what: t(`claim.status.${s}`) })} onClick={() => onOpen(s)}>
          <span className="tile-count" data-testid="tile-count">
            {stats.byStatus[s]}
          </span>
          <span className="tile-label">{t(`claim.status.${s}`)}</span>
        </button>
      ))}
    </div>
  );
}
