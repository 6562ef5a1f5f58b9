// The Trash, the Archive and read/unread: states of an article, never a loss. A deleted
// article keeps all it carries (highlights, notes, claims, search entries) while it is in the
// Trash; only emptying the Trash, or 30 days there, deletes it for good.
import type { ArticleSummary } from '../../shared/model';
import { TRASH_DAYS } from '../../shared/model';
import { NotFoundError } from '../errors';
import { listArticles } from './articles';
import type { Library } from './db';

export { TRASH_DAYS };
const DAY_MS = 86_400_000;

function assertExist(lib: Library, ids: number[]): void {
  const found = new Set(lib.db.prepare('SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(ids)) as number[]);
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined) throw new NotFoundError(`no article with id ${missing}`);
}

/** Sets one state column for the given articles (all or none: an unknown id changes nothing). */
function mark(lib: Library, ids: number[], column: 'trashed_at' | 'archived_at' | 'read_at', at: string | null, only = 'TRUE'): number {
  return lib.db
    .transaction(() => {
      assertExist(lib, ids);
      return lib.db.prepare(`UPDATE articles SET ${column} = ? WHERE id IN (SELECT value FROM json_each(?)) AND ${only}`).run(at, JSON.stringify(ids)).changes;
    })
    .immediate();
}

/** Moves articles to the Trash; returns how many were not there already. */
export const trashArticles = (lib: Library, ids: number[], now = new Date()) => mark(lib, ids, 'trashed_at', now.toISOString(), 'trashed_at IS NULL');
/** Brings articles back from the Trash, with everything they carried. */
export const restoreArticles = (lib: Library, ids: number[]) => mark(lib, ids, 'trashed_at', null, 'trashed_at IS NOT NULL');
export const archiveArticles = (lib: Library, ids: number[], archived: boolean, now = new Date()) => mark(lib, ids, 'archived_at', archived ? now.toISOString() : null);
/** Marks articles read (keeping when each was first read) or unread. */
export const markRead = (lib: Library, ids: number[], read: boolean, now = new Date()) => mark(lib, ids, 'read_at', read ? now.toISOString() : null, read ? 'read_at IS NULL' : 'TRUE');

/** Deletes articles for good: their highlights, notes, claims and search entries go with them (cascades and triggers). */
function purge(lib: Library, where: string, ...params: unknown[]): number {
  return lib.db
    .transaction(() => {
      const ids = lib.db.prepare(`SELECT id FROM articles WHERE ${where}`).pluck().all(...params) as number[];
      // A copy whose original is purged stands on its own (copy_of is set to NULL by its foreign key).
      const del = lib.db.prepare('DELETE FROM articles WHERE id = ?');
      for (const id of ids) del.run(id);
      return ids.length;
    })
    .immediate();
}

/** Empties the Trash; returns how many articles were deleted. */
export const emptyTrash = (lib: Library) => purge(lib, 'trashed_at IS NOT NULL');

/** Deletes what has been in the Trash for 30 days or more (run when the library is opened). */
export function purgeExpired(lib: Library, now = new Date()): number {
  const cutoff = new Date(now.getTime() - TRASH_DAYS * DAY_MS).toISOString();
  if (!lib.db.prepare('SELECT 1 FROM articles WHERE trashed_at IS NOT NULL AND trashed_at <= ? LIMIT 1').get(cutoff)) return 0;
  return purge(lib, 'trashed_at IS NOT NULL AND trashed_at <= ?', cutoff);
}

/** What the Trash holds, most recently deleted first, with the day each will be purged. */
export function listTrash(lib: Library): (ArticleSummary & { purgeAt: string })[] {
  return listArticles(lib, 'imported', 'trash')
    .sort((a, b) => (a.trashedAt! < b.trashedAt! ? 1 : a.trashedAt! > b.trashedAt! ? -1 : b.id - a.id))
    .map((a) => ({ ...a, purgeAt: new Date(Date.parse(a.trashedAt!) + TRASH_DAYS * DAY_MS).toISOString() }));
}
