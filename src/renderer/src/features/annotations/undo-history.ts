// The reader's undo and redo: each step knows how to do and undo itself against the core.
// A step that fails to travel stays where it was, so the history never lies about the library.

export interface Step {
  redo(): Promise<unknown>;
  undo(): Promise<unknown>;
}

export class UndoHistory {
  private done: Step[] = [];
  private undone: Step[] = [];

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** Does the step; once done it can be undone, and what was undone before is forgotten. */
  async record(step: Step): Promise<void> {
    await step.redo();
    this.done.push(step);
    this.undone = [];
  }

  undo(): Promise<void> {
    return this.travel(this.done, this.undone, (s) => s.undo());
  }

  redo(): Promise<void> {
    return this.travel(this.undone, this.done, (s) => s.redo());
  }

  private async travel(from: Step[], to: Step[], run: (s: Step) => Promise<unknown>): Promise<void> {
    const step = from.pop();
    if (!step) return;
    try {
      await run(step);
    } catch (e) {
      from.push(step);
      throw e;
    }
    to.push(step);
  }
}
