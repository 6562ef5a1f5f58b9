import { EditorContent, useEditor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/api';
import type { Article, ClaimStatus, Highlight, HighlightColor, ReadingDoc } from '../../../../shared/model';
import { readingExtensions } from '../../../../shared/reading/schema';
import { isAllowedLink } from '../../../../shared/reading/urls';
import { call } from '../../api';
import { HighlightDecorations, type Paint } from '../../editor/highlight-decorations';
import { offsetMap } from '../../../../shared/reading/offsets';
import { formatDate } from '../../ui/format';
import { colorForKey } from '../annotations/colors';
import { HighlightCard, type CardFocus } from '../annotations/HighlightCard';
import { SelectionToolbar } from '../annotations/SelectionToolbar';
import { Sidebar } from '../annotations/Sidebar';
import { isTyping } from '../annotations/typing';
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
  focus?: CardFocus;
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
  const claimLabel = useCallback((status: ClaimStatus) => t(`claim.status.${status}`), [t]);
  firstPaint.current = { highlights: annotations.highlights, flash, marks: found.matches, current: found.current, claimLabel };
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
    if (editor && !editor.isDestroyed) editor.commands.paintHighlights({ highlights: annotations.highlights, flash, marks: found.matches, current: found.current, claimLabel });
  }, [editor, annotations.highlights, flash, found.matches, found.current, claimLabel]);

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
    async (color: HighlightColor, focus?: CardFocus) => {
      if (!selected) return;
      // A claim is made with its highlight, in one step; the card opens on its statement.
      const made = focus === 'statement' ? await annotations.highlightAsClaim(selected.start, selected.end, color) : await annotations.create(selected.start, selected.end, color);
      if (!made) return;
      window.getSelection()?.removeAllRanges();
      setSelected(null);
      if (focus) setCard({ id: made.id, focus, top: selected.top, left: selected.left });
    },
    [selected, annotations],
  );

  /** `c` on a sidebar card: the highlight becomes a claim, and its card opens on the statement. */
  const claimHighlight = async (h: Highlight) => {
    if (!h.claim && !(await annotations.claim(h))) return;
    const painted = scroller.current?.querySelector(`[data-highlight="${h.id}"]`);
    if (!painted) return; // an orphan: its sidebar card shows the claim
    painted.scrollIntoView({ block: 'center' });
    setCard({ id: h.id, focus: 'statement', ...place(painted.getBoundingClientRect()) });
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = isTyping(e.target);
      const mod = e.ctrlKey || e.metaKey;
      // A status just picked in a card's menu can be undone from there: a menu has no undo of its own.
      if (mod && e.key.toLowerCase() === 'z' && (!typing || e.target instanceof HTMLSelectElement)) {
        e.preventDefault();
        void (e.shiftKey ? annotations.redo() : annotations.undo());
        return;
      }
      if (typing || mod || e.altKey) return;
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
      } else if (e.key === 'n' || e.key === 't' || e.key === 'c') {
        e.preventDefault();
        void highlightSelection('yellow', e.key === 'n' ? 'note' : e.key === 't' ? 'tags' : 'statement');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [annotations, selected, highlightSelection, found]);

  const onClick = (e: React.MouseEvent) => {
    const target = e.target as HTMLElement;
    // Links in an article open outside the app, and only after a click (a card's links are the app's own).
    const a = target.closest('.reader-column a');
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

  // A card opened near the bottom of the window would sit below it, out of sight: bring it in.
  const cardBox = useRef<HTMLDivElement>(null);
  const cardId = card?.id;
  useEffect(() => {
    cardBox.current?.scrollIntoView({ block: 'nearest' });
  }, [cardId]);

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
            onClaim={() => void highlightSelection('yellow', 'statement')}
          />
        )}
        {openCard && card && (
          <div className="card-anchor" ref={cardBox} style={{ top: card.top, left: card.left }}>
            <HighlightCard highlight={openCard} annotations={annotations} focus={card.focus} onClose={() => setCard(null)} />
          </div>
        )}
        {annotations.error && (
          <p className="annotation-error" role="alert" data-testid="annotation-error">
            ⚠ {annotations.error}
            <button className="icon" aria-label={t('annotations.dismiss')} onClick={annotations.dismissError}>
              ×
            </button>
          </p>
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
        onClaim={(h) => void claimHighlight(h)}
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
