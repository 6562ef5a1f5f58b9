// Which backups to keep: the newest of each of the last 7 days that have one, of the last 4
// weeks, and of the last 12 months (UTC days, ISO weeks). A backup kept by any rule stays.
// The tiers are why one bad day never costs every copy (Joplin kept one backup by default,
// and users lost notes when the mistake was copied over it).

export interface Dated {
  name: string;
  created: Date;
}

export const RETENTION = { daily: 7, weekly: 4, monthly: 12 } as const;

export function backupsToKeep(backups: Dated[], policy: { daily: number; weekly: number; monthly: number } = RETENTION): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.created.getTime() - a.created.getTime());
  const keep = new Set<string>();
  const tiers: [number, (d: Date) => string][] = [
    [policy.daily, (d) => d.toISOString().slice(0, 10)],
    [policy.weekly, isoWeek],
    [policy.monthly, (d) => d.toISOString().slice(0, 7)],
  ];
  for (const [limit, bucket] of tiers) {
    const seen = new Set<string>();
    for (const b of newestFirst) {
      if (seen.size >= limit) break;
      const key = bucket(b.created);
      if (seen.has(key)) continue;
      seen.add(key);
      keep.add(b.name);
    }
  }
  return keep;
}

/** 2026-W48: the ISO year and week of a UTC day. */
export function isoWeek(d: Date): string {
  const day = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday); // the Thursday of its week decides the year
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
