import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/api';
import type { Article } from '../../../../shared/model';
import { readingExtensions } from '../../../../shared/reading/schema';
import { isAllowedLink } from '../../../../shared/reading/urls';
import { call } from '../../api';
import { formatDate } from '../../ui/format';
import { forDisplay } from './reading-doc';
import { TableOfContents, useHeadings } from './TableOfContents';

export function ReaderView({ id, settings }: { id: number; settings: Settings }) {
  const { t, i18n } = useTranslation();
  const [article, setArticle] = useState<Article | null | 'missing'>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const [restoreTo, setRestoreTo] = useState<number | null>(null);
  // "Load images" is for this article only; the setting decides for every article.
  const [imagesAllowed, setImagesAllowed] = useState(false);

  useEffect(() => {
    call('getArticle', { id })
      .then((a) => {
        setArticle(a);
        return call('getReadingPosition', { id });
      })
      .then((p) => setRestoreTo(p.position ?? 0))
      .catch(() => setArticle('missing'));
  }, [id]);

  const display = useMemo(() => (article && article !== 'missing' ? forDisplay(article.doc, settings.remoteImages || imagesAllowed) : null), [article, settings.remoteImages, imagesAllowed]);

  const editor = useEditor(
    {
      extensions: readingExtensions,
      editable: false,
      content: display?.doc ?? null,
      editorProps: { attributes: { class: 'article-body', 'data-testid': 'article-body' } },
    },
    [display],
  );
  const headings = useHeadings(editor, scroller);

  // Restore the reading position once the text is laid out, then remember it as it changes.
  useEffect(() => {
    const el = scroller.current;
    if (!el || restoreTo === null || !editor || !display) return;
    requestAnimationFrame(() => {
      el.scrollTop = restoreTo * Math.max(0, el.scrollHeight - el.clientHeight);
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const range = el.scrollHeight - el.clientHeight;
        void call('setReadingPosition', { id, position: range > 0 ? Math.min(1, el.scrollTop / range) : 0 });
      }, 300);
    };
    el.addEventListener('scroll', onScroll);
    return () => {
      el.removeEventListener('scroll', onScroll);
      clearTimeout(timer);
    };
  }, [restoreTo, editor, display, id]);

  // Links in an article open outside the app, and only after a click.
  const onClick = (e: React.MouseEvent) => {
    const a = (e.target as HTMLElement).closest('a');
    if (!a) return;
    e.preventDefault();
    const href = a.getAttribute('href') ?? '';
    if (isAllowedLink(href)) window.open(href, '_blank', 'noopener,noreferrer');
  };

  if (article === 'missing') return <p className="empty-state">{t('reader.notFound')}</p>;
  if (!article || !display) return <div className="reader" />;
  const meta = [article.author, article.site !== article.author ? article.site : null, formatDate(article.date, i18n.language)].filter(Boolean);

  return (
    <div className="reader-layout">
      <TableOfContents headings={headings} />
      <div className="reader" ref={scroller} data-testid="reader-scroll" onClick={onClick}>
        <article className="reader-column" lang={article.lang ?? undefined}>
          <header className="article-header">
            <h1 data-testid="article-title">{article.title}</h1>
            <p className="muted">
              {meta.join(' · ')}
              {article.url && (
                <>
                  {meta.length > 0 && ' · '}
                  <a href={article.url}>{t('reader.source')} ↗</a>
                </>
              )}
            </p>
            {article.warnings.length > 0 && (
              <p className="notice" title={article.warnings.join('\n')}>
                ⚠ {t('reader.warnings')}: {article.warnings.join('; ')}
              </p>
            )}
            {display.blockedImages > 0 && (
              <button className="notice-button" onClick={() => setImagesAllowed(true)}>
                {t('reader.loadImages')} ({display.blockedImages})
              </button>
            )}
          </header>
          <EditorContent editor={editor} />
        </article>
      </div>
    </div>
  );
}
