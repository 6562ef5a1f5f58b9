// Highlights painted over the read-only article as ProseMirror decorations: the stored
// document is never edited, overlapping highlights nest (both show), and each painted
// span carries its highlight's id for clicks. A highlight that is a claim also carries
// its status: a colour edge, and a marker where it ends.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { ClaimStatus, Highlight } from '../../../shared/model';
import { offsetMap } from '../../../shared/reading/offsets';

export const highlightsKey = new PluginKey<DecorationSet>('gloss-highlights');

export interface Paint {
  highlights: Highlight[];
  /** A highlight to flash (after a click in the sidebar). */
  flash?: number | null;
  /** Search matches or other passing marks: [start, end) offsets. */
  marks?: [number, number][];
  /** The mark the reader is on (an index into `marks`). */
  current?: number;
  /** A claim status in the reader's language (the marker's tooltip). */
  claimLabel?: (status: ClaimStatus) => string;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    glossHighlights: {
      /** Paints these highlights (replacing what was painted). */
      paintHighlights: (paint: Paint) => ReturnType;
    };
  }
}

/**
 * The marker after a claim's words: its status as a glyph (CSS draws it, so that it adds no
 * text to the article, to its selections or to what is copied) in the status colour.
 */
function claimMarker(status: ClaimStatus, label: string | undefined): HTMLElement {
  const marker = document.createElement('span');
  marker.className = `claim-marker claim-${status}`;
  marker.dataset.claimStatus = status;
  if (label) marker.title = label;
  return marker;
}

/** The decorations for a paint over `doc`. */
function decorate(doc: Parameters<typeof offsetMap>[0], paint: Paint): DecorationSet {
  const map = offsetMap(doc);
  const decorations: Decoration[] = [];
  for (const h of paint.highlights) {
    if (h.anchor === 'orphaned' || h.end > map.length) continue;
    const status = h.claim?.status;
    const classes = ['hl', `hl-${h.color}`, h.anchor === 'changed' ? 'hl-changed' : '', paint.flash === h.id ? 'hl-flash' : '', status ? `claim claim-${status}` : ''].filter(Boolean).join(' ');
    // A nodeName gives each highlight its own element: overlapping ones nest instead of
    // merging into one span whose id only the last of them would carry.
    decorations.push(
      Decoration.inline(map.toPos(h.start), map.toPos(h.end), { nodeName: 'span', class: classes, 'data-highlight': String(h.id), ...(status ? { 'data-claim-status': status } : {}) }),
    );
    if (status) {
      const label = paint.claimLabel?.(status);
      // The key names what the marker shows: ProseMirror keeps a widget's DOM while its key stays.
      decorations.push(Decoration.widget(map.toPos(h.end), () => claimMarker(status, label), { side: -1, key: `claim-${h.id}-${status}-${label ?? ''}`, ignoreSelection: true }));
    }
  }
  (paint.marks ?? []).forEach(([start, end], i) => {
    if (end > map.length) return;
    const current = i === paint.current;
    decorations.push(Decoration.inline(map.toPos(start), map.toPos(end), { nodeName: 'mark', class: current ? 'search-mark search-current' : 'search-mark', 'data-testid': current ? 'search-current' : 'search-mark' }));
  });
  return DecorationSet.create(doc, decorations);
}

export const HighlightDecorations = Extension.create<{ initial: () => Paint | null }>({
  name: 'glossHighlights',

  addOptions() {
    return { initial: () => null };
  },

  addCommands() {
    return {
      paintHighlights:
        (paint) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(highlightsKey, paint);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    const { initial } = this.options;
    return [
      new Plugin<DecorationSet>({
        key: highlightsKey,
        state: {
          // Painted in the editor's first state: painting after it was created would lay
          // the article out twice, once bare and once with 300 highlights.
          init: (_, state) => {
            const paint = initial();
            return paint ? decorate(state.doc, paint) : DecorationSet.empty;
          },
          apply(tr, set) {
            const paint = tr.getMeta(highlightsKey) as Paint | undefined;
            return paint ? decorate(tr.doc, paint) : set.map(tr.mapping, tr.doc);
          },
        },
        props: {
          decorations(state) {
            return highlightsKey.getState(state);
          },
        },
      }),
    ];
  },
});
