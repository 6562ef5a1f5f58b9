import { describe, expect, it } from 'vitest';
import { dismissUndo, offerNotice, offerUndo, runUndo } from './undo';

describe('the undo offer', () => {
  it('runs the latest offer once; a newer offer replaces it, a dismissed one is gone', async () => {
    const ran: string[] = [];
    offerUndo('first', async () => ran.push('first'));
    offerUndo('second', async () => ran.push('second'));
    expect(await runUndo()).toBe(true);
    expect(await runUndo()).toBe(false);
    expect(ran).toEqual(['second']);
    offerUndo('third', async () => ran.push('third'));
    dismissUndo();
    expect(await runUndo()).toBe(false);
    expect(ran).toEqual(['second']);
  });

  it('a notice takes the undo\'s place with nothing to run: Ctrl+Z then does nothing', async () => {
    const ran: string[] = [];
    offerUndo('merged', async () => ran.push('merged'));
    offerNotice('could not undo');
    expect(await runUndo()).toBe(false);
    expect(ran).toEqual([]);
  });
});
