// Commands on single highlights. Like the claim commands: one transaction each, `--json`,
// exit 1 for an id that is not there, exit 2 for a malformed call.
import { deleteHighlight, getHighlight } from '../core/annotations/highlights';
import { idArg, UsageError, type Command } from './command';
import { highlightJson } from './highlight-json';

export const highlightCommands: Record<string, Command> = {
  'delete-highlight'(lib, args, values, io) {
    if (args.length !== 1) throw new UsageError('delete-highlight takes one highlight id');
    const id = idArg(args[0], 'the highlight id');
    const removed = lib.db.transaction(() => {
      const h = getHighlight(lib, id);
      return h && deleteHighlight(lib, id);
    })();
    if (!removed) {
      io.err(`gloss: no highlight with id ${id}`);
      return 1;
    }
    if (values.json) {
      io.out(JSON.stringify({ deleted: highlightJson(removed), hadNote: removed.noteText !== '', claim: removed.claim }));
      return 0;
    }
    // What went with it is said, so that a script's log shows what a delete took away.
    const carried = [removed.noteText ? 'its note' : null, removed.claim ? `its claim ${removed.claim.id} (${removed.claim.status})` : null].filter(Boolean);
    io.out(`Deleted highlight ${id}: “${removed.quote}”${carried.length ? `, with ${carried.join(' and ')}` : ''}.`);
    return 0;
  },
};
