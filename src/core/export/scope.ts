// Which articles an export takes: one, those carrying a tag (on the article or on one of
// its highlights), those a search query matches (the app's query language), or all.
// Articles in the Trash are left out of every scope but the one that names them: search
// already matches nothing in the Trash, and a tag or "everything" follows it.
import type { z } from 'zod';
import type { ExportScope as ScopeSchema } from '../../shared/api';
import { normaliseTag } from '../annotations/tags';
import { NotFoundError } from '../errors';
import type { Library } from '../library/db';
import { searchLibrary } from '../search/search';

export type ExportScope = z.infer<typeof ScopeSchema>;

/** The ids of the articles in scope, in the library's order (oldest first). */
export function scopeArticleIds(lib: Library, scope: ExportScope): number[] {
  if ('articleId' in scope) {
    if (!lib.db.prepare('SELECT 1 FROM articles WHERE id = ?').get(scope.articleId)) throw new NotFoundError(`no article with id ${scope.articleId}`);
    return [scope.articleId];
  }
  if ('tag' in scope) {
    return lib.db
      .prepare(
        `SELECT a.id FROM live_articles a WHERE (EXISTS (SELECT 1 FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id AND t.name = @tag)
           OR EXISTS (SELECT 1 FROM highlights h JOIN highlight_tags ht ON ht.highlight_id = h.id JOIN tags t ON t.id = ht.tag_id WHERE h.article_id = a.id AND t.name = @tag))
         ORDER BY a.id`,
      )
      .pluck()
      .all({ tag: normaliseTag(scope.tag) }) as number[];
  }
  if ('query' in scope) return searchLibrary(lib, scope.query, { hitsPerArticle: 0, textHits: 0 }).articles.map((a) => a.id).sort((a, b) => a - b);
  return lib.db.prepare('SELECT id FROM live_articles ORDER BY id').pluck().all() as number[];
}
