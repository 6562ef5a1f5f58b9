import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HIGHLIGHT_COLORS, type NotebookEntry } from '../../../../shared/model';
import { ClaimBadge } from '../../ui/ClaimBadge';
import { formatDate } from '../../ui/format';
import { NoteView } from './NoteView';
import { tagTerm } from '../../ui/notebook-link';
import { colorOf, withColor } from './notebook-query';
import { useNotebook, type NotebookSort } from './useNotebook';
import './notebook.css';

function Entry({ e, onOpen, onTag }: { e: NotebookEntry; onOpen: () => void; onTag: (tag: string) => void }) {
  const { i18n } = useTranslation();
  return (
    <article className={`notebook-entry hl-${e.color}`} data-testid="notebook-entry" data-id={e.id} onClick={onOpen}>
      <blockquote className="notebook-quote">{e.quote}</blockquote>
      {e.note && <NoteView doc={e.note} className="notebook-note" />}
      <footer className="notebook-meta">
        {e.claim && <ClaimBadge status={e.claim.status} />}
        {e.tags.map((tag) => (
          <button
            key={tag}
            className="chip small"
            data-testid="notebook-tag"
            onClick={(ev) => {
              ev.stopPropagation();
              onTag(tag);
            }}
          >
            #{tag}
          </button>
        ))}
        <span className="notebook-source ellipsis">{[e.article.title, e.article.site, formatDate(e.article.date, i18n.language)].filter(Boolean).join(' · ')}</span>
      </footer>
    </article>
  );
}

/** Every highlight in the library, filtered with the search's query language. */
export function NotebookView({ query, onQuery, onOpen }: { query: string; onQuery: (q: string) => void; onOpen: (e: NotebookEntry) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(query);
  const [sort, setSort] = useState<NotebookSort>('newest');
  const { entries, total, error, more } = useNotebook(query, sort);
  const scroller = useRef<HTMLDivElement>(null);

  useEffect(() => setDraft(query), [query]);
  // Typing settles before the query runs (and the address changes).
  useEffect(() => {
    if (draft === query) return;
    const timer = window.setTimeout(() => onQuery(draft), 250);
    return () => window.clearTimeout(timer);
  }, [draft, query, onQuery]);

  const rows = useVirtualizer({ count: entries.length, getScrollElement: () => scroller.current, estimateSize: () => 120, overscan: 8 });
  const items = rows.getVirtualItems();
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (last >= entries.length - 20) more();
  }, [last, entries.length, more]);

  const color = colorOf(query);
  return (
    <div className="notebook">
      <div className="notebook-toolbar">
        <h1>
          {t('notebook.title')}{' '}
          <span className="muted" data-testid="notebook-count">
            {total === null ? '' : t('notebook.count', { count: total })}
          </span>
        </h1>
        <label className="sort">
          {t('notebook.sort')}
          <select value={sort} onChange={(e) => setSort(e.target.value as NotebookSort)} data-testid="notebook-sort">
            <option value="newest">{t('notebook.newest')}</option>
            <option value="article">{t('notebook.byArticle')}</option>
          </select>
        </label>
      </div>
      <div className="notebook-filters">
        <input className="filter notebook-query" type="search" value={draft} placeholder={t('notebook.query')} onChange={(e) => setDraft(e.target.value)} data-testid="notebook-query" />
        <div className="swatches" role="group" aria-label={t('notebook.color')}>
          {HIGHLIGHT_COLORS.map((c) => (
            <button key={c} className={`swatch small hl-${c}${color === c ? ' active' : ''}`} aria-label={c} aria-pressed={color === c} onClick={() => onQuery(withColor(query, color === c ? null : c))} />
          ))}
        </div>
      </div>
      {error && <p className="error">{t('notebook.failed', { message: error })}</p>}
      {total === 0 && <p className="muted no-match">{query.trim() ? t('notebook.noMatch') : t('notebook.empty')}</p>}
      <div className="notebook-list" ref={scroller} data-testid="notebook-list">
        <div style={{ height: rows.getTotalSize(), position: 'relative' }}>
          {items.map((row) => {
            const e = entries[row.index];
            return (
              <div key={e.id} data-index={row.index} ref={rows.measureElement} className="notebook-row" style={{ transform: `translateY(${row.start}px)` }}>
                <Entry e={e} onOpen={() => onOpen(e)} onTag={(tag) => onQuery(tagTerm(tag))} />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
