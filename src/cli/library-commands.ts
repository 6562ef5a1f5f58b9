// gloss delete | restore-article | archive | trash | merge-copy | unmerge | keep-copy: tidying the
// library from the command line. Each command is one transaction: a bad id changes nothing.
import type { ArticleSummary } from '../shared/model';
import { keepCopy, mergeCopy } from '../core/duplicates/merge';
import { undoMerge } from '../core/duplicates/unmerge';
import { archiveArticles, emptyTrash, listTrash, purgeExpired, restoreArticles, TRASH_DAYS, trashArticles } from '../core/library/trash';
import { idArg, UsageError, type Command } from './command';

function ids(args: string[], command: string): number[] {
  if (args.length === 0) throw new UsageError(`${command} takes one or more article ids`);
  return args.map((a) => idArg(a, 'an article id'));
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export const libraryCommands: Record<string, Command> = {
  delete(lib, args, values, io) {
    const list = ids(args, 'delete');
    const moved = trashArticles(lib, list);
    io.out(values.json ? JSON.stringify({ trashed: list, moved }) : `Moved ${plural(moved, 'article')} to the Trash (kept ${TRASH_DAYS} days; gloss restore-article ${list.join(' ')} brings them back).`);
    return 0;
  },

  'restore-article'(lib, args, values, io) {
    const list = ids(args, 'restore-article');
    const restored = restoreArticles(lib, list);
    io.out(values.json ? JSON.stringify({ restored: list, moved: restored }) : `Restored ${plural(restored, 'article')} from the Trash.`);
    return 0;
  },

  archive(lib, args, values, io) {
    const list = ids(args, 'archive');
    archiveArticles(lib, list, true);
    io.out(values.json ? JSON.stringify({ archived: list }) : `Archived ${plural(list.length, 'article')}.`);
    return 0;
  },

  async trash(lib, args, values, io) {
    if (args.length) throw new UsageError('trash takes no arguments (--empty deletes what it holds for good)');
    const expired = purgeExpired(lib);
    if (values.empty) {
      // Nothing is lost without being asked twice: the flag, then, where someone can answer, a question.
      const held = listTrash(lib).length;
      if (held > 0 && io.ask && !values.yes) {
        const answer = await io.ask(`Delete the ${plural(held, 'article')} in the Trash for good, with their highlights, notes and claims? This cannot be undone. [y/N] `);
        if (!/^y(es)?$/i.test(answer.trim())) {
          io.out(values.json ? JSON.stringify({ purged: expired }) : 'Nothing was deleted.');
          return 0;
        }
      }
      const purged = emptyTrash(lib) + expired;
      io.out(values.json ? JSON.stringify({ purged }) : `Deleted ${plural(purged, 'article')} for good.`);
      return 0;
    }
    const list = listTrash(lib);
    if (values.json) io.out(JSON.stringify(list.map((a) => ({ ...trashJson(a), purgeAt: a.purgeAt }))));
    else if (list.length === 0) io.out('The Trash is empty.');
    else for (const a of list) io.out(`${String(a.id).padStart(5)}  ${a.title}  (deleted ${a.trashedAt!.slice(0, 10)}, purged ${a.purgeAt.slice(0, 10)})`);
    return 0;
  },

  'merge-copy'(lib, args, values, io) {
    if (args.length !== 1) throw new UsageError('merge-copy takes one article id (a copy)');
    const id = idArg(args[0], 'the article id');
    const r = mergeCopy(lib, id);
    const h = r.highlights;
    io.out(
      values.json
        ? JSON.stringify({ mergeId: r.mergeId, copy: id, original: r.original, highlights: h })
        : `Merged article ${id} into ${r.original}: ${h.exact + h.moved + h.changed} highlights placed, ${h.orphaned} orphaned; the copy is in the Trash (gloss unmerge ${r.mergeId} undoes it).`,
    );
    return 0;
  },

  unmerge(lib, args, values, io) {
    if (args.length !== 1) throw new UsageError('unmerge takes one merge id (printed by merge-copy)');
    const r = undoMerge(lib, idArg(args[0], 'the merge id'));
    io.out(
      values.json
        ? JSON.stringify({ mergeId: Number(args[0]), copy: r.copy, original: r.original, highlights: r.highlights })
        : `Undid merge ${args[0]}: ${plural(r.highlights, 'highlight')} back on article ${r.copy}, which is out of the Trash and again a copy of ${r.original}.`,
    );
    return 0;
  },

  'keep-copy'(lib, args, values, io) {
    if (args.length !== 1) throw new UsageError('keep-copy takes one article id (a copy)');
    const id = idArg(args[0], 'the article id');
    keepCopy(lib, id);
    io.out(values.json ? JSON.stringify({ id, copyOf: null }) : `Article ${id} is kept as an article of its own.`);
    return 0;
  },
};

function trashJson(a: ArticleSummary) {
  return { id: a.id, title: a.title, site: a.site, trashedAt: a.trashedAt, highlights: a.highlights, claims: a.claims };
}
