// The filters of a query (tag: color: in: site: before: after: is:claim status:) applied to index rows.
import type { Library } from '../library/db';
import { ARTICLE, ARTICLE_NOTE, CLAIM_NOTE, CLAIM_STATEMENT, HIGHLIGHT_NOTE, QUOTE, isHighlightItem, type Item, type Kind } from './items';
import type { Filters } from './query';

const KIND_OF: Record<Filters['kinds'][number], Kind[]> = {
  articles: [ARTICLE],
  highlights: [QUOTE],
  notes: [HIGHLIGHT_NOTE, ARTICLE_NOTE],
  claims: [CLAIM_STATEMENT, CLAIM_NOTE],
};

const ids = (lib: Library, sql: string, ...params: unknown[]) => new Set(lib.db.prepare(sql).pluck().all(...params) as number[]);

type Test = (item: Item, article: number) => boolean;

/** A test for items (with the article each belongs to), or null when there is no filter. */
export function itemFilter(lib: Library, f: Filters): Test | null {
  const tests: Test[] = [];
  if (f.kinds.length > 0) {
    const kinds = new Set(f.kinds.flatMap((k) => KIND_OF[k]));
    tests.push((item) => kinds.has(item.kind));
  }
  if (f.colors.length > 0) {
    const colored = ids(lib, `SELECT id FROM highlights WHERE color IN (${f.colors.map(() => '?').join(',')})`, ...f.colors);
    tests.push((item) => isHighlightItem(item) && colored.has(item.id));
  }
  for (const tag of f.tags) {
    const highlights = ids(lib, 'SELECT ht.highlight_id FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id WHERE t.name = ?', tag);
    // An article carries a tag the reader gave it, or one its source gave it (front matter).
    const articles = ids(
      lib,
      `SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE t.name = @tag
       UNION SELECT a.id FROM articles a, json_each(a.source_tags) s WHERE s.value = @tag COLLATE NOCASE`,
      { tag },
    );
    tests.push((item, article) => (isHighlightItem(item) ? highlights.has(item.id) : articles.has(article)));
  }
  for (const site of f.sites) {
    const pattern = `%${site.replace(/[\\%_]/g, '\\$&')}%`;
    const articles = ids(lib, "SELECT id FROM articles WHERE lower(coalesce(site, '')) LIKE @p ESCAPE '\\' OR lower(coalesce(url, '')) LIKE @p ESCAPE '\\'", { p: pattern });
    tests.push((_item, article) => articles.has(article));
  }
  if (f.claims || f.statuses.length > 0) {
    // A claim's highlight, its note and the claim's own statement and note: every item
    // hanging on a highlight that is a claim (of one of these statuses).
    const statuses = f.statuses.length ? `WHERE status IN (${f.statuses.map(() => '?').join(',')})` : '';
    const claimed = ids(lib, `SELECT highlight_id FROM claims ${statuses}`, ...f.statuses);
    tests.push((item) => isHighlightItem(item) && claimed.has(item.id));
  }
  if (f.before || f.after) {
    // The article's date, or the day it was imported when its source gave none.
    const articles = ids(
      lib,
      `SELECT id FROM articles WHERE (@before IS NULL OR coalesce(date, substr(imported_at, 1, 10)) < @before)
         AND (@after IS NULL OR coalesce(date, substr(imported_at, 1, 10)) >= @after)`,
      { before: f.before, after: f.after },
    );
    tests.push((_item, article) => articles.has(article));
  }
  return tests.length === 0 ? null : (item, article) => tests.every((t) => t(item, article));
}
