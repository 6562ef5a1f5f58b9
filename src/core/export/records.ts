// What a Markdown export needs of each article, read in bulk: a few queries per batch of
// articles, never one per highlight, so that 10,000 articles export in seconds. The text,
// stored compressed, is read only when it is asked for.
import type { AnchorHealth, ClaimStatus, HighlightColor, ReadingDoc } from '../../shared/model';
import { unpackText } from '../library/content';
import type { Library } from '../library/db';

export interface ExportHighlight {
  uid: string;
  quote: string;
  start: number;
  color: HighlightColor;
  anchor: AnchorHealth;
  note: ReadingDoc | null;
  tags: string[];
  claim: { status: ClaimStatus; statement: string } | null;
}

export interface ExportArticle {
  id: number;
  uid: string;
  title: string;
  author: string | null;
  site: string | null;
  url: string | null;
  published: string | null;
  tags: string[];
  archived: boolean;
  note: ReadingDoc | null;
  /** In reading order. */
  highlights: ExportHighlight[];
  /** The plain text, when the export includes it. */
  text: string | null;
}

interface ArticleRow {
  id: number;
  uid: string;
  title: string;
  author: string | null;
  site: string | null;
  url: string | null;
  published: string | null;
  tags: string;
  archived: 0 | 1;
  note: string | null;
  packed_text: Buffer | null;
}

interface HighlightRow {
  article_id: number;
  uid: string;
  exact: string;
  start: number;
  color: HighlightColor;
  anchor: AnchorHealth;
  note: string | null;
  tags: string;
  status: ClaimStatus | null;
  statement: string | null;
}

/** The articles with ids `ids`, in that order (ids of no article are skipped). */
export function exportRecords(lib: Library, ids: number[], withText: boolean): ExportArticle[] {
  const list = JSON.stringify(ids);
  const rows = lib.db
    .prepare(
      `SELECT a.id, a.uid, a.title, a.author, a.site, a.url, coalesce(a.published, a.date) AS published, a.archived_at IS NOT NULL AS archived, ${withText ? 'a.packed_text' : 'NULL AS packed_text'},
         (SELECT json_group_array(name) FROM (SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id ORDER BY t.name)) AS tags,
         (SELECT n.note FROM article_notes n WHERE n.article_id = a.id) AS note
       FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))`,
    )
    .all(list) as ArticleRow[];
  const highlights = lib.db
    .prepare(
      `SELECT h.article_id, h.uid, h.exact, h.start, h.color, h.anchor, h.note, c.status, c.statement,
         (SELECT json_group_array(name) FROM (SELECT t.name FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id WHERE ht.highlight_id = h.id ORDER BY t.name)) AS tags
       FROM highlights h LEFT JOIN claims c ON c.highlight_id = h.id
       WHERE h.article_id IN (SELECT value FROM json_each(?)) ORDER BY h.article_id, h.start, h.id`,
    )
    .all(list) as HighlightRow[];
  const byArticle = new Map<number, ExportHighlight[]>();
  for (const h of highlights) {
    const list = byArticle.get(h.article_id) ?? byArticle.set(h.article_id, []).get(h.article_id)!;
    list.push({
      uid: h.uid,
      quote: h.exact,
      start: h.start,
      color: h.color,
      anchor: h.anchor,
      note: h.note ? (JSON.parse(h.note) as ReadingDoc) : null,
      tags: JSON.parse(h.tags) as string[],
      claim: h.status ? { status: h.status, statement: h.statement! } : null,
    });
  }
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [
      {
        id: r.id,
        uid: r.uid,
        title: r.title,
        author: r.author,
        site: r.site,
        url: r.url,
        published: r.published,
        tags: JSON.parse(r.tags) as string[],
        archived: r.archived === 1,
        note: r.note ? (JSON.parse(r.note) as ReadingDoc) : null,
        highlights: byArticle.get(r.id) ?? [],
        text: r.packed_text ? unpackText(r.packed_text) : null,
      },
    ];
  });
}
