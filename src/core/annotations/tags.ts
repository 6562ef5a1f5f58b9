// The only SQL about tags: free-form names, Chinese or English, matched without case.
import type { Library } from '../library/db';

export function normaliseTag(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

/** The id of a tag, created on first use. */
export function tagId(lib: Library, name: string): number {
  const clean = normaliseTag(name);
  if (!clean) throw new RangeError('a tag needs a name');
  lib.db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT(name) DO NOTHING').run(clean);
  return lib.db.prepare('SELECT id FROM tags WHERE name = ?').pluck().get(clean) as number;
}

export function setHighlightTags(lib: Library, highlightId: number, names: string[]): void {
  lib.db.prepare('DELETE FROM highlight_tags WHERE highlight_id = ?').run(highlightId);
  const link = lib.db.prepare('INSERT OR IGNORE INTO highlight_tags (highlight_id, tag_id) VALUES (?, ?)');
  for (const name of names) if (normaliseTag(name)) link.run(highlightId, tagId(lib, name));
}

export function highlightTags(lib: Library, highlightId: number): string[] {
  return lib.db
    .prepare('SELECT t.name FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id WHERE ht.highlight_id = ? ORDER BY t.name')
    .pluck()
    .all(highlightId) as string[];
}

/** Every tag with how many highlights carry it, for autocomplete and the tag manager. */
export function listTags(lib: Library): { name: string; highlights: number }[] {
  return lib.db
    .prepare('SELECT t.name, count(ht.highlight_id) AS highlights FROM tags t LEFT JOIN highlight_tags ht ON ht.tag_id = t.id GROUP BY t.id ORDER BY highlights DESC, t.name')
    .all() as { name: string; highlights: number }[];
}
