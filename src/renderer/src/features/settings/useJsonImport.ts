// Settings → "Import a Gloss export (JSON)…": the chosen file's text goes to the core as an
// upload (no path, on the desktop as in browser mode), which merges it as `gloss
// import-json` does. A file over the contract's bound is refused here, before it is read.
import { useCallback, useState } from 'react';
import { GlossApiError, MAX_JSON_IMPORT_CHARS, type CallResults } from '../../../../shared/api';
import { call } from '../../api';
import { LIBRARY_CHANGED } from '../library/article-actions';

export type JsonImportState =
  | { phase: 'idle' }
  | { phase: 'running'; name: string }
  | { phase: 'done'; name: string; summary: CallResults['importJsonText'] }
  | { phase: 'tooLarge'; name: string }
  | { phase: 'refused'; name: string; reason: string };

export function useJsonImport() {
  const [state, setState] = useState<JsonImportState>({ phase: 'idle' });
  const importFile = useCallback(async (file: File) => {
    const name = file.name;
    // UTF-8 takes at least a byte a character: a file within the bound in bytes is within it in characters.
    if (file.size > MAX_JSON_IMPORT_CHARS) return setState({ phase: 'tooLarge', name });
    setState({ phase: 'running', name });
    try {
      const summary = await call('importJsonText', { text: await file.text() });
      setState({ phase: 'done', name, summary });
      window.dispatchEvent(new Event(LIBRARY_CHANGED));
    } catch (err) {
      setState({ phase: 'refused', name, reason: err instanceof GlossApiError ? err.error.message : (err as Error).message });
    }
  }, []);
  return { state, importFile };
}
