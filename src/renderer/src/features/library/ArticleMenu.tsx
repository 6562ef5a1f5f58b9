import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../../shared/model';

export interface MenuAction {
  label: string;
  run: () => void;
  danger?: boolean;
}

/** The actions on the chosen articles, for a right-click or the reader's "…" button. */
export function articleActions(articles: ArticleSummary[], t: (k: string, o?: Record<string, unknown>) => string, act: {
  open?: () => void;
  archive: (archived: boolean) => void;
  read: (read: boolean) => void;
  remove: () => void;
  restore: () => void;
  merge?: () => void;
  keep?: () => void;
}): MenuAction[] {
  const n = articles.length;
  if (articles.every((a) => a.trashedAt)) return [{ label: t(n === 1 ? 'shelf.restore' : 'shelf.restoreMany', { count: n }), run: act.restore }];
  const archived = articles.every((a) => a.archivedAt);
  const read = articles.every((a) => a.readAt);
  return [
    ...(act.open && n === 1 ? [{ label: t('shelf.open'), run: act.open }] : []),
    { label: archived ? t('shelf.moveToInbox') : t('shelf.archive'), run: () => act.archive(!archived) },
    { label: read ? t('shelf.markUnread') : t('shelf.markRead'), run: () => act.read(!read) },
    ...(act.merge && n === 1 && articles[0].copyOf !== null ? [{ label: t('shelf.merge'), run: act.merge }, { label: t('shelf.keepBoth'), run: act.keep! }] : []),
    { label: t(n === 1 ? 'shelf.delete' : 'shelf.deleteMany', { count: n }), run: act.remove, danger: true },
  ];
}

export function ArticleMenu({ x, y, actions, onClose }: { x: number; y: number; actions: MenuAction[]; onClose: () => void }) {
  const { t } = useTranslation();
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    menu.current?.querySelector('button')?.focus();
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !menu.current?.contains(e.target as Node)) onClose();
    };
    window.addEventListener('mousedown', close);
    window.addEventListener('keydown', close);
    return () => {
      window.removeEventListener('mousedown', close);
      window.removeEventListener('keydown', close);
    };
  }, [onClose]);
  return (
    <div ref={menu} className="context-menu" role="menu" aria-label={t('shelf.actions')} data-testid="article-menu" style={{ left: Math.min(x, window.innerWidth - 220), top: Math.min(y, window.innerHeight - 40 * actions.length - 16) }}>
      {actions.map((a) => (
        <button
          key={a.label}
          role="menuitem"
          className={a.danger ? 'danger' : undefined}
          onClick={() => {
            onClose();
            a.run();
          }}
        >
          {a.label}
        </button>
      ))}
    </div>
  );
}
