// Every tag with how many highlights carry it: rename (onto an existing name merges the
// two) and delete (the highlights stay), each saying what it will touch.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { call } from '../../api';
import { Modal } from '../../ui/Modal';
import { notebookTagHash } from '../../ui/notebook-link';

export function TagManager({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [tags, setTags] = useState<{ name: string; highlights: number; articles: number }[] | null>(null);
  const [editing, setEditing] = useState<{ name: string; draft: string } | null>(null);
  const [confirm, setConfirm] = useState<string | null>(null);
  const refresh = () => void call('listTags', {}).then(setTags);
  useEffect(refresh, []);

  const rename = async () => {
    if (!editing || !editing.draft.trim() || editing.draft.trim() === editing.name) return setEditing(null);
    await call('renameTag', { from: editing.name, to: editing.draft });
    setEditing(null);
    refresh();
  };

  return (
    <Modal title={t('tags.title')} onClose={onClose}>
      {tags === null ? null : tags.length === 0 ? (
        <p className="muted">{t('tags.empty')}</p>
      ) : (
        <ul className="tag-manager" data-testid="tag-manager">
          {tags.map((tag) => (
            <li key={tag.name}>
              {editing?.name === tag.name ? (
                <input
                  autoFocus
                  value={editing.draft}
                  aria-label={t('tags.rename')}
                  onChange={(e) => setEditing({ ...editing, draft: e.target.value })}
                  onKeyDown={(e) => {
                    e.stopPropagation();
                    if (e.key === 'Enter') void rename();
                    if (e.key === 'Escape') setEditing(null);
                  }}
                  onBlur={() => void rename()}
                />
              ) : (
                <a className="chip" href={notebookTagHash(tag.name)} title={t('notebook.title')} onClick={onClose}>
                  #{tag.name}
                </a>
              )}
              <span className="muted tag-uses">
                {t('tags.count', { count: tag.highlights })}
                {tag.articles > 0 && ` · ${t('tags.articles', { count: tag.articles })}`}
              </span>
              <span className="spacer" />
              <button className="ghost" onClick={() => setEditing({ name: tag.name, draft: tag.name })}>
                {t('tags.rename')}
              </button>
              <button className="ghost danger" aria-expanded={confirm === tag.name} onClick={() => setConfirm(tag.name)}>
                {t('tags.delete')}
              </button>
              {confirm === tag.name && (
                <div className="tag-confirm" role="group" data-testid="tag-confirm">
                  <p>{deleteQuestion(t, tag)}</p>
                  <button className="ghost" autoFocus onClick={() => setConfirm(null)}>
                    {t('tags.keep')}
                  </button>
                  <button className="ghost danger" onClick={() => void call('deleteTag', { name: tag.name }).then(() => (setConfirm(null), refresh()))}>
                    {t('tags.delete')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="muted small">{t('tags.mergeHint')}</p>
    </Modal>
  );
}

/** "Take it off 3 highlights and 1 article?": the tag is named in its row, just above (the highlights and articles stay; the hint below says so). */
function deleteQuestion(t: TFunction, tag: { highlights: number; articles: number }): string {
  const uses = [tag.highlights > 0 && t('tags.usesHighlights', { count: tag.highlights }), tag.articles > 0 && t('tags.usesArticles', { count: tag.articles })].filter(Boolean);
  if (uses.length === 0) return t('tags.confirmDeleteUnused');
  return t('tags.confirmDelete', { uses: uses.join(t('tags.usesJoin')) });
}
