import { describe, expect, it } from 'vitest';
import { addDays, today } from './days';

describe('days', () => {
  it('reads the local calendar day, not the UTC one', () => {
    expect(today(new Date(2024, 11, 31, 23, 59))).toBe('2024-12-31');
    expect(today(new Date(2025, 0, 1, 0, 1))).toBe('2025-01-01');
  });

  it('adds days across months, years and a leap day', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-29', 7)).toBe('2025-01-05');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });
});
