import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type { ImportProgress, ImportSummary } from '../../../../shared/model';
import { call, onEvent, pathsOfDroppedFiles } from '../../api';
import { filesFromDrop, filesFromInput, toBase64, type PickedFile } from './dropped-files';

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

  useEffect(
    () =>
      onEvent((event, payload) => {
        if (event === 'importProgress') setState((s) => (s.phase === 'running' || s.phase === 'reading' ? { phase: 'running', progress: payload } : s));
      }),
    [],
  );

  const run = useCallback(async (picked: PickedFile[]) => {
    if (picked.length === 0) return;
    setState({ phase: 'reading' });
    try {
      const paths = pathsOfDroppedFiles(picked.map((p) => p.file));
      let summary: ImportSummary;
      if (paths && paths.every(Boolean)) {
        setState({ phase: 'running', progress: null });
        summary = await call('importPaths', { paths });
      } else {
        const files = await Promise.all(picked.map(async (p) => ({ relativePath: p.relativePath, base64: await toBase64(p.file) })));
        setState({ phase: 'running', progress: null });
        summary = await call('importUploads', { files });
      }
      setState({ phase: 'done', summary });
    } catch (err) {
      setState({ phase: 'failed', message: (err as Error).message });
    } finally {
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
    cancel: () => void call('cancelImport', {}),
    dismiss: () => setState({ phase: 'idle' }),
  };
}
