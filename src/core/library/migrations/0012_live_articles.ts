// What "not in the Trash" means, said once: every list, count, search facet, export scope and
// copy lookup that leaves trashed articles out reads `live_articles` rather than repeating
// `trashed_at IS NULL` (it was written out in eight modules). SQLite folds a view this simple
// into the query that reads it, so the plans, and their indexes, are those of `articles`.
// The Trash itself (library/trash.ts, the shelves in library/articles.ts) still reads
// `articles`: it is where an article's trashed_at is set, cleared and shown.
export default `
CREATE VIEW live_articles AS SELECT * FROM articles WHERE trashed_at IS NULL;
`;
