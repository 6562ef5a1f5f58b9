import { describe, expect, it } from 'vitest';
import { backupsToKeep, isoWeek } from './retention';

const day = (iso: string, n = 0) => ({ name: `${iso}#${n}`, created: new Date(`${iso}T${String(10 + n).padStart(2, '0')}:00:00Z`) });

/** One backup a day for `days` days ending 2026-11-30. */
function daily(days: number) {
  return Array.from({ length: days }, (_, i) => day(new Date(Date.UTC(2026, 10, 30) - i * 86_400_000).toISOString().slice(0, 10)));
}

describe('retention', () => {
  it('keeps everything while there are fewer backups than the tiers hold', () => {
    const list = daily(5);
    expect(backupsToKeep(list)).toEqual(new Set(list.map((b) => b.name)));
  });

  it('keeps the newest of each of 7 days, 4 weeks and 12 months out of a year of daily backups', () => {
    const list = daily(400);
    const kept = [...backupsToKeep(list)].map((n) => n.slice(0, 10)).sort().reverse();
    // 2026-11-30 is a Monday: 7 days (11-24…11-30); 4 weeks: this one (11-30) and the Sundays
    // ending the three before (11-29, already a day, 11-22, 11-15); the last day of each of
    // the 11 months before November.
    expect(kept.slice(0, 7)).toEqual(['2026-11-30', '2026-11-29', '2026-11-28', '2026-11-27', '2026-11-26', '2026-11-25', '2026-11-24']);
    expect(kept).toContain('2026-11-22');
    expect(kept).toContain('2026-11-15');
    expect(kept).not.toContain('2026-11-08');
    for (const month of ['2026-10-31', '2026-09-30', '2026-01-31', '2025-12-31']) expect(kept).toContain(month);
    expect(kept).not.toContain('2025-11-30');
    expect(kept).toHaveLength(7 + 2 + 11);
  });

  it('keeps the newest backup of a day, not the first', () => {
    const list = [day('2026-11-30', 0), day('2026-11-30', 5), day('2026-11-30', 2)];
    expect(backupsToKeep(list)).toEqual(new Set(['2026-11-30#5']));
  });

  it('always keeps the newest backup, however old', () => {
    const list = [day('2019-01-01'), day('2018-06-01')];
    expect(backupsToKeep(list, { daily: 1, weekly: 0, monthly: 0 })).toEqual(new Set(['2019-01-01#0']));
  });

  it('weeks are ISO weeks: the year of their Thursday', () => {
    expect(isoWeek(new Date('2026-11-30T00:00:00Z'))).toBe('2026-W49');
    expect(isoWeek(new Date('2027-01-01T00:00:00Z'))).toBe('2026-W53');
    expect(isoWeek(new Date('2024-12-30T00:00:00Z'))).toBe('2025-W01');
  });
});
