import { useTranslation } from 'react-i18next';
import type { ClaimStatus, ReviewFilter } from '../../../../shared/model';
import { StatusBars } from './StatusBars';
import { StatusTiles } from './StatusTiles';
import { useClaimStats } from './useClaimStats';
import { WeeklyChart } from './WeeklyChart';

/** Where the claims stand: by status, by subject, by site, and how many were decided each week. */
export function Dashboard({ refreshKey, onOpenQueue }: { refreshKey: unknown; onOpenQueue: (filter: ReviewFilter) => void }) {
  const { t } = useTranslation();
  const { stats, error } = useClaimStats(refreshKey);
  if (error) {
    return (
      <p className="dashboard-message error" role="alert">
        {t('dashboard.failed', { message: error })}
      </p>
    );
  }
  if (!stats) return <p className="dashboard-message muted">{t('dashboard.loading')}</p>;
  if (stats.total === 0) return <p className="dashboard-message muted">{t('dashboard.empty')}</p>;
  const open = (tag: string, status?: ClaimStatus) => onOpenQueue({ tag, ...(status ? { status } : {}) });
  return (
    <div className="dashboard" data-testid="dashboard">
      <header className="dashboard-head">
        <h1>
          {t('dashboard.total', { count: stats.total })}
          <button className="link due-link" data-testid="dashboard-due" onClick={() => onOpenQueue({})}>
            {t('dashboard.due', { count: stats.due })} →
          </button>
        </h1>
      </header>
      <section>
        <h2>{t('dashboard.byStatus')}</h2>
        <StatusTiles stats={stats} onOpen={(status) => onOpenQueue({ status })} />
      </section>
      <div className="dashboard-columns">
        <section>
          <h2>{t('dashboard.bySubject')}</h2>
          {stats.bySubject.length > 0 ? <StatusBars subjects={stats.bySubject} onOpen={open} /> : <p className="muted small">{t('dashboard.noSubjects')}</p>}
        </section>
        <section>
          <h2>{t('dashboard.weekly')}</h2>
          <WeeklyChart weeks={stats.decisionsPerWeek} />
          {stats.decisionsPerWeek.every((w) => w.decisions === 0) && <p className="muted small">{t('dashboard.weeklyNone')}</p>}
          {stats.sites.length > 0 && (
            <>
              <h2>{t('dashboard.sites')}</h2>
              <ul className="site-list">
                {stats.sites.map((s) => (
                  <li key={s.site}>
                    <button className="link" title={t('dashboard.open', { what: s.site })} onClick={() => onOpenQueue({ site: s.site })}>
                      {s.site}
                    </button>
                    <span className="muted">{s.total}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      </div>
    </div>
  );
}
