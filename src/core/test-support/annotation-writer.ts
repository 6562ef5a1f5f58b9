// A process that annotates a library without end, as a reader would, through the core's API:
// highlights with notes and tags, note edits, deletions, claims and their decisions, article
// notes. Before each write it prints what it is about to do ({"intent"}), after the commit
// what was done ({"ack"}), so whoever kills it knows which writes were acknowledged and
// which one, at most, was under way. Run by src/cli/kill.test.ts:
//   node --import tsx annotation-writer.ts LIBRARY
import { createCoreApi } from '../api';
import { createHighlight, highlightAt } from '../annotations/highlights';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors';
import { openLibrary } from '../library/db';
import { CLAIM_STATUSES } from '../../shared/model';
import { noteFromText } from '../../shared/reading/note-schema';

export type WriterOp =
  | { op: 'highlight'; articleId: number; start: number; end: number; noteText: string }
  | { op: 'note'; id: number; noteText: string }
  | { op: 'delete'; id: number }
  | { op: 'claim'; highlightId: number }
  | { op: 'decide'; highlightId: number; claimId: number; status: (typeof CLAIM_STATUSES)[number] }
  | { op: 'articleNote'; articleId: number; noteText: string };

/**
 * `refused`: the core said no (a blank selection…), and so changed nothing. `existing`: the
 * words were highlighted already, so the core gave back that highlight, its note unchanged.
 */
export type WriterLine = { seq: number; intent: WriterOp } | { seq: number; ack: { id?: number; refused?: boolean; existing?: boolean } };

const lib = openLibrary(process.argv[2]);
const api = createCoreApi(lib);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)];
const say = (line: WriterLine) => process.stdout.write(`${JSON.stringify(line)}\n`);

const articles = (await api.listArticles({ sort: 'imported' })).map((a) => ({ id: a.id, chars: a.chars }));
for (let seq = 0; ; seq++) {
  const spans = lib.db.prepare('SELECT id, article_id AS articleId, start, "end" FROM highlights').all() as { id: number; articleId: number; start: number; end: number }[];
  const highlights = spans.map((h) => h.id);
  const claims = lib.db.prepare('SELECT id, highlight_id AS highlightId FROM claims').all() as { id: number; highlightId: number }[];
  const text = `批注 ${seq} ${'核实'.repeat(Math.floor(Math.random() * 50))}`;
  const kind = highlights.length < 5 ? 0 : Math.floor(Math.random() * 6);
  let op: WriterOp;
  if (kind === 0 && spans.length && Math.random() < 0.1) {
    // The same words highlighted again, as a repeated key would.
    const h = pick(spans);
    op = { op: 'highlight', articleId: h.articleId, start: h.start, end: h.end, noteText: text };
  } else if (kind === 0 || (kind === 4 && claims.length === 0)) {
    const a = pick(articles);
    const start = Math.floor(Math.random() * Math.max(1, a.chars - 40));
    op = { op: 'highlight', articleId: a.id, start, end: start + 1 + Math.floor(Math.random() * 30), noteText: Math.random() < 0.5 ? text : '' };
  } else if (kind === 1) op = { op: 'note', id: pick(highlights), noteText: Math.random() < 0.8 ? text : '' };
  else if (kind === 2) op = { op: 'delete', id: pick(highlights) };
  else if (kind === 3) op = { op: 'claim', highlightId: pick(highlights) };
  else if (kind === 4) {
    const c = pick(claims);
    op = { op: 'decide', highlightId: c.highlightId, claimId: c.id, status: pick(CLAIM_STATUSES) };
  } else op = { op: 'articleNote', articleId: pick(articles).id, noteText: text };

  say({ seq, intent: op });
  say({ seq, ack: await write(op, text) });
}

/** One write, in one transaction. */
async function write(op: WriterOp, reason: string): Promise<{ id?: number; refused?: boolean; existing?: boolean }> {
  const note = (t: string) => (t ? noteFromText(t) : null);
  try {
    switch (op.op) {
      case 'highlight': {
        const existing = highlightAt(lib, op.articleId, op.start, op.end) !== null;
        const { id } = createHighlight(lib, { articleId: op.articleId, start: op.start, end: op.end, note: note(op.noteText), noteText: op.noteText, tags: ['核实'] });
        return existing ? { id, existing } : { id };
      }
      case 'note':
        await api.updateHighlight({ id: op.id, note: note(op.noteText), noteText: op.noteText });
        return {};
      case 'delete':
        await api.deleteHighlight({ id: op.id });
        return {};
      case 'claim':
        return { id: (await api.createClaim({ highlightId: op.highlightId })).id };
      case 'decide':
        await api.decideClaim({ id: op.claimId, status: op.status, reason });
        return {};
      case 'articleNote':
        await api.setArticleNote({ articleId: op.articleId, note: note(op.noteText), noteText: op.noteText });
        return {};
    }
  } catch (err) {
    if (err instanceof InvalidInputError || err instanceof NotFoundError || err instanceof ConflictError) return { refused: true };
    throw err;
  }
}
