/** A YYYY-MM-DD date in the reader's language (2021年4月27日 / Apr 27, 2021). */
export function formatDate(date: string | null, language: string): string | null {
  if (!date) return null;
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(d);
}
