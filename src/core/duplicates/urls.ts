// The same page reached by different addresses: http or https, with or without `www.`, a
// trailing slash, a fragment, or tracking parameters some sites append (utm_*, spm, wfr, from).
const TRACKING = /^(utm_.*|spm|wfr|from|for|share_token|scene|srcid|tt_group_id|agt)$/i;

/** A URL reduced to what identifies the page, or null for anything that is not an http(s) address. */
export function normaliseUrl(url: string | null): string | null {
  if (!url || !URL.canParse(url)) return null;
  const u = new URL(url);
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const params = [...u.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const path = u.pathname.replace(/\/+$/, '');
  return `${host}${u.port ? `:${u.port}` : ''}${path}${query}`;
}
