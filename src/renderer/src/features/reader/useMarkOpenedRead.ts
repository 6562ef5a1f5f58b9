// Opening an article marks it read, as Readwise Reader and Zotero users expect: an article
// they opened stops looking unread. Once per opening, and only when it is unread: "Mark as
// unread" from the reader's menu afterwards holds until the article is opened again.
import { useEffect, useRef } from 'react';
import type { Article } from '../../../../shared/model';
import { markRead } from '../library/article-actions';

export function useMarkOpenedRead(article: Article | null | 'missing'): void {
  const marked = useRef<number | null>(null);
  useEffect(() => {
    if (!article || article === 'missing' || marked.current === article.id) return;
    marked.current = article.id;
    if (!article.readAt) void markRead([article.id], true);
  }, [article]);
}
