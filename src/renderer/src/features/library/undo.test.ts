import { describe, expect, it } from 'vitest';
import { dismissUndo, offerUndo, runUndo } from './undo';

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
});
