import { describe, expect, it } from 'vitest';
import { dueState, localDay, type DueFacts } from './due';

const base: DueFacts = { status: 'to-check', statusAt: '2026-11-01T09:00:00.000Z', checkAgain: null, snoozedUntil: null, newMaterialSince: null };

describe('due-ness', () => {
  it('open claims are due since their status was set', () => {
    expect(dueState(base, '2026-11-30')).toEqual({ due: true, reasons: ['to-check'], since: base.statusAt });
    expect(dueState({ ...base, status: 'needs-source' }, '2026-11-30').reasons).toEqual(['needs-source']);
  });

  it('a settled claim is not due until its check-again day comes', () => {
    const settled = { ...base, status: 'supported' as const, checkAgain: '2026-12-15' };
    expect(dueState(settled, '2026-12-14').due).toBe(false);
    expect(dueState(settled, '2026-12-15')).toEqual({ due: true, reasons: ['check-again'], since: '2026-12-15' });
    expect(dueState({ ...settled, checkAgain: null }, '2030-01-01').due).toBe(false);
  });

  it('new material brings a settled claim back, oldest material first', () => {
    const s = dueState({ ...base, status: 'contradicted', newMaterialSince: '2026-11-20T08:00:00.000Z' }, '2026-11-30');
    expect(s).toEqual({ due: true, reasons: ['new-material'], since: '2026-11-20T08:00:00.000Z' });
  });

  it('a snoozed claim waits until its day, then queues behind claims that waited all along', () => {
    const snoozed = { ...base, snoozedUntil: '2026-12-01' };
    expect(dueState(snoozed, '2026-11-30').due).toBe(false);
    const back = dueState(snoozed, '2026-12-01');
    expect(back.due).toBe(true);
    expect(back.since > dueState(base, '2026-12-01').since).toBe(true);
  });

  it('the local day is the calendar day where the reader is', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
