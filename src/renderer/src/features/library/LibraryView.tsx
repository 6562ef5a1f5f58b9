import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../../shared/model';
import { call } from '../../api';
import { formatDate } from '../../ui/format';
import type { ArticleSort } from '../../../../shared/api';
import { isTyping } from '../../ui/typing';
import { ClaimCount } from './ClaimCount';
import { libraryOrder, rememberOrder } from '../../app/library-order';

export function LibraryView({ refreshKey, onOpen, onImportFiles, onImportFolder }: { refreshKey: number; onOpen: (id: number) => void; onImportFiles: () => void; onImportFolder: () => void }) {
  const { t, i18n } = useTranslation();
  const [sort, setSort] = useState<ArticleSort>(libraryOrder);
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [filter, setFilter] = useState('');
  const [selected, setSelected] = useState(0);
  const scroller = useRef<HTMLDivElement>(null);

  useEffect(() => {
    rememberOrder(sort);
    void call('listArticles', { sort }).then(setArticles);
  }, [sort, refreshKey]);

  const shown = useMemo(() => {
    const q = filter.trim().toLowerCase();
    if (!articles || !q) return articles ?? [];
    return articles.filter((a) => [a.title, a.author, a.site].some((v) => v?.toLowerCase().includes(q)));
  }, [articles, filter]);

  const rows = useVirtualizer({ count: shown.length, getScrollElement: () => scroller.current, estimateSize: () => 76, overscan: 12 });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || shown.length === 0) return;
      const move = e.key === 'j' || e.key === 'ArrowDown' ? 1 : e.key === 'k' || e.key === 'ArrowUp' ? -1 : 0;
      if (move) {
        e.preventDefault();
        setSelected((s) => {
          const next = Math.min(shown.length - 1, Math.max(0, s + move));
          rows.scrollToIndex(next, { align: 'auto' });
          return next;
        });
      } else if (e.key === 'Enter' && shown[selected]) onOpen(shown[selected].id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shown, selected, onOpen, rows]);

  if (articles === null) return <div className="library" />;
  if (articles.length === 0) {
    return (
      <div className="empty-state" data-testid="empty-state">
        <div className="empty-art" aria-hidden>
          ⇣
        </div>
        <h1>{t('library.emptyTitle')}</h1>
        <p>{t('library.emptyBody')}</p>
        <div className="row">
          <button className="primary" onClick={onImportFiles}>
            {t('library.importButton')}
          </button>
          <button className="ghost" onClick={onImportFolder}>
            {t('library.importFolder')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="library">
      <div className="library-toolbar">
        <h1>
          {t('app.library')} <span className="muted">{t('library.count', { count: articles.length })}</span>
        </h1>
        <input className="filter" type="search" value={filter} placeholder={t('library.filter')} onChange={(e) => setFilter(e.target.value)} />
        <label className="sort">
          {t('library.sort')}
          <select value={sort} onChange={(e) => setSort(e.target.value as ArticleSort)}>
            <option value="imported">{t('library.sortImported')}</option>
            <option value="published">{t('library.sortPublished')}</option>
            <option value="title">{t('library.sortTitle')}</option>
          </select>
        </label>
      </div>
      {shown.length === 0 && <p className="muted no-match">{t('library.noMatch', { filter })}</p>}
      <div className="library-list" ref={scroller} data-testid="library-list">
        <div style={{ height: rows.getTotalSize(), position: 'relative' }}>
          {rows.getVirtualItems().map((row) => {
            const a = shown[row.index];
            return (
              <button
                key={a.id}
                className={`article-row${row.index === selected ? ' selected' : ''}`}
                style={{ transform: `translateY(${row.start}px)`, height: row.size }}
                onClick={() => onOpen(a.id)}
                onMouseEnter={() => setSelected(row.index)}
              >
                <span className="article-title">{a.title}</span>
                <span className="article-meta">
                  <span className="ellipsis">
                    {[a.site ?? a.author, a.site && a.author !== a.site ? a.author : null, formatDate(a.date, i18n.language), t('library.chars', { count: a.chars })]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                  {a.claims > 0 && <ClaimCount claims={a.claims} open={a.openClaims} />}
                </span>
              </button>
            );
          })}
        </div>
      </div>
    </div>
  );
}
