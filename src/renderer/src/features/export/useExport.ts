// Runs one export: on the desktop into a folder the main process asks for (Markdown files
// updated in place), in browser mode as a download (a zip of the Markdown files, or the
// JSON file). Progress comes as events while it runs.
import { useCallback, useEffect, useState } from 'react';
import type { CallInput } from '../../../../shared/api';
import type { ExportFormat, ExportResult } from '../../../../shared/model';
import { call, exportsToFolder, onEvent } from '../../api';

export type Scope = CallInput<'exportDownload'>['scope'];

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number }
  | { phase: 'done'; result: ExportResult | { downloaded: string; articles: number } }
  | { phase: 'cancelled' }
  | { phase: 'error'; message: string };

function download(fileName: string, mime: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function useExport() {
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  useEffect(
    () =>
      onEvent((event, payload) => {
        if (event !== 'exportProgress') return;
        const { done, total } = payload as { done: number; total: number };
        setState((s) => (s.phase === 'running' ? { phase: 'running', done, total } : s));
      }),
    [],
  );
  const run = useCallback(async (scope: Scope, format: ExportFormat, fullText: boolean) => {
    setState({ phase: 'running', done: 0, total: 0 });
    try {
      if (exportsToFolder()) {
        const result = await call('exportToFolder', { scope, format, fullText });
        setState(result ? { phase: 'done', result } : { phase: 'cancelled' });
      } else {
        const file = await call('exportDownload', { scope, format, fullText });
        download(file.fileName, file.mime, file.base64);
        setState({ phase: 'done', result: { downloaded: file.fileName, articles: file.articles } });
      }
    } catch (err) {
      setState({ phase: 'error', message: (err as Error).message });
    }
  }, []);
  return { state, run };
}
