// Claims carry calendar days (YYYY-MM-DD), not instants: "later" means tomorrow on the
// user's own calendar, whatever the hour.

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of `now`, as YYYY-MM-DD. */
export function today(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The day `n` days after `day` (both YYYY-MM-DD). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
