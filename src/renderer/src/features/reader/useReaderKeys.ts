// Every key of the reader: highlighting the selection (colours, n, t, c), the note and tags
// of a highlight just made, stepping through search matches, undo/redo, scrolling, and
// j/k to the next and previous article.
import { useEffect, useRef, type RefObject } from 'react';
import type { HighlightColor } from '../../../../shared/model';
import { isTyping } from '../../ui/typing';
import { colorForKey } from '../annotations/colors';
import type { CardFocus } from '../annotations/HighlightCard';
import type { Annotations } from '../annotations/useAnnotations';
import { scrollDelta } from './scroll-keys';

export interface ReaderKeys {
  annotations: Annotations;
  scroller: RefObject<HTMLDivElement | null>;
  /** Whether text is selected in the article. */
  selecting: boolean;
  highlightSelection(color: HighlightColor, focus?: CardFocus): void;
  /** n and t right after a colour: opens the new highlight's note or tags (false: none was just made). */
  followUp(focus: CardFocus): boolean;
  matches: { count: number; step(by: 1 | -1): void };
  stepArticle(by: 1 | -1): void;
}

export function useReaderKeys(keys: ReaderKeys): void {
  // The handler reads the latest state through a ref: re-subscribing on every render would
  // lose a key pressed between two of them.
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const k = latest.current;
      const typing = isTyping(e.target);
      const mod = e.ctrlKey || e.metaKey;
      // A status just picked in a card's menu can be undone from there: a menu has no undo of its own.
      if (mod && e.key.toLowerCase() === 'z' && (!typing || e.target instanceof HTMLSelectElement)) {
        e.preventDefault();
        void (e.shiftKey ? k.annotations.redo() : k.annotations.undo());
        return;
      }
      if (typing || mod || e.altKey) return;
      if (k.selecting) {
        const color = colorForKey(e.key);
        if (color) {
          e.preventDefault();
          k.highlightSelection(color);
        } else if (e.key === 'n' || e.key === 't' || e.key === 'c') {
          e.preventDefault();
          k.highlightSelection('yellow', e.key === 'n' ? 'note' : e.key === 't' ? 'tags' : 'statement');
        }
        return;
      }
      if ((e.key === 'n' || e.key === 't') && k.followUp(e.key === 'n' ? 'note' : 'tags')) {
        e.preventDefault();
      } else if (k.matches.count > 0 && (e.key === 'n' || e.key === 'N')) {
        e.preventDefault();
        k.matches.step(e.key === 'n' ? 1 : -1);
      } else if (e.key === 'j' || e.key === 'k') {
        e.preventDefault();
        k.stepArticle(e.key === 'j' ? 1 : -1);
      } else if (e.target === document.body || e.target === document.documentElement) {
        const el = k.scroller.current;
        const by = el ? scrollDelta(e.key, e.shiftKey, el.clientHeight) : null;
        if (el && by !== null) {
          e.preventDefault();
          el.scrollBy({ top: Number.isFinite(by) ? by : by > 0 ? el.scrollHeight : -el.scrollHeight });
          el.focus({ preventScroll: true });
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
