// Publication dates as sources write them: ISO (`2021-04-27`, `2021-04-27 17:10:00`),
// RFC 2822 (`Tue, 27 Apr 2021 09:10:00 GMT`), Chinese (`2021年4月27日 17:10`), epoch seconds.

export interface ParsedDate {
  /** YYYY-MM-DD as the source wrote it (or in UTC when the source gave an instant). */
  date: string;
  /** Full ISO timestamp when a time was given, else the date alone. */
  iso: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function parseDate(value: unknown): ParsedDate | null {
  if (value instanceof Date) return fromInstant(value);
  if (typeof value === 'number') return value > 1e8 ? fromInstant(new Date(value < 1e11 ? value * 1000 : value)) : null;
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (!s) return null;

  const cn = /^(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?/.exec(s);
  if (cn) {
    const [, y, m, d, hh, mm, ss] = cn;
    if (!validDay(+y, +m, +d)) return null;
    const date = `${y}-${pad(+m)}-${pad(+d)}`;
    if (hh === undefined) return { date, iso: date };
    // A time with an explicit zone is an instant; without one it stays as written.
    const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/.test(s) ? new Date(s.replace(' ', 'T')) : null;
    if (zoned && !Number.isNaN(zoned.getTime())) return { date, iso: zoned.toISOString() };
    return { date, iso: `${date}T${pad(+hh)}:${mm}:${ss ?? '00'}` };
  }
  if (/^\d{9,13}$/.test(s)) return parseDate(Number(s));
  const t = new Date(s);
  return Number.isNaN(t.getTime()) ? null : fromInstant(t);
}

function fromInstant(t: Date): ParsedDate | null {
  if (Number.isNaN(t.getTime())) return null;
  const date = `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
  return { date, iso: t.toISOString() };
}

function validDay(y: number, m: number, d: number): boolean {
  return y > 1900 && y < 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}
