import type { CSSProperties, MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TRASH_DAYS, type ArticleSummary } from '../../../../shared/model';
import { formatDate } from '../../ui/format';
import { ClaimCount } from './ClaimCount';

/** One article in the list: title, where from, excerpt, counts, tags and how far it was read. */
export function ArticleRow({ article: a, style, selected, current, copies, expanded, isCopy, onClick, onContextMenu, onToggleCopies, onMerge, onKeep, onRestore, onMouseEnter }: {
  article: ArticleSummary;
  style: CSSProperties;
  selected: boolean;
  current: boolean;
  copies: number;
  expanded: boolean;
  isCopy: boolean;
  onClick: (e: MouseEvent) => void;
  onContextMenu: (e: MouseEvent) => void;
  onToggleCopies: () => void;
  onMerge: () => void;
  onKeep: () => void;
  onRestore: () => void;
  onMouseEnter: () => void;
}) {
  const { t, i18n } = useTranslation();
  const meta = [a.site ?? a.author, a.site && a.author !== a.site ? a.author : null, formatDate(a.date, i18n.language), t('library.chars', { count: a.chars })].filter(Boolean).join(' · ');
  return (
    <div
      role="option"
      aria-selected={selected}
      tabIndex={-1}
      className={`article-row rich${selected ? ' picked' : ''}${current ? ' selected' : ''}${isCopy ? ' copy' : ''}${a.readAt ? ' read' : ''}`}
      style={style}
      data-testid="article-row"
      data-id={a.id}
      onClick={onClick}
      onContextMenu={onContextMenu}
      onMouseEnter={onMouseEnter}
    >
      <span className="article-title">
        {isCopy && <span className="copy-mark">{t('shelf.copyOf')}</span>}
        {a.title}
      </span>
      <span className="article-meta">
        <span className="ellipsis">{meta}</span>
        {a.trashedAt && (
          <span className="muted" data-testid="trash-when">
            {t('shelf.deletedOn', { date: formatDate(a.trashedAt.slice(0, 10), i18n.language) })} · {t('shelf.purgeIn', { count: daysLeft(a.trashedAt) })}
            {/* In the meta line, not a row of its own: a row's height is fixed, and a button there squeezed its lines. */}
            <button className="restore-link" data-testid="restore-article" onClick={(e) => (e.stopPropagation(), onRestore())}>
              {t('shelf.restoreOne')}
            </button>
          </span>
        )}
      </span>
      {a.excerpt && <span className="article-excerpt">{a.excerpt}</span>}
      <span className="article-facts">
        {a.highlights > 0 && <span className="fact">{t('shelf.highlights', { count: a.highlights })}</span>}
        {a.notes > 0 && <span className="fact">{t('shelf.notes', { count: a.notes })}</span>}
        {a.claims > 0 && <ClaimCount claims={a.claims} open={a.openClaims} />}
        {a.tags.slice(0, 4).map((tag) => (
          <span key={tag} className="chip small">
            {tag}
          </span>
        ))}
        {copies > 0 && (
          <button
            className="chip small copies-toggle"
            data-testid="copies-toggle"
            aria-expanded={expanded}
            onClick={(e) => {
              e.stopPropagation();
              onToggleCopies();
            }}
          >
            {expanded ? '▾' : '▸'} {t('shelf.copies', { count: copies })}
          </button>
        )}
        {isCopy && (
          <span className="copy-actions">
            <button className="ghost small" data-testid="merge-copy" onClick={(e) => (e.stopPropagation(), onMerge())}>
              {t('shelf.merge')}
            </button>
            <button className="ghost small" data-testid="keep-copy" onClick={(e) => (e.stopPropagation(), onKeep())}>
              {t('shelf.keepBoth')}
            </button>
          </span>
        )}
        {a.progress !== null && a.progress > 0 && (
          <span className="progress" title={t('shelf.progress', { percent: Math.round(a.progress * 100) })} aria-label={t('shelf.progress', { percent: Math.round(a.progress * 100) })}>
            <span style={{ width: `${Math.round(a.progress * 100)}%` }} />
          </span>
        )}
      </span>
    </div>
  );
}

/** Whole days until the Trash lets the article go (at least 1 while it is still here). */
function daysLeft(trashedAt: string, now = Date.now()): number {
  return Math.max(1, Math.ceil((Date.parse(trashedAt) + TRASH_DAYS * 86_400_000 - now) / 86_400_000));
}
