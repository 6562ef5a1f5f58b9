import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../../shared/model';
import { call } from '../../api';
import { ArticleMenu, articleActions, type MenuAction } from './ArticleMenu';
import { archiveArticles, deleteArticles, keepCopy, LIBRARY_CHANGED, markRead, mergeCopy, restoreArticles } from './article-actions';
import { isTyping } from '../../ui/typing';

/**
 * The reader's "…" menu (archive, read/unread, delete) and its keys: # or Delete sends the
 * article to the Trash and returns to the library (Undo is offered there), e archives it.
 */
export function ReaderArticleMenu({ id, onLeave }: { id: number; onLeave: () => void }) {
  const { t } = useTranslation();
  const [article, setArticle] = useState<ArticleSummary | null>(null);
  const [menu, setMenu] = useState<{ x: number; y: number; actions: MenuAction[] } | null>(null);

  useEffect(() => {
    let live = true;
    const load = () => void call('getArticle', { id }).then((a) => live && setArticle(a), () => undefined);
    load();
    window.addEventListener(LIBRARY_CHANGED, load);
    return () => {
      live = false;
      window.removeEventListener(LIBRARY_CHANGED, load);
    };
  }, [id]);

  const actions = useCallback(
    (a: ArticleSummary) =>
      articleActions([a], t, {
        archive: (archived) => void archiveArticles([a.id], archived, t).then(() => archived && onLeave()),
        read: (read) => void markRead([a.id], read),
        remove: () => void deleteArticles([a.id], t).then(onLeave),
        restore: () => void restoreArticles([a.id], t),
        merge: () => void mergeCopy(a.id, t).then(onLeave),
        keep: () => void keepCopy(a.id),
      }),
    [t, onLeave],
  );

  useEffect(() => {
    if (!article) return;
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey || window.getSelection()?.isCollapsed === false || article.trashedAt) return;
      if (e.key === '#' || e.key === 'Delete') {
        e.preventDefault();
        void deleteArticles([article.id], t).then(onLeave);
      } else if (e.key === 'e') {
        e.preventDefault();
        void archiveArticles([article.id], !article.archivedAt, t).then(() => !article.archivedAt && onLeave());
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [article, t, onLeave]);

  if (!article) return null;
  return (
    <>
      {article.trashedAt && (
        <span className="chip" data-testid="in-trash">
          {t('shelf.inTrash')}
        </span>
      )}
      <button
        className="icon"
        aria-label={t('shelf.more')}
        title={t('shelf.more')}
        data-testid="reader-menu"
        aria-haspopup="menu"
        onClick={(e) => {
          const r = e.currentTarget.getBoundingClientRect();
          setMenu({ x: r.left, y: r.bottom + 4, actions: actions(article) });
        }}
      >
        ⋯
      </button>
      {menu && <ArticleMenu {...menu} onClose={() => setMenu(null)} />}
    </>
  );
}
