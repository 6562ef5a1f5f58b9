// Hostile input for every call of the contract, shared by the IPC and HTTP fuzz tests
// (src/main/ipc-fuzz.test.ts, src/server/serve-fuzz.test.ts): each transport sends what is
// generated here to a library built by annotated-library.ts, and the rules at the bottom
// judge every reply the same way.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { calls, type ApiError, type CallName } from '../../shared/api';
import type { DispatchReply } from '../../shared/reply';
import { openLibrary, type Library } from '../library/db';
import { annotate, type AnnotatedLibrary } from './annotated-library';
import { libraryState, type LibraryState } from './library-state';

export const CALL_NAMES = Object.keys(calls) as CallName[];

/** Inputs per call: a sample by default, many more under `npm run test:long`. */
export const INPUTS_PER_CALL = process.env.GLOSS_LONG ? 400 : 40;

/**
 * One generated request. `value` is what a client sends; `raw`, a body only HTTP can carry
 * (malformed JSON, nesting deeper than any client could serialise). Over IPC a raw body
 * travels as the string it is: one more wrong type.
 */
export type FuzzInput = { value: unknown } | { raw: string };

const SQLISH = [
  `' OR '1'='1`, `'; DROP TABLE articles; --`, `" OR ""="`, `1; DELETE FROM highlights`, `%' UNION SELECT sqlite_version() --`,
  `x' || randomblob(1000000000) || '`, `); PRAGMA writable_schema = 1; --`, `NEAR(a b, 2)`, `"unbalanced`, `a* OR b*`, `title:x AND body:y`,
  `tag:' OR 1 --`, `-"" -`, `* ^ : ( ) OR AND NOT`, `before:9999-99-99 after:0000-00-00`, `site:%`, `in:claims is:claim status:'`,
];
const SPECIALS = [
  '', ' ', '\u0000', '\u202e\u2066', '\ufeff', '\ud800', '\udfff', '\u{10ffff}', '\u200b', '淘寶', '%00', '../../etc/passwd', '/etc/passwd',
  'javascript:alert(1)', 'http://[', 'https://127.0.0.1/', '<script>alert(1)</script>', '__proto__', 'constructor', '9999-02-30', '2026-13-01',
];

const controlChar = fc.oneof(fc.integer({ min: 0, max: 0x1f }), fc.integer({ min: 0x7f, max: 0x9f })).map((c) => String.fromCharCode(c));
/** Long enough to cross every limit in the contract (1,000 for queries, 1,000,000 for a note's text). */
const huge = fc.tuple(fc.constantFrom(1_001, 4_097, 100_001, 1_000_001, 2_500_000), fc.constantFrom('x', '淘', '\u0001', "'", '\ud800')).map(([n, c]) => c.repeat(n));

const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: controlChar }),
  fc.constantFrom(...SQLISH),
  fc.constantFrom(...SPECIALS),
  fc.tuple(fc.constantFrom(...SQLISH), fc.string({ unit: controlChar }), fc.constantFrom(...SPECIALS)).map((parts) => parts.join('')),
  huge,
);

const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.double(),
  // Ids the library has never given out, and numbers at the edges of what SQLite and JSON hold.
  fc.integer({ min: 1_000, max: 2 ** 31 - 1 }),
  fc.constantFrom(0, -1, 0.5, 1.5, 2 ** 31, 2 ** 53 - 1, 2 ** 53 + 2, 2 ** 63, 1e308, -0, Number.MIN_VALUE, NaN, Infinity, -Infinity),
);

/** Arrays or objects nested `depth` deep, built without recursion (the depth is the point). */
function nested(depth: number, kind: 'array' | 'object', leaf: unknown = 1): unknown {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = kind === 'array' ? [v] : { a: v };
  return described(v, `${kind} nested ${depth} deep`);
}

/** A note document of blockquotes nested `depth` deep. */
function deepNote(depth: number): unknown {
  let content: unknown = { type: 'paragraph', content: [{ type: 'text', text: '深' }] };
  for (let i = 0; i < depth; i++) content = { type: 'blockquote', content: [content] };
  return described({ type: 'doc', content: [content] }, `a note nested ${depth} deep`);
}

/** fast-check prints a failing input by recursion; a deep one is named instead (symbols are never sent). */
function described<T>(value: T, name: string): T {
  Object.defineProperty(value, fc.toStringMethod, { value: () => `<${name}>` });
  return value;
}

/** The same note as JSON text, for depths JSON.stringify cannot reach. */
function deepNoteJson(depth: number): string {
  return `{"type":"doc","content":[${'{"type":"blockquote","content":['.repeat(depth)}{"type":"paragraph","content":[{"type":"text","text":"深"}]}${']}'.repeat(depth)}]}`;
}

const oddKeys = fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'id', 'type', 'then'));

/** Anything a client might send in place of a value: every JSON type, odd keys, deep nesting. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(oddKeys, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 5 }) },
  // Deeper than this, Electron's structured clone refuses to send it; raw bodies go deeper over HTTP.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(10, 100, 1_000), fc.constantFrom<'array' | 'object'>('array', 'object')).map(([d, k]) => nested(d, k)) },
  { weight: 1, arbitrary: fc.constantFrom(10, 100, 1_000).map(deepNote) },
);

/** Valid inputs for each call on the annotated library: the starting points of every mutation. */
export function validInputs(f: AnnotatedLibrary, missingPath: string): Record<CallName, Record<string, unknown>[]> {
  const [h1, h2, , h4] = f.highlightIds;
  const note = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '注' }] }] };
  return {
    listArticles: [{ sort: 'title' }, { view: 'trash' }, {}],
    getArticle: [{ id: f.articleId }],
    importPaths: [{ paths: [missingPath] }],
    importUploads: [{ files: [{ relativePath: 'dropped/文章.txt', base64: Buffer.from('上传的正文 text').toString('base64') }] }],
    cancelImport: [{}],
    getSettings: [{}],
    setSettings: [{ settings: { theme: 'dark', fontSize: 16, language: 'zh-CN', remoteImages: false } }],
    getReadingPosition: [{ id: f.articleId }],
    setReadingPosition: [{ id: f.articleId, position: 0.5 }],
    listHighlights: [{ articleId: f.articleId }],
    createHighlight: [{ articleId: f.articleId, start: 300, end: 320, color: 'purple', tags: ['新'] }],
    updateHighlight: [{ id: h2, color: 'blue', note, noteText: '注', tags: ['改'] }],
    deleteHighlight: [{ id: h2 }],
    restoreHighlight: [{ id: 500, articleId: f.articleId, start: 50, end: 70, color: 'yellow', note: null, noteText: '', tags: [], createdAt: '2026-01-01T00:00:00.000Z' }],
    reattachHighlight: [{ id: h2, start: 120, end: 150 }],
    listTags: [{}],
    renameTag: [{ from: f.tag, to: '已核实' }],
    deleteTag: [{ name: 'C2M' }],
    getArticleTags: [{ articleId: f.articleId }],
    setArticleTags: [{ articleId: f.articleId, tags: ['阿里', '微信'] }],
    getArticleNote: [{ articleId: f.articleId }],
    setArticleNote: [{ articleId: f.articleId, note, noteText: '注' }],
    search: [{ query: '微信 tag:核实', limit: 5, offset: 0 }],
    searchInArticle: [{ articleId: f.articleId, query: '阿里' }],
    createClaim: [{ highlightId: h4, statement: '品牌排名' }],
    getClaim: [{ id: f.claimId }],
    updateClaim: [{ id: f.claimId, statement: '改过的陈述', note, noteText: '注', checkAgain: '2027-01-01', snoozedUntil: null }],
    decideClaim: [{ id: f.claimId, status: 'supported', reason: '两个来源' }],
    undoDecision: [{ id: f.claimId, change: f.decisionId }],
    deleteClaim: [{ id: f.claimId }],
    restoreClaim: [{ highlightId: f.removedClaimHighlightId }],
    listClaims: [{ status: 'needs-source', tag: f.tag, due: true }, {}],
    claimSuggestions: [{ id: f.claimId, limit: 3 }],
    linkEvidence: [
      { claimId: f.claimId, relation: 'contradicts', target: { highlightId: h1 + 1 } },
      { claimId: f.claimId, relation: 'supports', target: { articleId: f.otherArticleId, start: 70, end: 90 } },
      { claimId: f.claimId, relation: 'context', target: { url: 'https://example.org/', title: '另一份' } },
    ],
    unlinkEvidence: [{ id: f.evidenceId }],
    claimStats: [{}],
    exportDownload: [{ scope: { articleId: f.articleId }, format: 'md', fullText: true }, { scope: { tag: f.tag }, format: 'json' }],
    // No folder picker in the core alone: refused, and nothing is written anywhere.
    exportToFolder: [{ scope: { all: true }, format: 'md' }],
    trashArticles: [{ ids: [f.otherArticleId] }],
    restoreArticles: [{ ids: [f.otherArticleId] }],
    emptyTrash: [{}],
    archiveArticles: [{ ids: [f.articleId], archived: true }],
    markRead: [{ ids: [f.articleId], read: true }],
    mergeCopy: [{ id: f.articleId }],
    keepCopy: [{ id: f.articleId }],
    listNotebook: [{ query: 'tag:核实', sort: 'article', limit: 10, offset: 0 }, {}],
    libraryFacets: [{}],
    listBackups: [{}],
    backupNow: [{}],
    restoreBackup: [{ name: 'library 2026-01-01 000000.glossbackup' }],
    restoreUploadedBackup: [{ base64: Buffer.from('PK\u0005\u0006').toString('base64') }],
    showBackupsFolder: [{}],
    chooseBackupsFolder: [{}],
    undoMerge: [{ mergeId: 1 }],
    importJsonText: [{ text: '{"format":"gloss-export","version":1,"exportedAt":"2026-01-01T00:00:00.000Z","generator":"Gloss","tags":[],"articles":[],"highlights":[],"claims":[]}' }],
  };
}

/** Inputs that once broke a call (each answered 'failed' or threw): tried first, every run. */
export function knownBreakers(f: AnnotatedLibrary, bases: Record<CallName, Record<string, unknown>[]>): Partial<Record<CallName, FuzzInput[]>> {
  const upload = (relativePath: string) => ({ relativePath, base64: Buffer.from('正文').toString('base64') });
  return {
    // Day's refinement threw on what is not a date (zod refines even after the pattern fails).
    updateClaim: [{ value: { id: f.claimId, checkAgain: '2026-13-01' } }, { value: { id: f.claimId, snoozedUntil: `' OR '1'='1` } }],
    // Restoring onto an id in use failed on the primary key.
    restoreHighlight: [{ value: { ...bases.restoreHighlight[0], id: f.highlightIds[0] } }],
    // Names no folder can hold failed while staging.
    importUploads: [
      { value: { files: [upload('a\u0000b.txt')] } },
      { value: { files: [upload(`${'长'.repeat(300)}.txt`)] } },
      { value: { files: [upload('a.txt'), upload('a.txt/b.txt')] } },
    ],
  };
}

type Path = (string | number)[];

/** Every place in a value a mutation can hit: each field and array element, a few levels down. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  if (value === null || typeof value !== 'object' || at.length >= 4) return [at];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [at, ...keys.flatMap((k) => pathsOf((value as Record<string | number, unknown>)[k], [...at, k]))];
}

function withChange(base: unknown, path: Path, change: { drop: true } | { set: unknown }): unknown {
  if (path.length === 0) return 'drop' in change ? undefined : change.set;
  const copy = (Array.isArray(base) ? [...base] : { ...(base as object) }) as Record<string | number, unknown>;
  const [key, ...rest] = path;
  if (rest.length === 0 && 'drop' in change) delete copy[key];
  else copy[key] = withChange(copy[key], rest, change);
  return copy;
}

/** Raw bodies: malformed or extreme JSON, and notes nested far deeper than a client could send. */
function rawBodies(base: Record<string, unknown>): fc.Arbitrary<FuzzInput> {
  const withField = (field: string, json: string) => `{${Object.entries(base).filter(([k]) => k !== field).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)},`).join('')}${JSON.stringify(field)}:${json}}`;
  const field = Object.keys(base)[0] ?? 'id';
  return fc.oneof(
    fc.string().map((raw) => ({ raw })),
    fc.constantFrom('', 'null', '[]', '"x"', '1e999', '{"a":', '{}}', '\u0000', '{"__proto__":{"id":1}}').map((raw) => ({ raw })),
    fc.constantFrom(1_000, 100_000).map((d) => ({ raw: withField(field, `${'['.repeat(d)}${']'.repeat(d)}`) })),
    fc.constantFrom(5_000, 20_000, 100_000).map((d) => ({ raw: withField('note', deepNoteJson(d)) })),
  );
}

/**
 * Inputs for one call: valid ones, each field dropped or replaced by something hostile,
 * unknown fields added, the whole input replaced, and raw bodies. `confine` rewrites what
 * would name a real file (importPaths must not walk this machine while being fuzzed).
 */
export function fuzzInputs(bases: Record<string, unknown>[], confine: (input: unknown) => unknown = (i) => i): fc.Arbitrary<FuzzInput> {
  const base = fc.constantFrom(...bases);
  const mutated = base.chain((b) =>
    fc
      .tuple(fc.constantFrom(...pathsOf(b)), fc.oneof(fc.constant<{ drop: true }>({ drop: true }), hostileValue.map((set) => ({ set }))))
      .map(([path, change]) => withChange(b, path, change)),
  );
  const twice = mutated.chain((once) => fc.tuple(fc.constantFrom(...pathsOf(once)), hostileValue).map(([path, set]) => withChange(once, path, { set })));
  const extra = fc.tuple(base, fc.dictionary(oddKeys, hostileValue, { minKeys: 1, maxKeys: 3 })).map(([b, more]) => ({ ...more, ...b }));
  const value = fc.oneof(
    { weight: 1, arbitrary: base },
    { weight: 6, arbitrary: mutated },
    { weight: 2, arbitrary: twice },
    { weight: 1, arbitrary: extra },
    { weight: 1, arbitrary: hostileValue },
  );
  return fc.oneof({ weight: 12, arbitrary: value.map((v) => ({ value: confine(v) })) }, { weight: 1, arbitrary: rawBodies(bases[0]) });
}

/** A fresh copy of the annotated library for each call, so one call's successes never starve the next. */
export async function fuzzLibraries(): Promise<{ dir: string; fixture: AnnotatedLibrary; copy(name: string): Library; dispose(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-fuzz-'));
  const original = join(dir, 'original.db');
  const lib = openLibrary(original);
  const fixture = await annotate(lib);
  lib.db.pragma('wal_checkpoint(TRUNCATE)');
  lib.close();
  return {
    dir,
    fixture,
    copy(name) {
      const path = join(dir, `${name}.db`);
      copyFileSync(original, path);
      return openLibrary(path);
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The error codes bad input may earn: each names what was wrong. 'failed' means the core broke. */
const REFUSALS: readonly ApiError['code'][] = ['invalid-input', 'not-found', 'conflict', 'busy', 'unknown-call'];

/** What one transport saw, for the summary line. */
export class FuzzTally {
  refused = 0;
  serverErrors = 0;
  crashes = 0;
  changedByRefusal = 0;
  calls = new Set<CallName>();

  line(transport: string): string {
    return (
      `API fuzzing: ${this.calls.size} calls × ${INPUTS_PER_CALL} inputs on ${transport}: ${this.refused} refused as 4xx, ` +
      `${this.serverErrors} 5xx, ${this.crashes} crashes, ${this.changedByRefusal} library changes from refused calls`
    );
  }
}

/**
 * Judges one reply: a success, or a refusal with a code that names the problem; a refusal
 * must leave the library exactly as it was. Returns the state to compare the next reply with.
 */
export function judge(tally: FuzzTally, reply: DispatchReply, before: LibraryState, lib: Library): { state: LibraryState; problem: string | null } {
  const state = libraryState(lib.db);
  if (reply.ok) return { state, problem: null };
  if (!REFUSALS.includes(reply.error.code)) return { state, problem: `refused as '${reply.error.code}': ${reply.error.message}` };
  tally.refused++;
  const changed = Object.keys({ ...before, ...state }).filter((t) => before[t]?.hash !== state[t]?.hash);
  if (changed.length) {
    tally.changedByRefusal++;
    return { state, problem: `a refused call changed ${changed.join(', ')}` };
  }
  return { state, problem: null };
}
