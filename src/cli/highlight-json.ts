import type { Highlight } from '../shared/model';

/** A highlight as `--json` prints it (annotate, highlights, delete-highlight). */
export function highlightJson(h: Highlight) {
  return {
    id: h.id,
    articleId: h.articleId,
    quote: h.quote,
    prefix: h.prefix,
    suffix: h.suffix,
    start: h.start,
    end: h.end,
    color: h.color,
    note: h.noteText || null,
    tags: h.tags,
    orphaned: h.anchor === 'orphaned',
    anchor: h.anchor,
  };
}
