// The reader: the article drawn from its reading document with the highlights painted over
// it, the selection toolbar and a highlight's card, the contents and the sidebar. What it
// fetches, where it scrolls and which keys it takes live in its hooks.
import { EditorContent, useEditor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/api';
import type { ClaimStatus, Highlight, HighlightColor } from '../../../../shared/model';
import { readingExtensions } from '../../../../shared/reading/schema';
import { isAllowedLink } from '../../../../shared/reading/urls';
import { HighlightDecorations, type Paint } from '../../editor/highlight-decorations';
import { offsetMap } from '../../../../shared/reading/offsets';
import { formatDate } from '../../ui/format';
import { HighlightCard, type CardFocus } from '../annotations/HighlightCard';
import { SelectionToolbar } from '../annotations/SelectionToolbar';
import { Sidebar } from '../annotations/Sidebar';
import { useAnnotations } from '../annotations/useAnnotations';
import { forDisplay } from './reading-doc';
import { TableOfContents, useHeadings } from './TableOfContents';
import type { ReaderSearch } from '../../app/route';
import { FindBar } from '../search/FindBar';
import { useSearchMarks } from '../search/useSearchMarks';
import { useArticle } from './useArticle';
import { useArticleSteps } from './useArticleSteps';
import { useMarkOpenedRead } from './useMarkOpenedRead';
import { useReaderKeys } from './useReaderKeys';
import { useReadingPosition } from './useReadingPosition';
import { whenPainted } from './when-painted';

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

export function ReaderView({ id, settings, search, onSearchDone, onOpenArticle }: { id: number; settings: Settings; search?: ReaderSearch; onSearchDone: () => void; onOpenArticle: (id: number) => void }) {
  const { t, i18n } = useTranslation();
  const open = useArticle(id);
  const article = open.article;
  useMarkOpenedRead(article);
  const scroller = useRef<HTMLDivElement>(null);
  // "Load images" is for this article only; the setting decides for every article.
  const [imagesAllowed, setImagesAllowed] = useState(false);
  const annotations = useAnnotations(id);
  const [selected, setSelected] = useState<Selected | null>(null);
  const [card, setCard] = useState<OpenCard | null>(null);
  const [flash, setFlash] = useState<number | null>(null);
  // The highlight just made with a colour: n and t go on to its note and tags, also when
  // pressed while it is still being made (`wanted` is then opened once it is).
  const [justMade, setJustMade] = useState<number | null>(null);
  const making = useRef(false);
  const wanted = useRef<CardFocus | null>(null);
  const found = useSearchMarks(id, search, annotations.highlights);

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
  useReadingPosition(id, scroller, editor && display ? editor : null, search !== undefined);

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
    setJustMade(null);
    setSelected({ start: from, end: to, ...place(range.getBoundingClientRect()) });
  }, [editor, place]);

  const highlightSelection = useCallback(
    async (color: HighlightColor, focus?: CardFocus) => {
      if (!selected) return;
      const at = selected;
      // One action, one highlight: the selection is taken before the core is asked, so a
      // second key or click on the way cannot make another.
      setSelected(null);
      window.getSelection()?.removeAllRanges();
      making.current = !focus;
      wanted.current = null;
      // A claim is made with its highlight, in one step; the card opens on its statement.
      const made = focus === 'statement' ? await annotations.highlightAsClaim(at.start, at.end, color) : await annotations.create(at.start, at.end, color);
      making.current = false;
      if (!made) return;
      if (focus) setCard({ id: made.id, focus, top: at.top, left: at.left });
      else if (wanted.current) showCard(made.id, wanted.current);
      else setJustMade(made.id);
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

  /** A highlight's card, next to where it is painted. */
  const showCard = (highlightId: number, focus: CardFocus) => {
    setJustMade(null);
    // A key pressed right after the colour may come before the new highlight is painted.
    whenPainted(scroller, `[data-highlight="${highlightId}"]`, (painted) => setCard({ id: highlightId, focus, ...place(painted.getBoundingClientRect()) }));
  };

  useReaderKeys({
    annotations,
    scroller,
    selecting: selected !== null,
    highlightSelection: (color, focus) => void highlightSelection(color, focus),
    followUp(focus) {
      if (making.current) wanted.current = focus;
      else if (justMade !== null) showCard(justMade, focus);
      else return false;
      return true;
    },
    matches: { count: found.matches.length, step: found.step },
    stepArticle: useArticleSteps(id, onOpenArticle),
  });

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
    } else if (!target.closest('.highlight-card')) {
      setCard(null);
      setJustMade(null);
    }
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
      <div className="reader" ref={scroller} tabIndex={-1} data-testid="reader-scroll" onClick={onClick} onMouseUp={readSelection} onKeyUp={readSelection}>
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
        articleNote={open.note}
        onSaveArticleNote={open.saveNote}
        articleTags={open.tags}
        onArticleTags={open.saveTags}
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
