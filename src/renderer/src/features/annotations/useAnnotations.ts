// The open article's highlights and claims, and the undo/redo history of what the reader
// did to them. Every action goes to the core first; the history holds how to reverse it.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Claim, ClaimStatus, ClaimSummary, Highlight, HighlightColor, ReadingDoc } from '../../../../shared/model';
import { call } from '../../api';
import { UndoHistory, type Step } from './undo-history';


export interface Annotations {
  highlights: Highlight[];
  /** The claims made from this article's highlights, by highlight id. */
  claims: ReadonlyMap<number, ClaimSummary>;
  /** Whether `highlights` are this article's, loaded (false while they are on their way). */
  ready: boolean;
  /** The highlights could not be loaded: the article shows without them, and says so. */
  failed: boolean;
  /** What the core said when the last action failed (cleared by the next one that works). */
  error: string | null;
  dismissError(): void;
  tags: string[];
  /** Each of these resolves to null when the core refused the action (then `error` says why). */
  create(start: number, end: number, color: HighlightColor): Promise<Highlight | null>;
  /** A new highlight that is a claim at once: one step of the history. */
  highlightAsClaim(start: number, end: number, color: HighlightColor): Promise<Highlight | null>;
  claim(h: Highlight): Promise<Claim | null>;
  unclaim(h: Highlight): Promise<void>;
  decide(h: Highlight, status: ClaimStatus): Promise<void>;
  restate(h: Highlight, statement: string): Promise<void>;
  recolor(h: Highlight, color: HighlightColor): Promise<void>;
  retag(h: Highlight, tags: string[]): Promise<void>;
  saveNote(h: Highlight, note: ReadingDoc | null, noteText: string): Promise<void>;
  remove(h: Highlight): Promise<void>;
  reattach(h: Highlight, start: number, end: number): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

// The core keeps a deleted highlight's claim: restoring the highlight brings the claim back with it.
const restore = (h: Highlight) =>
  call('restoreHighlight', { id: h.id, articleId: h.articleId, start: h.start, end: h.end, color: h.color, note: h.note, noteText: h.noteText, tags: h.tags, createdAt: h.createdAt, uid: h.uid });

/** The change a decision appended to the claim's history (what undoing it takes back). */
const latestChange = (c: Claim) => Math.max(...c.history.map((x) => x.id));

const NONE: Highlight[] = [];
const NO_CLAIMS: ReadonlyMap<number, ClaimSummary> = new Map();

interface Loaded {
  articleId: number;
  highlights: Highlight[];
  claims: ReadonlyMap<number, ClaimSummary>;
  failed?: boolean;
}

export function useAnnotations(articleId: number): Annotations {
  // Kept with the article they belong to: after a switch, the last article's highlights
  // must not be painted on the next one while its own are on their way.
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const ready = loaded?.articleId === articleId;
  const [tags, setTags] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const history = useRef(new UndoHistory());

  const refresh = useCallback(async () => {
    try {
      const [list, allTags] = await Promise.all([call('listHighlights', { articleId }), call('listTags', {})]);
      // Statements come with the claims; an article without any needs no second call.
      const claims = list.some((h) => h.claim) ? await call('listClaims', { articleId }) : [];
      setLoaded({ articleId, highlights: list, claims: new Map(claims.map((c) => [c.highlightId, c])) });
      setTags(allTags.map((t) => t.name));
    } catch {
      // The reader waits for the highlights to paint them with the article: it must not wait for ever.
      setLoaded((prev) => (prev?.articleId === articleId && !prev.failed ? prev : { articleId, highlights: [], claims: NO_CLAIMS, failed: true }));
    }
  }, [articleId]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  /** Runs an action, says what went wrong if the core refused it, and shows the library as it now is. */
  const attempt = useCallback(
    async (action: () => Promise<unknown>): Promise<boolean> => {
      try {
        await action();
        setError(null);
        return true;
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
        return false;
      } finally {
        await refresh();
      }
    },
    [refresh],
  );

  const record = useCallback((step: Step) => attempt(() => history.current.record(step)), [attempt]);

  return {
    highlights: ready ? loaded.highlights : NONE,
    claims: ready ? loaded.claims : NO_CLAIMS,
    ready,
    failed: ready && !!loaded.failed,
    error,
    dismissError: () => setError(null),
    tags,
    async create(start, end, color) {
      // The same words again are the highlight already there (the core says so too): no
      // second highlight, and no step whose undo would delete the first.
      const existing = loaded?.articleId === articleId ? loaded.highlights.find((h) => h.start === start && h.end === end && h.anchor !== 'orphaned') : undefined;
      if (existing) return existing;
      let made: Highlight | null = null;
      const ok = await record({
        redo: async () => (made = made ? await restore(made) : await call('createHighlight', { articleId, start, end, color })),
        undo: () => call('deleteHighlight', { id: made!.id }),
      });
      return ok ? made : null;
    },
    async highlightAsClaim(start, end, color) {
      let made: Highlight | null = null;
      const ok = await record({
        async redo() {
          if (made) return restore(made);
          const h = await call('createHighlight', { articleId, start, end, color });
          // Both or neither: a highlight left without the claim asked for would be a surprise.
          await call('createClaim', { highlightId: h.id }).catch(async (e: unknown) => {
            await call('deleteHighlight', { id: h.id });
            throw e;
          });
          made = h;
        },
        undo: () => call('deleteHighlight', { id: made!.id }),
      });
      return ok ? made : null;
    },
    async claim(h) {
      let made: Claim | null = null;
      const ok = await record({
        redo: async () => (made = made ? await call('restoreClaim', { highlightId: h.id }) : await call('createClaim', { highlightId: h.id })),
        undo: () => call('deleteClaim', { id: made!.id }),
      });
      return ok ? made : null;
    },
    async unclaim(h) {
      if (!h.claim) return;
      const { id } = h.claim;
      await record({ redo: () => call('deleteClaim', { id }), undo: () => call('restoreClaim', { highlightId: h.id }) });
    },
    async decide(h, status) {
      if (!h.claim || h.claim.status === status) return;
      const { id } = h.claim;
      let change = 0;
      await record({
        redo: async () => (change = latestChange(await call('decideClaim', { id, status }))),
        undo: () => call('undoDecision', { id, change }),
      });
    },
    // Like notes, the statement is a text field with its own undo; saving it is not a step here.
    async restate(h, statement) {
      if (!h.claim) return;
      const { id } = h.claim;
      await attempt(() => call('updateClaim', { id, statement }));
    },
    recolor: (h, color) => record({ redo: () => call('updateHighlight', { id: h.id, color }), undo: () => call('updateHighlight', { id: h.id, color: h.color }) }).then(() => undefined),
    retag: (h, next) => record({ redo: () => call('updateHighlight', { id: h.id, tags: next }), undo: () => call('updateHighlight', { id: h.id, tags: h.tags }) }).then(() => undefined),
    // Notes have their own undo inside the editor; saving is not a step here.
    async saveNote(h, note, noteText) {
      await attempt(() => call('updateHighlight', { id: h.id, note, noteText }));
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
      await attempt(() => call('reattachHighlight', { id: h.id, start, end }));
    },
    async undo() {
      if (history.current.canUndo) await attempt(() => history.current.undo());
    },
    async redo() {
      if (history.current.canRedo) await attempt(() => history.current.redo());
    },
  };
}
