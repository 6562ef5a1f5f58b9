import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type { ImportProgress, ImportSummary } from '../../../../shared/model';
import type { GlossEvents } from '../../../../shared/api';
import { call, onEvent, pathsOfDroppedFiles } from '../../api';
import { filesFromDrop, filesFromInput, toBase64, type PickedFile } from './dropped-files';
import { countArticles, uploadBatches } from './upload-batches';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading' }
  | { phase: 'running'; progress: ImportProgress | null }
  | { phase: 'done'; summary: ImportSummary }
  | { phase: 'failed'; message: string };

/** Drop and pick handling, progress from the core's events, and the final summary. */
export function useImport() {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const [dragging, setDragging] = useState(false);
  const [finishedCount, setFinished] = useState(0);
  const depth = useRef(0);

  // Uploads arrive in batches; progress is shown over the whole drop.
  const overall = useRef<{ before: number; total: number } | null>(null);
  const cancelled = useRef(false);

  useEffect(
    () =>
      onEvent((event, payload) => {
        if (event !== 'importProgress') return;
        const p = payload as GlossEvents['importProgress'];
        const o = overall.current;
        const progress = o ? { ...p, done: o.before + p.done, total: Math.max(o.total, o.before + p.total) } : p;
        setState((s) => (s.phase === 'running' || s.phase === 'reading' ? { phase: 'running', progress } : s));
      }),
    [],
  );

  const run = useCallback(async (picked: PickedFile[]) => {
    if (picked.length === 0) return;
    setState({ phase: 'reading' });
    cancelled.current = false;
    try {
      const paths = pathsOfDroppedFiles(picked.map((p) => p.file));
      let summary: ImportSummary;
      if (paths && paths.every(Boolean)) {
        setState({ phase: 'running', progress: null });
        summary = await call('importPaths', { paths });
      } else {
        summary = { results: [], imported: 0, duplicate: 0, updated: 0, failed: 0, skipped: 0, cancelled: false };
        overall.current = { before: 0, total: countArticles(picked) };
        for (const batch of uploadBatches(picked)) {
          if (cancelled.current) {
            summary.cancelled = true;
            break;
          }
          // One file at a time: each read is its own task, so the window paints between them.
          const files: { relativePath: string; base64: string }[] = [];
          for (const p of batch) files.push({ relativePath: p.relativePath, base64: await toBase64(p.file) });
          const part = await call('importUploads', { files });
          summary = {
            results: [...summary.results, ...part.results],
            imported: summary.imported + part.imported,
            duplicate: summary.duplicate + part.duplicate,
            updated: summary.updated + part.updated,
            failed: summary.failed + part.failed,
            skipped: summary.skipped + part.skipped,
            cancelled: part.cancelled,
          };
          overall.current.before += part.results.length;
          if (part.cancelled) break;
        }
      }
      setState({ phase: 'done', summary });
    } catch (err) {
      setState({ phase: 'failed', message: (err as Error).message });
    } finally {
      overall.current = null;
      setFinished((n) => n + 1);
    }
  }, []);

  const dropHandlers = useMemo(
    () => ({
      onDragEnter: (e: DragEvent) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        depth.current++;
        setDragging(true);
      },
      onDragOver: (e: DragEvent) => {
        if (e.dataTransfer.types.includes('Files')) e.preventDefault();
      },
      onDragLeave: () => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setDragging(false);
      },
      onDrop: (e: DragEvent) => {
        e.preventDefault();
        depth.current = 0;
        setDragging(false);
        void filesFromDrop(e.dataTransfer).then(run);
      },
    }),
    [run],
  );

  return {
    state,
    dragging,
    finishedCount,
    dropHandlers,
    fromInput: (input: HTMLInputElement) => {
      void run(filesFromInput(input));
      input.value = '';
    },
    cancel: () => {
      cancelled.current = true;
      void call('cancelImport', {});
    },
    dismiss: () => setState({ phase: 'idle' }),
  };
}
