// The open article with its own note and tags, as the core has them.
import { useEffect, useState } from 'react';
import type { Article, ReadingDoc } from '../../../../shared/model';
import { call } from '../../api';

export interface OpenArticle {
  /** null while it loads; 'missing' when the library has no such article. */
  article: Article | null | 'missing';
  /** undefined until loaded (the note editor starts only with the note in hand). */
  note: ReadingDoc | null | undefined;
  tags: string[];
  saveNote(doc: ReadingDoc | null, text: string): void;
  saveTags(tags: string[]): void;
}

export function useArticle(id: number): OpenArticle {
  const [article, setArticle] = useState<Article | null | 'missing'>(null);
  const [note, setNote] = useState<ReadingDoc | null | undefined>(undefined);
  const [tags, setTags] = useState<string[]>([]);
  useEffect(() => {
    call('getArticle', { id })
      .then(setArticle)
      .catch(() => setArticle('missing'));
    void call('getArticleNote', { articleId: id }).then((n) => setNote(n.note));
    void call('getArticleTags', { articleId: id }).then((r) => setTags(r.tags));
  }, [id]);
  return {
    article,
    note,
    tags,
    saveNote: (doc, text) => void call('setArticleNote', { articleId: id, note: doc, noteText: text }),
    saveTags: (next) => void call('setArticleTags', { articleId: id, tags: next }).then((r) => setTags(r.tags)),
  };
}
