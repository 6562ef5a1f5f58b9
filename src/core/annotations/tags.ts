// The only SQL about tags: free-form names, Chinese or English, matched without case.
import { InvalidInputError, NotFoundError } from '../errors';
import type { Library } from '../library/db';

export function normaliseTag(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

/** The id of a tag, created on first use. */
export function tagId(lib: Library, name: string): number {
  const clean = normaliseTag(name);
  if (!clean) throw new InvalidInputError('a tag needs a name');
  lib.db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT(name) DO NOTHING').run(clean);
  return lib.db.prepare('SELECT id FROM tags WHERE name = ?').pluck().get(clean) as number;
}

/** Where each kind of thing keeps its tags. */
const LINKS = {
  highlight: { table: 'highlight_tags', column: 'highlight_id' },
  article: { table: 'article_tags', column: 'article_id' },
} as const;

function setTags(lib: Library, kind: keyof typeof LINKS, owner: number, names: string[]): void {
  const { table, column } = LINKS[kind];
  lib.db.transaction(() => {
    const before = lib.db.prepare(`SELECT tag_id FROM ${table} WHERE ${column} = ?`).pluck().all(owner) as number[];
    lib.db.prepare(`DELETE FROM ${table} WHERE ${column} = ?`).run(owner);
    const link = lib.db.prepare(`INSERT OR IGNORE INTO ${table} (${column}, tag_id) VALUES (?, ?)`);
    for (const name of names) if (normaliseTag(name)) link.run(owner, tagId(lib, name));
    dropUnused(lib, before);
  })();
}

/**
 * A tag exists only while something carries it: one taken off its last highlight or article
 * goes, so the tag manager never lists it as "0 highlights".
 */
export function dropUnused(lib: Library, tagIds: number[]): void {
  const drop = lib.db.prepare(
    'DELETE FROM tags WHERE id = ? AND NOT EXISTS (SELECT 1 FROM highlight_tags WHERE tag_id = ?) AND NOT EXISTS (SELECT 1 FROM article_tags WHERE tag_id = ?)',
  );
  for (const id of tagIds) drop.run(id, id, id);
}

function tagsOf(lib: Library, kind: keyof typeof LINKS, owner: number): string[] {
  const { table, column } = LINKS[kind];
  return lib.db.prepare(`SELECT t.name FROM ${table} l JOIN tags t ON t.id = l.tag_id WHERE l.${column} = ? ORDER BY t.name`).pluck().all(owner) as string[];
}

export const setHighlightTags = (lib: Library, highlightId: number, names: string[]) => setTags(lib, 'highlight', highlightId, names);
export const highlightTags = (lib: Library, highlightId: number) => tagsOf(lib, 'highlight', highlightId);
export const setArticleTags = (lib: Library, articleId: number, names: string[]) => setTags(lib, 'article', articleId, names);
export const articleTags = (lib: Library, articleId: number) => tagsOf(lib, 'article', articleId);

/** Every tag with how many highlights carry it, for autocomplete and the tag manager. */
export function listTags(lib: Library): { name: string; highlights: number; articles: number }[] {
  return lib.db
    .prepare(
      `SELECT t.name,
         (SELECT count(*) FROM highlight_tags ht JOIN highlights h ON h.id = ht.highlight_id JOIN live_articles a ON a.id = h.article_id
            WHERE ht.tag_id = t.id) AS highlights,
         (SELECT count(*) FROM article_tags at JOIN live_articles a ON a.id = at.article_id WHERE at.tag_id = t.id) AS articles
       FROM tags t ORDER BY highlights + articles DESC, t.name`,
    )
    .all() as { name: string; highlights: number; articles: number }[];
}

/**
 * Renames a tag everywhere. Renaming onto an existing tag merges the two: everything
 * tagged with either ends up with the target, once.
 */
function countUses(lib: Library, tag: number): { highlights: number; articles: number } {
  return {
    highlights: lib.db.prepare('SELECT count(*) FROM highlight_tags WHERE tag_id = ?').pluck().get(tag) as number,
    articles: lib.db.prepare('SELECT count(*) FROM article_tags WHERE tag_id = ?').pluck().get(tag) as number,
  };
}

export function renameTag(lib: Library, from: string, to: string): { highlights: number; articles: number } {
  return lib.db.transaction(() => {
    const source = lib.db.prepare('SELECT id FROM tags WHERE name = ?').pluck().get(normaliseTag(from)) as number | undefined;
    if (source === undefined) throw new NotFoundError(`no tag named “${from}”`);
    const clean = normaliseTag(to);
    if (!clean) throw new InvalidInputError('a tag needs a name');
    const target = lib.db.prepare('SELECT id FROM tags WHERE name = ?').pluck().get(clean) as number | undefined;
    const touched = countUses(lib, source);
    if (target === undefined || target === source) {
      lib.db.prepare('UPDATE tags SET name = ? WHERE id = ?').run(clean, source);
    } else {
      lib.db.prepare('INSERT OR IGNORE INTO highlight_tags (highlight_id, tag_id) SELECT highlight_id, ? FROM highlight_tags WHERE tag_id = ?').run(target, source);
      lib.db.prepare('INSERT OR IGNORE INTO article_tags (article_id, tag_id) SELECT article_id, ? FROM article_tags WHERE tag_id = ?').run(target, source);
      lib.db.prepare('DELETE FROM tags WHERE id = ?').run(source);
    }
    return touched;
  })();
}

/** Removes a tag from everything that carries it; the highlights themselves stay. */
export function deleteTag(lib: Library, name: string): { highlights: number; articles: number } {
  return lib.db.transaction(() => {
    const id = lib.db.prepare('SELECT id FROM tags WHERE name = ?').pluck().get(normaliseTag(name)) as number | undefined;
    if (id === undefined) throw new NotFoundError(`no tag named “${name}”`);
    const touched = countUses(lib, id);
    lib.db.prepare('DELETE FROM tags WHERE id = ?').run(id);
    return touched;
  })();
}
