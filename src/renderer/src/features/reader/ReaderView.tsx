import { EditorContent, useEditor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/api';
import type { Article, Highlight, HighlightColor, ReadingDoc } from '../../../../shared/model';
import { readingExtensions } from '../../../../shared/reading/schema';
import { isAllowedLink } from '../../../../shared/reading/urls';
import { call } from '../../api';
import { HighlightDecorations, type Paint } from '../../editor/highlight-decorations';
import { offsetMap } from '../../../../shared/reading/offsets';
import { formatDate } from '../../ui/format';
import { colorForKey } from '../annotations/colors';
import { HighlightCard } from '../annotations/HighlightCard';
import { SelectionToolbar } from '../annotations/SelectionToolbar';
import { Sidebar } from '../annotations/Sidebar';
import { useAnnotations } from '../annotations/useAnnotations';
import { forDisplay } from './reading-doc';
import { TableOfContents, useHeadings } from './TableOfContents';
import type { ReaderSearch } from '../../app/route';
import { FindBar } from '../search/FindBar';
import { useSearchMarks } from '../search/useSearchMarks';

/** Runs `then` on the element once the editor has painted it (decorations land a frame or more after React). */
function whenPainted(root: React.RefObject<HTMLElement | null>, selector: string, then: (el: HTMLElement) => void): () => void {
  let frames = 0;
  let handle = 0;
  const look = () => {
    const el = root.current?.querySelector<HTMLElement>(selector);
    if (el) then(el);
    else if (frames++ < 120) handle = requestAnimationFrame(look);
  };
  handle = requestAnimationFrame(look);
  return () => cancelAnimationFrame(handle);
}

interface Selected {
  start: number;
  end: number;
  top: number;
  left: number;
}

interface OpenCard {
  id: number;
  focus?: 'note' | 'tags';
  top: number;
  left: number;
}

export function ReaderView({ id, settings, search, onSearchDone }: { id: number; settings: Settings; search?: ReaderSearch; onSearchDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [article, setArticle] = useState<Article | null | 'missing'>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const [restoreTo, setRestoreTo] = useState<number | null>(null);
  const restored = useRef(false);
  // "Load images" is for this article only; the setting decides for every article.
  const [imagesAllowed, setImagesAllowed] = useState(false);
  const annotations = useAnnotations(id);
  const [articleNote, setArticleNote] = useState<ReadingDoc | null | undefined>(undefined);
  const [articleTags, setArticleTags] = useState<string[]>([]);
  const [selected, setSelected] = useState<Selected | null>(null);
  const [card, setCard] = useState<OpenCard | null>(null);
  const [flash, setFlash] = useState<number | null>(null);
  const found = useSearchMarks(id, search, annotations.highlights);

  useEffect(() => {
    call('getArticle', { id })
      .then((a) => {
        setArticle(a);
        return call('getReadingPosition', { id });
      })
      .then((p) => setRestoreTo(p.position ?? 0))
      .catch(() => setArticle('missing'));
    void call('getArticleNote', { articleId: id }).then((n) => setArticleNote(n.note));
    void call('getArticleTags', { articleId: id }).then((r) => setArticleTags(r.tags));
  }, [id]);

  // The article is shown once its highlights are in too, so that they are painted with it.
  const ready = annotations.ready;
  const display = useMemo(
    () => (article && article !== 'missing' && ready ? forDisplay(article.doc, settings.remoteImages || imagesAllowed) : null),
    [article, ready, settings.remoteImages, imagesAllowed],
  );
  // What the editor paints in its first state (read when it is created); later paints are commands.
  const firstPaint = useRef<Paint | null>(null);
  firstPaint.current = { highlights: annotations.highlights, flash, marks: found.matches, current: found.current };
  const extensions = useMemo(() => [...readingExtensions, HighlightDecorations.configure({ initial: () => firstPaint.current })], []);

  const editor = useEditor(
    {
      extensions,
      editable: false,
      content: display?.doc ?? null,
      editorProps: { attributes: { class: 'article-body', 'data-testid': 'article-body' } },
    },
    [display],
  );
  const headings = useHeadings(editor, scroller);

  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.commands.paintHighlights({ highlights: annotations.highlights, flash, marks: found.matches, current: found.current });
  }, [editor, annotations.highlights, flash, found.matches, found.current]);

  // Bring the current match into view whenever it changes (opening a result, n, N).
  useEffect(() => {
    if (!editor || found.current === undefined) return;
    return whenPainted(scroller, '.search-current', (el) => el.scrollIntoView({ block: 'center' }));
  }, [editor, found.current, found.matches]);

  // A result on a highlight or its note opens at that highlight.
  const highlightTarget = search?.highlight;
  const shownTarget = useRef<number | null>(null);
  useEffect(() => {
    if (!editor || highlightTarget === undefined || shownTarget.current === highlightTarget) return;
    const h = annotations.highlights.find((x) => x.id === highlightTarget);
    if (!h) return;
    return whenPainted(scroller, `[data-highlight="${h.id}"]`, () => {
      shownTarget.current = highlightTarget;
      jumpTo(h);
    });
    // jumpTo is rebuilt every render; what matters is the target and the highlights loaded.
  }, [editor, highlightTarget, annotations.highlights]);

  // Restore the reading position once the text is laid out, then remember it as it changes.
  useEffect(() => {
    const el = scroller.current;
    if (!el || restoreTo === null || !editor || !display) return;
    // Once per article, and not when opened from a search: then the reader goes to the match.
    if (!restored.current) {
      restored.current = true;
      requestAnimationFrame(() => {
        if (!search) el.scrollTop = restoreTo * Math.max(0, el.scrollHeight - el.clientHeight);
        el.dataset.ready = 'true';
      });
    }
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

  /** Where a viewport rectangle sits inside the scrolling reader. */
  const place = useCallback((rect: DOMRect) => {
    const box = scroller.current!.getBoundingClientRect();
    return { top: rect.bottom - box.top + scroller.current!.scrollTop + 8, left: Math.max(8, rect.left - box.left + rect.width / 2 - 130) };
  }, []);

  // The reader's selection, as plain-text offsets (the same the core stores).
  const readSelection = useCallback(() => {
    const sel = window.getSelection();
    if (!editor || !sel || sel.isCollapsed || sel.rangeCount === 0) return setSelected(null);
    const range = sel.getRangeAt(0);
    if (!editor.view.dom.contains(range.commonAncestorContainer)) return setSelected(null);
    const map = offsetMap(editor.state.doc);
    const from = map.toOffset(editor.view.posAtDOM(range.startContainer, range.startOffset));
    const to = map.toOffset(editor.view.posAtDOM(range.endContainer, range.endOffset));
    if (from === null || to === null || to <= from) return setSelected(null);
    setSelected({ start: from, end: to, ...place(range.getBoundingClientRect()) });
  }, [editor, place]);

  const highlightSelection = useCallback(
    async (color: HighlightColor, focus?: 'note' | 'tags') => {
      if (!selected) return;
      const made = await annotations.create(selected.start, selected.end, color);
      window.getSelection()?.removeAllRanges();
      setSelected(null);
      if (focus) setCard({ id: made.id, focus, top: selected.top, left: selected.left });
    },
    [selected, annotations],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      const typing = target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
      const mod = e.ctrlKey || e.metaKey;
      if (mod && e.key.toLowerCase() === 'z' && !typing) {
        e.preventDefault();
        void (e.shiftKey ? annotations.redo() : annotations.undo());
        return;
      }
      if (typing || mod) return;
      if (!selected && found.matches.length > 0 && (e.key === 'n' || e.key === 'N')) {
        e.preventDefault();
        found.step(e.key === 'n' ? 1 : -1);
        return;
      }
      if (!selected) return;
      const color = colorForKey(e.key);
      if (color) {
        e.preventDefault();
        void highlightSelection(color);
      } else if (e.key === 'n' || e.key === 't') {
        e.preventDefault();
        void highlightSelection('yellow', e.key === 'n' ? 'note' : 'tags');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [annotations, selected, highlightSelection, found]);

  const onClick = (e: React.MouseEvent) => {
    const target = e.target as HTMLElement;
    // Links in an article open outside the app, and only after a click.
    const a = target.closest('a');
    if (a) {
      e.preventDefault();
      const href = a.getAttribute('href') ?? '';
      if (isAllowedLink(href)) window.open(href, '_blank', 'noopener,noreferrer');
      return;
    }
    const painted = target.closest<HTMLElement>('[data-highlight]');
    if (painted && window.getSelection()?.isCollapsed !== false) {
      setCard({ id: Number(painted.dataset.highlight), ...place(painted.getBoundingClientRect()) });
    } else if (!target.closest('.highlight-card')) setCard(null);
  };

  const jumpTo = (h: Highlight) => {
    const el = scroller.current?.querySelector(`[data-highlight="${h.id}"]`);
    el?.scrollIntoView({ block: 'center' });
    setFlash(h.id);
    setTimeout(() => setFlash(null), 1200);
  };

  if (article === 'missing') return <p className="empty-state">{t('reader.notFound')}</p>;
  if (!article || !display) return <div className="reader" />;
  const meta = [article.author, article.site !== article.author ? article.site : null, formatDate(article.date, i18n.language)].filter(Boolean);
  const openCard = card && annotations.highlights.find((h) => h.id === card.id);

  return (
    <div className="reader-layout">
      <TableOfContents headings={headings} />
      <div className="reader" ref={scroller} data-testid="reader-scroll" onClick={onClick} onMouseUp={readSelection} onKeyUp={readSelection}>
        {search && <FindBar q={search.q} found={found} onClose={onSearchDone} />}
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
            {annotations.failed && (
              <p className="notice" role="alert">
                ⚠ {t('reader.highlightsFailed')}
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
        {selected && !card && (
          <SelectionToolbar
            top={selected.top}
            left={selected.left}
            onColor={(c) => void highlightSelection(c)}
            onNote={() => void highlightSelection('yellow', 'note')}
            onTags={() => void highlightSelection('yellow', 'tags')}
          />
        )}
        {openCard && card && (
          <div className="card-anchor" style={{ top: card.top, left: card.left }}>
            <HighlightCard highlight={openCard} annotations={annotations} focus={card.focus} onClose={() => setCard(null)} />
          </div>
        )}
      </div>
      <Sidebar
        annotations={annotations}
        articleNote={articleNote}
        onSaveArticleNote={(doc, text) => void call('setArticleNote', { articleId: id, note: doc, noteText: text })}
        articleTags={articleTags}
        onArticleTags={(tags) => void call('setArticleTags', { articleId: id, tags }).then((r) => setArticleTags(r.tags))}
        currentText={(h) => article.text.slice(h.start, h.end)}
        onJump={jumpTo}
        canReattach={selected !== null}
        onReattach={(h) => {
          if (!selected) return;
          void annotations.reattach(h, selected.start, selected.end);
          setSelected(null);
        }}
      />
    </div>
  );
}
