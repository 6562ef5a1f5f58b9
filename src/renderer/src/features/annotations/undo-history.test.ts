import { describe, expect, it } from 'vitest';
import { UndoHistory, type Step } from './undo-history';

/** A step over a list, as the core would hold it; `fail` makes the next travel throw. */
function adding(list: string[], item: string, fail: { next: boolean }): Step {
  const guard = async () => {
    if (fail.next) {
      fail.next = false;
      throw new Error('the core said no');
    }
  };
  return {
    redo: async () => (await guard(), list.push(item)),
    undo: async () => (await guard(), list.splice(list.indexOf(item), 1)),
  };
}

describe('the undo history', () => {
  it('undoes and redoes in order, and a new step forgets what was undone', async () => {
    const list: string[] = [];
    const fail = { next: false };
    const h = new UndoHistory();
    expect(h.canUndo).toBe(false);
    await h.record(adding(list, 'a', fail));
    await h.record(adding(list, 'b', fail));
    await h.undo();
    expect(list).toEqual(['a']);
    await h.redo();
    expect(list).toEqual(['a', 'b']);
    await h.undo();
    await h.record(adding(list, 'c', fail));
    expect(h.canRedo).toBe(false);
    await h.redo(); // nothing to redo: nothing happens
    expect(list).toEqual(['a', 'c']);
  });

  it('keeps a step that failed to travel where it was, to be tried again', async () => {
    const list: string[] = [];
    const fail = { next: false };
    const h = new UndoHistory();
    await h.record(adding(list, 'a', fail));
    fail.next = true;
    await expect(h.undo()).rejects.toThrow('the core said no');
    expect(list).toEqual(['a']);
    expect(h.canUndo).toBe(true);
    expect(h.canRedo).toBe(false);
    await h.undo();
    expect(list).toEqual([]);
  });

  it('records nothing when the step itself fails', async () => {
    const fail = { next: true };
    const h = new UndoHistory();
    await expect(h.record(adding([], 'a', fail))).rejects.toThrow();
    expect(h.canUndo).toBe(false);
  });
});
