// Chinese news sites append their own name to every title ("…_网易订阅", "…-EDN 电子技术设计",
// "… - 36氪", "…_财经_腾讯网"), and a story re-posted elsewhere carries another's. The
// library shows the title without them; what was cut is kept in the article's metadata.

/** A separator and the segment after it, at the end of a title. */
const TAIL = /(\s*(?:_{1,2}|--|\s-\s|-|\||｜|–|—)\s*)([^_|｜–—-]+)$/u;

/** A segment that names a site, channel or section rather than saying what happened. */
const SITE_WORD = /(网|官网|订阅|新闻|资讯|频道|首页|日报|晚报|时报|周刊|报$|设计|星空|36氪|the paper|\.(cn|com|net|org)$|门户)/iu;
const MAX_SEGMENT = 20;

export function cleanTitle(title: string, site: string | null): { title: string; suffix: string | null } {
  let rest = title.trim();
  const siteName = site?.trim().toLowerCase() || null;
  for (;;) {
    const m = TAIL.exec(rest);
    if (!m) break;
    const segment = m[2].trim();
    const kept = rest.slice(0, m.index).trim();
    const names = siteName !== null && (segment.toLowerCase() === siteName || segment.toLowerCase().includes(siteName));
    const looksLikeSite = segment.length <= MAX_SEGMENT && SITE_WORD.test(segment);
    // What is left must still be a title, not a stub.
    if (!(names || looksLikeSite) || [...kept].length < 4) break;
    rest = kept;
  }
  return rest === title.trim() ? { title, suffix: null } : { title: rest, suffix: title.trim().slice(rest.length) };
}
