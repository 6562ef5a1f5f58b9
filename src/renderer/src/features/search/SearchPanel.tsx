import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchArticle, SearchHit } from '../../../../shared/model';
import { call } from '../../api';
import type { ReaderSearch } from '../../app/route';
import { ClaimBadge } from '../../ui/ClaimBadge';
import { formatDate } from '../../ui/format';
import { chipValue, hitLabel, summary } from './labels';
import { Marked } from './Marked';
import { useSearch } from './useSearch';

interface Entry {
  article: SearchArticle;
  hit?: SearchHit;
}

/** Where opening an entry takes the reader: the match itself, or the highlight it is on (a claim's too). */
function target(entry: Entry, q: string): ReaderSearch {
  const { hit, article } = entry;
  if (hit?.kind === 'article') return { q, at: hit.start };
  if (hit?.kind === 'claim') return { q, highlight: hit.highlightId };
  if (hit && hit.of !== 'article') return { q, highlight: hit.id };
  const first = article.hits.find((h) => h.kind === 'article');
  return { q, at: first?.start };
}

export function SearchPanel({ query, onQuery, onOpen, onClose, onExport }: { query: string; onQuery: (q: string) => void; onOpen: (id: number, search: ReaderSearch) => void; onClose: () => void; onExport: (query: string) => void }) {
  const { t, i18n } = useTranslation();
  const search = useSearch(query);
  const [active, setActive] = useState(0);
  const [tags, setTags] = useState<string[]>([]);
  const list = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.select();
    void call('listTags', {}).then((all) => setTags([...all].sort((a, b) => b.highlights + b.articles - (a.highlights + a.articles)).slice(0, 6).map((x) => x.name)));
  }, []);

  const entries = useMemo<Entry[]>(() => (search.results?.articles ?? []).flatMap((article) => [{ article }, ...article.hits.map((hit) => ({ article, hit }))]), [search.results]);
  useEffect(() => {
    setActive(0);
  }, [search.shown]);
  // Braces, not an arrow's value: newer Chromium returns a promise from scrollIntoView, and
  // React would take it for a cleanup function.
  useEffect(() => {
    list.current?.querySelector('[data-active="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const open = (entry: Entry | undefined) => entry && onOpen(entry.article.id, target(entry, search.shown));
  const add = (token: string) => {
    onQuery(`${query.trim()} ${token}`.trim() + (token.endsWith(':') ? '' : ' '));
    input.current?.focus();
  };

  const onKey = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(entries.length - 1, a + 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
    else if (e.key === 'Enter') open(entries[active]);
    else if (e.key === 'Escape') onClose();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const suggestions = [...tags.map((tag) => `tag:${/\s/.test(tag) ? `"${tag}"` : tag}`), 'is:claim', 'status:to-check', 'in:highlights', 'in:notes', 'color:yellow', `after:${new Date().getFullYear() - 1}`];
  const r = search.results;
  const empty = !query.trim();
  let index = -1;

  return (
    <div className="search-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <section className="search-panel" role="dialog" aria-modal="true" aria-label={t('search.title')} onKeyDown={onKey}>
        <div className="search-field">
          <span className="search-icon" aria-hidden>
            ⌕
          </span>
          <input ref={input} autoFocus data-testid="search-input" value={query} placeholder={t('search.placeholder')} onChange={(e) => onQuery(e.target.value)} aria-label={t('search.title')} spellCheck={false} />
          {search.loading && <span className="search-spinner" aria-label={t('search.searching')} />}
          {r && r.total > 0 && query.trim() && (
            <button className="ghost search-export" data-testid="search-export" onClick={() => onExport(query.trim())}>
              {t('export.searchButton')}
            </button>
          )}
          <kbd>Esc</kbd>
        </div>
        {r && r.filters.length > 0 && (
          <div className="search-chips">
            {r.filters.map((f) => (
              <span className="chip" key={f.token}>
                {t(`search.filter.${f.key}`)}: {chipValue(t, f)}
                <button aria-label={t('search.removeFilter', { filter: f.token })} onClick={() => onQuery(query.replace(f.token, '').replace(/\s+/g, ' ').trim())}>
                  ×
                </button>
              </span>
            ))}
          </div>
        )}
        <div className="search-results" ref={list} data-testid="search-results">
          {empty || (r && r.total === 0 && search.shown === query) ? (
            <div className="search-empty">
              <p>{empty ? t('search.hint') : t('search.noMatch', { query: search.shown })}</p>
              <p className="muted small">{t('search.syntax')}</p>
              <div className="row wrap">
                {suggestions.map((s) => (
                  <button key={s} className="chip" onClick={() => add(s)}>
                    {s}
                  </button>
                ))}
              </div>
            </div>
          ) : (
            r?.articles.map((a) => (
              <div className="search-group" key={a.id}>
                {[undefined, ...a.hits].map((hit) => {
                  const i = ++index;
                  const entry = { article: a, hit };
                  return (
                    <button
                      key={hit ? `${hit.kind}-${hit.of ?? ''}-${hit.id}-${hit.start ?? ''}` : 'title'}
                      className={hit ? `search-hit${hit.color ? ` hl-${hit.color}` : ''}${hit.status ? ` claim-${hit.status}` : ''}` : 'search-title'}
                      data-active={i === active}
                      data-testid={hit ? 'search-hit' : 'search-article'}
                      onMouseMove={() => i !== active && setActive(i)}
                      onClick={() => open(entry)}
                    >
                      {hit ? (
                        <>
                          <span className={`hit-kind ${hit.kind}`}>{hitLabel(t, hit)}</span>
                          <span className="hit-snippet">
                            <Marked {...hit.snippet} />
                          </span>
                          {hit.status && <ClaimBadge status={hit.status} />}
                        </>
                      ) : (
                        <>
                          <span className="search-title-text">
                            <Marked text={a.title} marks={a.titleMarks} />
                          </span>
                          <span className="muted search-meta">
                            {[a.site, formatDate(a.date, i18n.language)].filter(Boolean).join(' · ')}
                            {a.occurrences > 0 && <span className="occurrences">{t('search.occurrences', { count: a.occurrences })}</span>}
                          </span>
                        </>
                      )}
                    </button>
                  );
                })}
                {a.moreHits > 0 && <p className="muted small more-hits">{t('search.moreHits', { count: a.moreHits })}</p>}
              </div>
            ))
          )}
          {r && r.articles.length < r.total && (
            <button className="ghost search-more" onClick={search.more}>
              {t('search.more', { count: r.total - r.articles.length })}
            </button>
          )}
          {search.error && <p className="result-error">{search.error}</p>}
        </div>
        <footer className="search-footer muted">
          {r && !empty ? <span data-testid="search-summary">{summary(t, r)}</span> : <span />}
          <span>
            <kbd>↑</kbd>
            <kbd>↓</kbd> {t('search.move')} · <kbd>Enter</kbd> {t('search.open')} · <kbd>n</kbd>
            <kbd>N</kbd> {t('search.step')}
          </span>
        </footer>
      </section>
    </div>
  );
}
