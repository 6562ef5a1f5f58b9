// The open article's highlights and the undo/redo history of what the reader did to them.
// Every action goes to the core first; the history holds how to reverse it.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Highlight, HighlightColor, ReadingDoc } from '../../../../shared/model';
import { call } from '../../api';

interface Step {
  redo(): Promise<unknown>;
  undo(): Promise<unknown>;
}

export interface Annotations {
  highlights: Highlight[];
  /** Whether `highlights` are this article's, loaded (false while they are on their way). */
  ready: boolean;
  /** The highlights could not be loaded: the article shows without them, and says so. */
  failed: boolean;
  tags: string[];
  create(start: number, end: number, color: HighlightColor): Promise<Highlight>;
  recolor(h: Highlight, color: HighlightColor): Promise<void>;
  retag(h: Highlight, tags: string[]): Promise<void>;
  saveNote(h: Highlight, note: ReadingDoc | null, noteText: string): Promise<void>;
  remove(h: Highlight): Promise<void>;
  reattach(h: Highlight, start: number, end: number): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

const restore = (h: Highlight) =>
  call('restoreHighlight', { id: h.id, articleId: h.articleId, start: h.start, end: h.end, color: h.color, note: h.note, noteText: h.noteText, tags: h.tags, createdAt: h.createdAt });

const NONE: Highlight[] = [];

export function useAnnotations(articleId: number): Annotations {
  // Kept with the article they belong to: after a switch, the last article's highlights
  // must not be painted on the next one while its own are on their way.
  const [loaded, setLoaded] = useState<{ articleId: number; highlights: Highlight[]; failed?: boolean } | null>(null);
  const ready = loaded?.articleId === articleId;
  const highlights = ready ? loaded.highlights : NONE;
  const [tags, setTags] = useState<string[]>([]);
  const done = useRef<Step[]>([]);
  const undone = useRef<Step[]>([]);

  const refresh = useCallback(async () => {
    try {
      const [list, allTags] = await Promise.all([call('listHighlights', { articleId }), call('listTags', {})]);
      setLoaded({ articleId, highlights: list });
      setTags(allTags.map((t) => t.name));
    } catch {
      // The reader waits for the highlights to paint them with the article: it must not wait for ever.
      setLoaded((prev) => (prev?.articleId === articleId && !prev.failed ? prev : { articleId, highlights: [], failed: true }));
    }
  }, [articleId]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const record = useCallback(
    async (step: Step) => {
      await step.redo();
      done.current.push(step);
      undone.current = [];
      await refresh();
    },
    [refresh],
  );

  return {
    highlights,
    ready,
    failed: ready && !!loaded.failed,
    tags,
    async create(start, end, color) {
      let made: Highlight | null = null;
      await record({
        redo: async () => (made = made ? await restore(made) : await call('createHighlight', { articleId, start, end, color })),
        undo: () => call('deleteHighlight', { id: made!.id }),
      });
      return made!;
    },
    recolor: (h, color) => record({ redo: () => call('updateHighlight', { id: h.id, color }), undo: () => call('updateHighlight', { id: h.id, color: h.color }) }),
    retag: (h, next) => record({ redo: () => call('updateHighlight', { id: h.id, tags: next }), undo: () => call('updateHighlight', { id: h.id, tags: h.tags }) }),
    // Notes have their own undo inside the editor; saving is not a step here.
    async saveNote(h, note, noteText) {
      await call('updateHighlight', { id: h.id, note, noteText });
      await refresh();
    },
    async remove(h) {
      let latest = h;
      await record({
        redo: async () => {
          latest = await call('deleteHighlight', { id: h.id });
        },
        undo: () => restore(latest),
      });
    },
    async reattach(h, start, end) {
      await call('reattachHighlight', { id: h.id, start, end });
      await refresh();
    },
    async undo() {
      const step = done.current.pop();
      if (!step) return;
      await step.undo();
      undone.current.push(step);
      await refresh();
    },
    async redo() {
      const step = undone.current.pop();
      if (!step) return;
      await step.redo();
      done.current.push(step);
      await refresh();
    },
  };
}
