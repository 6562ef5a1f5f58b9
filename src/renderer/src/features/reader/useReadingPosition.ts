// Where the reader was in an article: put back once the text is laid out, remembered as it
// changes. Once restored, the scroller takes the keyboard focus, so that Space, Page Down
// and the arrows scroll the article at once, without a click in it first.
import { useEffect, useRef, useState, type RefObject } from 'react';
import { call } from '../../api';

/**
 * `layout` is anything that changes when the article's text is laid out anew (the editor);
 * null while there is nothing to scroll. Opened from a search, the reader goes to the match
 * instead of the remembered place.
 */
export function useReadingPosition(id: number, scroller: RefObject<HTMLDivElement | null>, layout: object | null, fromSearch: boolean): void {
  const [restoreTo, setRestoreTo] = useState<number | null>(null);
  const restored = useRef(false);

  useEffect(() => {
    call('getReadingPosition', { id })
      .then((p) => setRestoreTo(p.position ?? 0))
      .catch(() => setRestoreTo(0));
  }, [id]);

  useEffect(() => {
    const el = scroller.current;
    if (!el || restoreTo === null || !layout) return;
    if (!restored.current) {
      restored.current = true;
      requestAnimationFrame(() => {
        if (!fromSearch) el.scrollTop = restoreTo * Math.max(0, el.scrollHeight - el.clientHeight);
        // Only when nothing else holds the focus (a search field, a note being written).
        if (document.activeElement === document.body || document.activeElement === null) el.focus({ preventScroll: true });
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
    // fromSearch matters only for the first restore, which the ref guards.
  }, [restoreTo, layout, id, scroller]);
}
