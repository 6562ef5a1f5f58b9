import { useTranslation } from 'react-i18next';
import { CLAIM_STATUSES, type ClaimStatus, type ReviewFilter } from '../../../../shared/model';
import type { FilterOptions } from './useFilterOptions';

interface Choice {
  value: string;
  label: string;
}

function Select({ label, value, choices, onChange, testId }: { label: string; value: string; choices: Choice[]; onChange: (v: string) => void; testId: string }) {
  const { t } = useTranslation();
  // A value from the address that the options do not (yet) hold still shows as chosen.
  const all = value && !choices.some((c) => c.value === value) ? [{ value, label: value }, ...choices] : choices;
  return (
    <label className={`review-filter${value ? ' set' : ''}`}>
      <span>{label}</span>
      <select
        value={value}
        data-testid={testId}
        onChange={(e) => {
          onChange(e.target.value);
          // Back to the review's keys once a choice is made.
          e.target.blur();
        }}
      >
        <option value="">{t('review.filter.any')}</option>
        {all.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function ReviewFilters({ filter, options, onFilter }: { filter: ReviewFilter; options: FilterOptions | null; onFilter: (f: ReviewFilter) => void }) {
  const { t } = useTranslation();
  const set = (changes: Partial<ReviewFilter>) => {
    const next: ReviewFilter = { ...filter, ...changes };
    for (const k of Object.keys(next) as (keyof ReviewFilter)[]) if (next[k] === undefined) delete next[k];
    onFilter(next);
  };
  const stats = options?.stats;
  const any = Object.keys(filter).length > 0;
  return (
    <div className="review-filters" data-testid="review-filters">
      <Select
        label={t('review.filter.tag')}
        testId="filter-tag"
        value={filter.tag ?? ''}
        choices={(stats?.bySubject ?? []).map((s) => ({ value: s.tag, label: `${s.tag} (${s.total})` }))}
        onChange={(v) => set({ tag: v || undefined })}
      />
      <Select
        label={t('review.filter.status')}
        testId="filter-status"
        value={filter.status ?? ''}
        choices={CLAIM_STATUSES.map((s) => ({ value: s, label: stats ? `${t(`claim.status.${s}`)} (${stats.byStatus[s]})` : t(`claim.status.${s}`) }))}
        onChange={(v) => set({ status: (v as ClaimStatus) || undefined })}
      />
      <Select
        label={t('review.filter.site')}
        testId="filter-site"
        value={filter.site ?? ''}
        choices={(stats?.sites ?? []).map((s) => ({ value: s.site, label: `${s.site} (${s.total})` }))}
        onChange={(v) => set({ site: v || undefined })}
      />
      <Select
        label={t('review.filter.article')}
        testId="filter-article"
        value={filter.articleId === undefined ? '' : String(filter.articleId)}
        choices={(options?.articles ?? []).map((a) => ({ value: String(a.id), label: a.title }))}
        onChange={(v) => set({ articleId: v ? Number(v) : undefined })}
      />
      {any && (
        <button className="ghost small" onClick={() => onFilter({})}>
          {t('review.filter.clear')}
        </button>
      )}
    </div>
  );
}
