// Every annotation of the open article in reading order, with its health: the article
// note on top, filters by colour, tag and claim status, orphans last with their quote and
// a way back.
// The list is virtual: a heavily annotated article (hundreds of highlights) would otherwise
// lay out every card when it opens, which cost more than painting the highlights themselves.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClaimSummary, Highlight, HighlightColor, ReadingDoc } from '../../../../shared/model';
import { ClaimBadge } from '../../ui/ClaimBadge';
import { notebookTagHash } from '../../ui/notebook-link';
import { ClaimFilter, matchesClaimFilter, type ClaimFilterValue } from './ClaimFilter';
import { COLORS } from './colors';
import { NoteEditor } from './NoteEditor';
import { TagInput } from './TagInput';
import type { Annotations } from './useAnnotations';

export function Sidebar({ annotations, articleNote, onSaveArticleNote, articleTags, onArticleTags, currentText, onJump, onClaim, onReattach, canReattach }: {
  annotations: Annotations;
  articleNote: ReadingDoc | null | undefined;
  onSaveArticleNote: (doc: ReadingDoc | null, text: string) => void;
  articleTags: string[];
  onArticleTags: (tags: string[]) => void;
  currentText: (h: Highlight) => string;
  onJump: (h: Highlight) => void;
  onClaim: (h: Highlight) => void;
  onReattach: (h: Highlight) => void;
  canReattach: boolean;
}) {
  const { t } = useTranslation();
  const [color, setColor] = useState<HighlightColor | null>(null);
  const [tag, setTag] = useState<string | null>(null);
  const [claimFilter, setClaimFilter] = useState<ClaimFilterValue>('any');
  const shown = useMemo(
    () =>
      annotations.highlights
        .filter((h) => (!color || h.color === color) && (!tag || h.tags.includes(tag)) && matchesClaimFilter(h, claimFilter))
        .sort((a, b) => Number(a.anchor === 'orphaned') - Number(b.anchor === 'orphaned') || a.start - b.start),
    [annotations.highlights, color, tag, claimFilter],
  );
  const filtered = color !== null || tag !== null || claimFilter !== 'any';
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
          {t('annotations.highlights')}{' '}
          <span className="muted" data-testid="annotation-count">
            {filtered ? t('annotations.shownOf', { shown: shown.length, total: annotations.highlights.length }) : annotations.highlights.length}
          </span>
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
        {/* Offered once the article has claims, and kept while it filters (an undo may take the last claim away). */}
        {(claimFilter !== 'any' || annotations.highlights.some((h) => h.claim)) && <ClaimFilter highlights={annotations.highlights} value={claimFilter} onChange={setClaimFilter} />}
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
                className={`annotation ${h.anchor}${h.claim ? ` claim claim-${h.claim.status}` : ''}`}
                data-testid="annotation"
                style={{ transform: `translateY(${row.start - listTop}px)` }}
              >
                <AnnotationCard h={h} claim={annotations.claims.get(h.id)} currentText={currentText} onJump={onJump} onClaim={onClaim} onReattach={onReattach} canReattach={canReattach} />
              </li>
            );
          })}
        </ol>
      )}
    </aside>
  );
}

/**
 * One annotation: its claim's status and statement, quote, health, note and tags; an orphan
 * offers to be re-attached. `c` on a focused card makes it a claim, so a highlighted
 * sentence becomes one without the mouse.
 */
function AnnotationCard({ h, claim, currentText, onJump, onClaim, onReattach, canReattach }: {
  h: Highlight;
  claim: ClaimSummary | undefined;
  currentText: (h: Highlight) => string;
  onJump: (h: Highlight) => void;
  onClaim: (h: Highlight) => void;
  onReattach: (h: Highlight) => void;
  canReattach: boolean;
}) {
  const { t } = useTranslation();
  const orphaned = h.anchor === 'orphaned';
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key !== 'c' || e.ctrlKey || e.metaKey || e.altKey) return;
    // This card's, not the reader's: a selection left in the article must not become a claim too.
    e.preventDefault();
    e.stopPropagation();
    onClaim(h);
  };
  return (
    <>
      {/* An orphan's card stays focusable (aria-disabled, not disabled) so that `c` reaches it. */}
      <button className="annotation-main" onClick={() => !orphaned && onJump(h)} aria-disabled={orphaned} onKeyDown={onKeyDown}>
        <span className={`bar hl-${h.color}`} />
        <span className="annotation-body">
          {h.claim && <ClaimBadge status={h.claim.status} />}
          <q className="quote">{h.quote}</q>
          {claim && claim.statement !== h.quote && (
            <span className="claim-statement">
              <span className="muted">{t('annotations.claims.statement')}:</span> {claim.statement}
            </span>
          )}
          {h.anchor === 'changed' && (
            <span className="health changed">
              {t('annotations.changedTo')} <q>{currentText(h)}</q>
            </span>
          )}
          {h.anchor === 'moved' && <span className="health moved">{t('annotations.moved')}</span>}
          {h.noteText && <span className="note-preview">{h.noteText}</span>}
          {h.tags.length > 0 && (
            <span className="tags">
              {h.tags.map((x) => (
                // Inside the card's button, so not a link: a click opens the notebook filtered to the tag.
                <span
                  key={x}
                  className="tag-link"
                  data-testid="sidebar-tag"
                  onClick={(e) => {
                    e.stopPropagation();
                    location.hash = notebookTagHash(x);
                  }}
                >
                  #{x}{' '}
                </span>
              ))}
            </span>
          )}
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
