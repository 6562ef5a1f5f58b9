// gloss claim | claims | link | review: the claim ledger from the command line, on the same
// core as the app. Every change a command makes is one transaction: a bad id or value
// changes nothing.
import { CLAIM_STATUSES, type Claim, type ClaimStatus, type Evidence, type EvidenceRelation, type Suggestion } from '../shared/model';
import { Day } from '../shared/api';
import { noteFromText } from '../shared/reading/note-schema';
import { createClaim, decideClaim, getClaim, linkEvidence, listClaims, suggestEvidence, updateClaim, type EvidenceTargetInput } from '../core/claims';
import { claimIdOfHighlight } from '../core/claims/records';
import type { Library } from '../core/library/db';
import { parseStatus } from '../core/search/query';
import { snippetString } from '../core/search/snippets';
import { idArg, UsageError, type Command, type Values } from './command';

function statusOption(value: string | undefined): ClaimStatus | undefined {
  if (value === undefined) return undefined;
  const status = parseStatus(value);
  if (!status) throw new UsageError(`unknown status “${value}”: one of ${CLAIM_STATUSES.join(', ')}`);
  return status;
}

/** --again YYYY-MM-DD, or `none` to clear it. */
function againOption(value: string | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  if (/^(none|never|-)$/i.test(value)) return null;
  if (!Day.safeParse(value).success) throw new UsageError(`--again takes a day as YYYY-MM-DD (or none), not “${value}”`);
  return value;
}

export function claimJson(c: Claim) {
  return {
    id: c.id,
    highlightId: c.highlightId,
    articleId: c.articleId,
    status: c.status,
    statement: c.statement,
    quote: c.quote,
    note: c.noteText || null,
    tags: c.tags,
    checkAgain: c.checkAgain,
    snoozedUntil: c.snoozedUntil,
    due: c.due,
    dueReasons: c.dueReasons,
    dueSince: c.dueSince,
    newMaterial: c.newMaterial,
    anchor: c.anchor,
    history: c.history.map((h) => ({ id: h.id, status: h.status, previous: h.previous, reason: h.reason, at: h.at, undoes: h.undoes })),
    evidence: c.evidence.map(evidenceJson),
    citedBy: c.citedBy,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

function evidenceJson(e: Evidence) {
  return { id: e.id, relation: e.relation, kind: e.kind, highlightId: e.highlightId, claimId: e.claimId, articleId: e.articleId, quote: e.quote, url: e.url, title: e.title };
}

function suggestionJson(s: Suggestion) {
  return { articleId: s.articleId, articleTitle: s.articleTitle, date: s.date, start: s.start, end: s.end, snippet: snippetString(s.snippet), terms: s.terms, isNew: s.isNew, highlightId: s.highlightId };
}

const line = (c: Claim | ReturnType<typeof listClaims>[number]) =>
  `${String(c.id).padStart(5)}  [${c.status}] article ${c.articleId}: ${c.statement}${c.tags.length ? `  #${c.tags.join(' #')}` : ''}${c.due ? `  (due: ${c.dueReasons.join(', ')})` : ''}`;

const mustGet = (lib: Library, id: number) => getClaim(lib, id)!;

export const claimCommands: Record<string, Command> = {
  claim(lib, args, values, io) {
    if (args.length !== 1) throw new UsageError('claim takes one highlight id');
    const highlightId = idArg(args[0], 'the highlight id');
    const status = statusOption(values.status);
    const checkAgain = againOption(values.again);
    if (values.statement !== undefined && !values.statement.trim()) throw new UsageError('--statement needs words');
    const claim = lib.db.transaction(() => {
      const existed = claimIdOfHighlight(lib, highlightId) !== undefined;
      const made = createClaim(lib, highlightId, values.statement);
      if (existed && values.statement !== undefined) updateClaim(lib, made.id, { statement: values.statement });
      if (values.note !== undefined) updateClaim(lib, made.id, { note: values.note ? noteFromText(values.note) : null, noteText: values.note });
      if (checkAgain !== undefined) updateClaim(lib, made.id, { checkAgain });
      // A new claim starts as "to check": saying so again is not a decision.
      if (status && (existed || status !== made.status)) decideClaim(lib, made.id, status, values.reason ?? null, new Date());
      return mustGet(lib, made.id);
    })();
    io.out(values.json ? JSON.stringify(claimJson(claim)) : line(claim));
    return 0;
  },

  claims(lib, args, values, io) {
    if (args.length) throw new UsageError('claims takes no arguments; filter with --status, --tag, --due');
    const list = listClaims(lib, { status: statusOption(values.status), tag: values.tag?.[0], due: values.due }, new Date());
    if (values.json) io.out(JSON.stringify(list.map((c) => claimJson(mustGet(lib, c.id)))));
    else if (list.length === 0) io.out(values.due ? 'Nothing is due.' : 'No claims.');
    else for (const c of list) io.out(line(c));
    return 0;
  },

  link(lib, args, values, io) {
    if (args.length !== 1) throw new UsageError('link takes one claim id');
    const claimId = idArg(args[0], 'the claim id');
    const given = (['supports', 'contradicts', 'context'] as const).filter((r) => values[r] !== undefined);
    if (given.length !== 1) throw new UsageError('link needs exactly one of --supports, --contradicts, --context, with a highlight id, claim:ID or a URL');
    const relation: EvidenceRelation = given[0];
    const evidence = linkEvidence(lib, claimId, relation, target(values[relation]!, values), new Date());
    io.out(values.json ? JSON.stringify(evidenceJson(evidence)) : `claim ${claimId} ← ${relation}: ${evidence.url ?? `“${evidence.quote}”`}`);
    return 0;
  },

  review(lib, args, values, io) {
    if (args.length) throw new UsageError('review takes no arguments; filter with --status, --tag');
    const queue = listClaims(lib, { status: statusOption(values.status), tag: values.tag?.[0], due: true }, new Date());
    if (values.json) {
      io.out(JSON.stringify(queue.map((c) => ({ ...claimJson(mustGet(lib, c.id)), suggestions: suggestEvidence(lib, c.id).map(suggestionJson) }))));
      return 0;
    }
    if (queue.length === 0) io.out('Nothing is due.');
    for (const c of queue) {
      io.out(line(c));
      for (const s of suggestEvidence(lib, c.id, 3)) io.out(`         ${s.isNew ? '[new] ' : ''}${s.articleTitle}: ${snippetString(s.snippet)}`);
    }
    return 0;
  },
};

/** What --supports/--contradicts/--context names: a highlight id, claim:ID, or a web address. */
function target(value: string, values: Values): EvidenceTargetInput {
  if (/^\d+$/.test(value)) return { highlightId: idArg(value, 'the highlight id') };
  const claim = /^claim:(\d+)$/i.exec(value);
  if (claim) return { claimId: idArg(claim[1], 'the claim id') };
  if (/^https?:\/\//i.test(value) && URL.canParse(value)) return { url: value, title: values.title ?? '' };
  throw new UsageError(`evidence is a highlight id, claim:ID or an http(s) address, not “${value}”`);
}
