// The last undoable library action (a delete, an archive): one at a time, offered in a toast
// and on Ctrl+Z until the next action replaces it or the toast is dismissed. An undo that
// could not be done leaves a notice in the same place, saying why.
import { useSyncExternalStore } from 'react';

export interface UndoEntry {
  id: number;
  message: string;
  /** Null for a notice: nothing to undo. */
  undo: (() => Promise<unknown>) | null;
}

let current: UndoEntry | null = null;
let next = 1;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

export function offerUndo(message: string, undo: () => Promise<unknown>): void {
  current = { id: next++, message, undo };
  notify();
}

/** A message in the undo's place, with nothing to undo (why an undo could not be done). */
export function offerNotice(message: string): void {
  current = { id: next++, message, undo: null };
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
  if (!entry?.undo) return false;
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
