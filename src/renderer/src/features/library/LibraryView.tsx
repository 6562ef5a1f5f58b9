import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../../shared/model';
import { ArticleMenu, articleActions, type MenuAction } from './ArticleMenu';
import { ArticleRow } from './ArticleRow';
import { EmptyTrash } from './EmptyTrash';
import { LibrarySidePanel } from './LibrarySidePanel';
import { archiveArticles, deleteArticles, keepCopy, markRead, mergeCopy, restoreArticles } from './article-actions';
import { groupCopies } from './group-copies';
import { DEFAULT_PREFS, isFiltered, matchesFilter, type LibrarySort } from './library-prefs';
import { isTyping } from '../../ui/typing';
import { useLibrary } from './useLibrary';
import './library.css';

type Row = { article: ArticleSummary; copies: number; isCopy: boolean };

export function LibraryView({ refreshKey, onOpen, onImportFiles, onImportFolder }: { refreshKey: number; onOpen: (id: number) => void; onImportFiles: () => void; onImportFolder: () => void }) {
  const { t } = useTranslation();
  const { prefs, setPrefs, articles, complete, facets, libraryEmpty } = useLibrary(refreshKey);
  const { view, sort, filter } = prefs;
  const [current, setCurrent] = useState(0);
  const [picked, setPicked] = useState<Set<number>>(new Set());
  const [expanded, setExpanded] = useState<Set<number>>(new Set());
  const [menu, setMenu] = useState<{ x: number; y: number; actions: MenuAction[] } | null>(null);
  const scroller = useRef<HTMLDivElement>(null);

  const matching = useMemo(() => (articles ?? []).filter((a) => matchesFilter(a, filter)), [articles, filter]);
  const rowsData = useMemo(() => {
    const out: Row[] = [];
    for (const g of groupCopies(matching)) {
      out.push({ article: g.article, copies: g.copies.length, isCopy: g.article.copyOf !== null });
      if (expanded.has(g.article.id)) for (const c of g.copies) out.push({ article: c, copies: 0, isCopy: true });
    }
    return out;
  }, [matching, expanded]);

  const rows = useVirtualizer({ count: rowsData.length, getScrollElement: () => scroller.current, estimateSize: () => 112, overscan: 10 });

  // A new view or filter starts with nothing picked.
  useEffect(() => {
    setPicked(new Set());
    setCurrent(0);
  }, [view, filter]);

  /** What an action applies to: the picked articles, or the one under the cursor. */
  const targets = useCallback((): ArticleSummary[] => {
    if (picked.size > 0) return (articles ?? []).filter((a) => picked.has(a.id));
    const row = rowsData[current];
    return row ? [row.article] : [];
  }, [picked, articles, rowsData, current]);

  const act = useCallback(
    (list: ArticleSummary[]) => {
      const ids = list.map((a) => a.id);
      const done = () => setPicked(new Set());
      return {
        open: () => onOpen(ids[0]),
        archive: (archived: boolean) => void archiveArticles(ids, archived, t).then(done),
        read: (read: boolean) => void markRead(ids, read),
        remove: () => void deleteArticles(ids, t).then(done),
        restore: () => void restoreArticles(ids, t).then(done),
        merge: () => void mergeCopy(ids[0], t),
        keep: () => void keepCopy(ids[0]),
      };
    },
    [onOpen, t],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || menu || rowsData.length === 0 || e.ctrlKey || e.metaKey || e.altKey) return;
      const move = e.key === 'j' || e.key === 'ArrowDown' ? 1 : e.key === 'k' || e.key === 'ArrowUp' ? -1 : 0;
      if (move) {
        e.preventDefault();
        setCurrent((s) => {
          const next = Math.min(rowsData.length - 1, Math.max(0, s + move));
          rows.scrollToIndex(next, { align: 'auto' });
          return next;
        });
      } else if (e.key === 'Enter' && rowsData[current]) onOpen(rowsData[current].article.id);
      else if (e.key === '#' || e.key === 'Delete') {
        const list = targets();
        if (list.length && view !== 'trash') {
          e.preventDefault();
          act(list).remove();
        }
      } else if (e.key === 'e') {
        const list = targets();
        if (list.length && view !== 'trash') {
          e.preventDefault();
          act(list).archive(view !== 'archive');
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [rowsData, current, onOpen, rows, menu, targets, act, view]);

  const onRowClick = (e: MouseEvent, index: number, id: number) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey) {
      e.preventDefault();
      const next = new Set(picked);
      if (e.shiftKey) {
        const [from, to] = [Math.min(current, index), Math.max(current, index)];
        for (let i = from; i <= to; i++) next.add(rowsData[i].article.id);
      } else if (next.has(id)) next.delete(id);
      else next.add(id);
      setPicked(next);
      setCurrent(index);
      return;
    }
    onOpen(id);
  };

  const onRowMenu = (e: MouseEvent, index: number, a: ArticleSummary) => {
    e.preventDefault();
    const list = picked.has(a.id) ? targets() : [a];
    if (!picked.has(a.id)) setCurrent(index);
    setMenu({ x: e.clientX, y: e.clientY, actions: articleActions(list, t, act(list)) });
  };

  if (articles === null) return <div className="library" />;
  if (libraryEmpty) {
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

  const filtered = isFiltered(filter);
  const pickedList = picked.size > 0 ? targets() : [];
  return (
    <div className="library-shell">
      <LibrarySidePanel
        view={view}
        onView={(v) => setPrefs({ ...prefs, view: v })}
        facets={facets}
        filter={filter}
        onFilter={(f) => setPrefs({ ...prefs, filter: f })}
        onImportFolder={onImportFolder}
      />
      <div className="library">
        <div className="library-toolbar">
          <h1>
            {view === 'inbox' ? t('app.library') : t(`shelf.view.${view}`)}{' '}
            {/* Counted once the whole list is there: its first screen would say 60. */}
            <span className="muted" data-testid="library-count" aria-busy={!complete}>
              {complete && (filtered ? t('shelf.countOf', { shown: matching.length, count: articles.length }) : t('library.count', { count: articles.length }))}
            </span>
          </h1>
          <input className="filter" type="search" value={filter.text} placeholder={t('library.filter')} onChange={(e) => setPrefs({ ...prefs, filter: { ...filter, text: e.target.value } })} />
          {view === 'trash' ? (
            // The Trash lists the last deleted first, whatever the shelves' order: a menu there would change nothing.
            <span className="sort muted" data-testid="trash-order">
              {t('library.sortTrash')}
            </span>
          ) : (
            <label className="sort">
              {t('library.sort')}
              <select value={sort} onChange={(e) => setPrefs({ ...prefs, sort: e.target.value as LibrarySort })}>
                <option value="imported">{t('library.sortImported')}</option>
                <option value="published">{t('library.sortPublished')}</option>
                <option value="title">{t('library.sortTitle')}</option>
              </select>
            </label>
          )}
          {view === 'trash' && complete && articles.length > 0 && <EmptyTrash count={articles.length} />}
        </div>
        {(filter.tag || filter.site || filter.author) && (
          <div className="active-filters" data-testid="active-filters">
            {(['tag', 'site', 'author'] as const).map(
              (k) =>
                filter[k] && (
                  <span key={k} className="chip">
                    {t(`shelf.filter.${k}`, { value: filter[k] })}
                    <button aria-label={t('shelf.clearFilter')} onClick={() => setPrefs({ ...prefs, filter: { ...filter, [k]: null } })}>
                      ×
                    </button>
                  </span>
                ),
            )}
            <button className="link-button" onClick={() => setPrefs({ ...prefs, filter: DEFAULT_PREFS.filter })}>
              {t('shelf.clearAll')}
            </button>
          </div>
        )}
        {pickedList.length > 0 && (
          <div className="picked-bar" data-testid="picked-bar">
            <span>{t('shelf.picked', { count: pickedList.length })}</span>
            {articleActions(pickedList, t, act(pickedList)).map((a) => (
              <button key={a.label} className={`ghost small${a.danger ? ' danger' : ''}`} onClick={a.run}>
                {a.label}
              </button>
            ))}
            <button className="link-button" onClick={() => setPicked(new Set())}>
              {t('shelf.clearPick')}
            </button>
          </div>
        )}
        {view === 'trash' && <p className="muted trash-note">{t('shelf.trashNote')}</p>}
        {complete && rowsData.length === 0 && <p className="muted no-match">{filtered ? t('library.noMatch', { filter: filter.text || filter.tag || filter.site || filter.author }) : t(`shelf.empty.${view}`)}</p>}
        <div className="library-list" ref={scroller} role="listbox" aria-multiselectable data-testid="library-list">
          <div style={{ height: rows.getTotalSize(), position: 'relative' }}>
            {rows.getVirtualItems().map((row) => {
              const r = rowsData[row.index];
              const a = r.article;
              return (
                <ArticleRow
                  key={a.id}
                  article={a}
                  style={{ transform: `translateY(${row.start}px)`, height: row.size }}
                  selected={picked.has(a.id)}
                  current={row.index === current}
                  copies={r.copies}
                  expanded={expanded.has(a.id)}
                  isCopy={r.isCopy}
                  onClick={(e) => onRowClick(e, row.index, a.id)}
                  onContextMenu={(e) => onRowMenu(e, row.index, a)}
                  onToggleCopies={() => setExpanded((s) => new Set(s.has(a.id) ? [...s].filter((x) => x !== a.id) : [...s, a.id]))}
                  onMerge={() => act([a]).merge()}
                  onKeep={() => act([a]).keep()}
                  onRestore={() => act([a]).restore()}
                  onMouseEnter={() => picked.size === 0 && setCurrent(row.index)}
                />
              );
            })}
          </div>
        </div>
      </div>
      {menu && <ArticleMenu {...menu} onClose={() => setMenu(null)} />}
    </div>
  );
}
