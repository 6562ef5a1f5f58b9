// The last undoable library action (a delete, an archive): one at a time, offered in a toast
// and on Ctrl+Z until the next action replaces it or the toast is dismissed.
import { useSyncExternalStore } from 'react';

export interface UndoEntry {
  id: number;
  message: string;
  undo: () => Promise<unknown>;
}

let current: UndoEntry | null = null;
let next = 1;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

export function offerUndo(message: string, undo: () => Promise<unknown>): void {
  current = { id: next++, message, undo };
  notify();
}

export function dismissUndo(id?: number): void {
  if (id !== undefined && current?.id !== id) return;
  current = null;
  notify();
}

/** Runs the offered undo once; the entry is gone before it runs, so a second Ctrl+Z does nothing. */
export async function runUndo(): Promise<boolean> {
  const entry = current;
  if (!entry) return false;
  current = null;
  notify();
  await entry.undo();
  return true;
}

export function useUndo(): UndoEntry | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
