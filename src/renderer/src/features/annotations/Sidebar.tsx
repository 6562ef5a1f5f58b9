// Every annotation of the open article in reading order, with its health: the article
// note on top, filters by colour and tag, orphans last with their quote and a way back.
// The list is virtual: a heavily annotated article (hundreds of highlights) would otherwise
// lay out every card when it opens, which cost more than painting the highlights themselves.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Highlight, HighlightColor, ReadingDoc } from '../../../../shared/model';
import { COLORS } from './colors';
import { NoteEditor } from './NoteEditor';
import { TagInput } from './TagInput';
import type { Annotations } from './useAnnotations';

export function Sidebar({ annotations, articleNote, onSaveArticleNote, articleTags, onArticleTags, currentText, onJump, onReattach, canReattach }: {
  annotations: Annotations;
  articleNote: ReadingDoc | null | undefined;
  onSaveArticleNote: (doc: ReadingDoc | null, text: string) => void;
  articleTags: string[];
  onArticleTags: (tags: string[]) => void;
  currentText: (h: Highlight) => string;
  onJump: (h: Highlight) => void;
  onReattach: (h: Highlight) => void;
  canReattach: boolean;
}) {
  const { t } = useTranslation();
  const [color, setColor] = useState<HighlightColor | null>(null);
  const [tag, setTag] = useState<string | null>(null);
  const shown = useMemo(
    () =>
      annotations.highlights
        .filter((h) => (!color || h.color === color) && (!tag || h.tags.includes(tag)))
        .sort((a, b) => Number(a.anchor === 'orphaned') - Number(b.anchor === 'orphaned') || a.start - b.start),
    [annotations.highlights, color, tag],
  );
  const highlightTags = [...new Set(annotations.highlights.flatMap((h) => h.tags))].sort();
  const empty = annotations.highlights.length === 0;

  // The cards scroll with the note and filters above them, in the sidebar itself: the list
  // starts where that header ends, which moves as the article note grows.
  const scroller = useRef<HTMLElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const [listTop, setListTop] = useState(0);
  useLayoutEffect(() => {
    const measure = () => setListTop(list.current?.offsetTop ?? 0);
    measure();
    const observer = new ResizeObserver(measure);
    for (const child of Array.from(scroller.current?.children ?? [])) if (child !== list.current) observer.observe(child);
    return () => observer.disconnect();
  }, [empty]); // again when the list itself comes or goes
  const rows = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 64,
    gap: 6,
    overscan: 6,
    scrollMargin: listTop,
    getItemKey: (i) => shown[i].id,
  });

  return (
    <aside className="sidebar" data-testid="sidebar" aria-label={t('annotations.sidebar')} ref={scroller}>
      <section className="article-note">
        <h2>{t('annotations.articleNote')}</h2>
        {articleNote !== undefined && <NoteEditor value={articleNote} placeholder={t('annotations.articleNotePlaceholder')} onSave={onSaveArticleNote} testId="article-note" />}
        <TagInput tags={articleTags} known={annotations.tags} onChange={onArticleTags} />
      </section>
      <div className="sidebar-filters">
        <h2>
          {t('annotations.highlights')} <span className="muted">{annotations.highlights.length}</span>
        </h2>
        <div className="row wrap">
          {COLORS.map((c) => (
            <button key={c} className={`swatch small hl-${c}${color === c ? ' active' : ''}`} aria-pressed={color === c} aria-label={t(`annotations.colors.${c}`)} onClick={() => setColor(color === c ? null : c)} />
          ))}
          {highlightTags.map((name) => (
            <button key={name} className={`chip${tag === name ? ' active' : ''}`} aria-pressed={tag === name} onClick={() => setTag(tag === name ? null : name)}>
              #{name}
            </button>
          ))}
        </div>
      </div>
      {empty ? (
        <p className="muted sidebar-empty">{t('annotations.empty')}</p>
      ) : (
        <ol className="annotation-list" ref={list} style={{ height: rows.getTotalSize() }}>
          {rows.getVirtualItems().map((row) => {
            const h = shown[row.index];
            return (
              <li
                key={row.key}
                ref={rows.measureElement}
                data-index={row.index}
                className={`annotation ${h.anchor}`}
                data-testid="annotation"
                style={{ transform: `translateY(${row.start - listTop}px)` }}
              >
                <AnnotationCard h={h} currentText={currentText} onJump={onJump} onReattach={onReattach} canReattach={canReattach} />
              </li>
            );
          })}
        </ol>
      )}
    </aside>
  );
}

/** One annotation: its quote, health, note and tags; an orphan offers to be re-attached. */
function AnnotationCard({ h, currentText, onJump, onReattach, canReattach }: {
  h: Highlight;
  currentText: (h: Highlight) => string;
  onJump: (h: Highlight) => void;
  onReattach: (h: Highlight) => void;
  canReattach: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <button className="annotation-main" onClick={() => h.anchor !== 'orphaned' && onJump(h)} disabled={h.anchor === 'orphaned'}>
        <span className={`bar hl-${h.color}`} />
        <span className="annotation-body">
          <q className="quote">{h.quote}</q>
          {h.anchor === 'changed' && (
            <span className="health changed">
              {t('annotations.changedTo')} <q>{currentText(h)}</q>
            </span>
          )}
          {h.anchor === 'moved' && <span className="health moved">{t('annotations.moved')}</span>}
          {h.noteText && <span className="note-preview">{h.noteText}</span>}
          {h.tags.length > 0 && <span className="tags">{h.tags.map((x) => `#${x}`).join(' ')}</span>}
        </span>
      </button>
      {h.anchor === 'orphaned' && (
        <div className="orphan">
          <span className="health orphaned">{t('annotations.orphaned')}</span>
          <button className="ghost" disabled={!canReattach} title={t('annotations.reattachHint')} onClick={() => onReattach(h)}>
            {t('annotations.reattach')}
          </button>
        </div>
      )}
    </>
  );
}
