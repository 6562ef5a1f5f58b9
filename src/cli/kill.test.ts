// Crash safety (../shared/design/SECURITY.md, D1; issue 14): a process killed with SIGKILL
// at a random moment, again and again, never damages the library and never loses what it
// acknowledged. An import through the CLI: after each kill the library opens and is whole,
// every file is either imported with its search rows and images or absent, every file the
// CLI reported imported is there, and a last run imports the rest. Annotation writes through
// the core (src/core/test-support/annotation-writer.ts): after each kill every write it
// acknowledged is there, and at most the one under way may be missing.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { importPaths } from '../core/ingest/import-files';
import { openLibrary } from '../core/library/db';
import type { WriterLine, WriterOp } from '../core/test-support/annotation-writer';
import { CORPUS, SEED } from '../core/test-support/corpus';
import { libraryProblems } from '../core/test-support/library-consistency';

const here = dirname(fileURLToPath(import.meta.url));
const BIN = resolve(here, '../../bin/gloss.mjs');
const WRITER = resolve(here, '../core/test-support/annotation-writer.ts');
const LONG = Boolean(process.env.GLOSS_LONG);
const IMPORT_ROUNDS = Number(process.env.GLOSS_KILLS ?? (LONG ? 20 : 6));
const FILES = LONG ? 2000 : 150;
const WRITE_ROUNDS = LONG ? 20 : 6;

const dir = mkdtempSync(join(tmpdir(), 'gloss-kill-'));
const tally = { rounds: 0, writes: 0, lost: 0, integrityFailures: 0 };
afterAll(() => {
  console.log(`crash safety: ${tally.rounds} rounds, ${FILES} files, ${tally.writes} annotation writes, ${tally.lost} lost, ${tally.integrityFailures} integrity failures`);
  rmSync(dir, { recursive: true, force: true });
});

/** `count` articles, each a corpus file made unique by one added line: hexo posts, pages, GBK and Big5 pages, saved pages with their images. */
function makeFolder(count: number): string {
  const folder = join(dir, 'articles');
  mkdirSync(join(folder, 'saved'), { recursive: true });
  const sources = [
    ...readdirSync(join(CORPUS, 'hexo-zh')).map((n) => join(CORPUS, 'hexo-zh', n)),
    ...readdirSync(join(CORPUS, 'pages-zh')).map((n) => join(CORPUS, 'pages-zh', n)),
    ...readdirSync(join(CORPUS, 'encodings')).filter((n) => /^(gbk|big5|utf8).*\.(html|md)$/.test(n)).map((n) => join(CORPUS, 'encodings', n)),
  ];
  const saved = readdirSync(join(CORPUS, 'saved-pages')).filter((n) => n.endsWith('.html'));
  for (const name of readdirSync(join(CORPUS, 'saved-pages'))) if (name.endsWith('_files')) cpSync(join(CORPUS, 'saved-pages', name), join(folder, 'saved', name), { recursive: true });
  for (let i = 0; i < count; i++) {
    // One in twenty a saved page, whose images are written before its article.
    const source = i % 20 === 0 ? join(CORPUS, 'saved-pages', saved[(i / 20) % saved.length]) : sources[i % sources.length];
    const ext = source.slice(source.lastIndexOf('.'));
    const target = i % 20 === 0 ? join(folder, 'saved', `${String(i).padStart(5, '0')}-${source.split('/').pop()}`) : join(folder, `${String(i).padStart(5, '0')}${ext}`);
    // ASCII, which every encoding here reads alike: the copy's text, and hash, are its own.
    writeFileSync(target, Buffer.concat([readFileSync(source), Buffer.from(ext === '.md' ? `\n\ncopy ${i}\n` : `\n<p>copy ${i}</p>\n`)]));
  }
  return folder;
}

interface ImportLine {
  path?: string;
  status: string;
}

function run(command: string[], killAfterMs: number | null, startTimerOnOutput = false): Promise<{ lines: string[]; code: number | null }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, command, { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    let timer: ReturnType<typeof setTimeout> | null = null;
    const arm = () => (timer ??= killAfterMs === null ? null : setTimeout(() => child.kill('SIGKILL'), killAfterMs));
    if (!startTimerOnOutput) arm();
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (startTimerOnOutput) arm();
    });
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      // A line cut short by the kill was never said.
      done({ lines: out.split('\n').slice(0, -1), code });
    });
  });
}

/** The library opens and is whole; what it holds of the import folder, path by path. */
function checkLibrary(library: string): { problems: string[]; paths: Map<string, number> } {
  // Killed before the library was even created: nothing to damage.
  if (!existsSync(library)) return { problems: [], paths: new Map() };
  const lib = openLibrary(library);
  try {
    const problems = libraryProblems(lib.db);
    for (const name of lib.db.prepare('SELECT name FROM article_assets').pluck().all() as string[]) {
      if (!existsSync(join(lib.assetsPath, name))) problems.push(`image ${name} of an article is missing`);
    }
    const rows = lib.db.prepare('SELECT path, count(*) AS n FROM articles GROUP BY path').all() as { path: string; n: number }[];
    return { problems, paths: new Map(rows.map((r) => [r.path, r.n])) };
  } finally {
    lib.close();
  }
}

describe('a process killed with SIGKILL', () => {
  it(`importing ${FILES} files, ${IMPORT_ROUNDS} times at random moments: never damaged, nothing acknowledged lost, finished by the next run`, async () => {
    const folder = makeFolder(FILES);
    const library = join(dir, 'imports.db');
    for (let i = 0; i < IMPORT_ROUNDS; i++) {
      // From before the CLI has started to well into the import.
      const { lines } = await run([BIN, '--library', library, 'import', folder, '--json'], 300 + Math.random() * (LONG ? 20_000 : 5_000));
      // A killed import prints no summary line; the per-file lines are those with a path.
      const acknowledged = lines.map((l) => JSON.parse(l) as ImportLine).filter((r) => r.path !== undefined && r.status === 'imported');
      const state = checkLibrary(library);
      tally.rounds++;
      if (state.problems.length) tally.integrityFailures++;
      const lost = acknowledged.filter((r) => state.paths.get(r.path!) !== 1);
      tally.lost += lost.length;
      expect(state.problems).toEqual([]);
      expect(lost).toEqual([]);
      expect([...state.paths.values()].every((n) => n === 1)).toBe(true);
    }
    const final = await run([BIN, '--library', library, 'import', folder, '--json'], null);
    expect(final.code).toBe(0);
    const results = final.lines.map((l) => JSON.parse(l) as ImportLine).filter((r) => r.path !== undefined);
    expect(results).toHaveLength(FILES);
    expect(results.filter((r) => r.status !== 'imported' && r.status !== 'duplicate')).toEqual([]);
    const state = checkLibrary(library);
    expect(state.problems).toEqual([]);
    expect(state.paths.size).toBe(FILES);
  }, 60 * 60_000);

  it(`writing annotations, ${WRITE_ROUNDS} times at random moments: never damaged, every acknowledged write kept`, async () => {
    const library = join(dir, 'annotations.db');
    const lib = openLibrary(library);
    await importPaths(lib, [SEED, ...readdirSync(join(CORPUS, 'hexo-zh')).slice(0, 4).map((n) => join(CORPUS, 'hexo-zh', n))]);
    lib.close();
    const model = new Model();
    for (let i = 0; i < WRITE_ROUNDS; i++) {
      const { lines } = await run(['--import', 'tsx', WRITER, library], 200 + Math.random() * 2500, true);
      const pending = model.apply(lines.map((l) => JSON.parse(l) as WriterLine));
      const db = openLibrary(library);
      try {
        const problems = libraryProblems(db.db);
        const lost = model.lost(db.db, pending);
        tally.rounds++;
        if (problems.length) tally.integrityFailures++;
        tally.lost += lost.length;
        expect(problems).toEqual([]);
        expect(lost).toEqual([]);
        model.settle(db.db, pending);
      } finally {
        db.close();
      }
    }
    tally.writes = model.acknowledged;
    expect(model.acknowledged).toBeGreaterThan(WRITE_ROUNDS);
  }, 30 * 60_000);
});

type Db = ReturnType<typeof openLibrary>['db'];

/** What the writer acknowledged, write by write, and what the library must therefore hold. */
class Model {
  acknowledged = 0;
  private highlights = new Map<number, string>(); // id → note text
  private deleted = new Set<number>();
  private claims = new Map<number, string | null>(); // highlight id → status (null: as created)
  private articleNotes = new Map<number, string>();

  /** Applies the acknowledged writes; returns the one under way when the writer died, if any. */
  apply(lines: WriterLine[]): WriterOp | null {
    let intent: WriterOp | null = null;
    for (const line of lines) {
      if ('intent' in line) {
        intent = line.intent;
        continue;
      }
      const op = intent!;
      intent = null;
      this.acknowledged++;
      if (line.ack.refused) continue;
      if (op.op === 'highlight') {
        // Words highlighted already give back that highlight, whose note stays as it was.
        if (!line.ack.existing) this.made(line.ack.id!, op.noteText);
        else if (!this.highlights.has(line.ack.id!)) throw new Error(`the writer was given back highlight ${line.ack.id}, which nobody made`);
      }
      else if (op.op === 'note') this.highlights.set(op.id, op.noteText);
      else if (op.op === 'delete') this.forget(op.id);
      else if (op.op === 'claim') this.claims.set(op.highlightId, this.claims.get(op.highlightId) ?? null);
      else if (op.op === 'decide') this.claims.set(op.highlightId, op.status);
      else this.articleNotes.set(op.articleId, op.noteText);
    }
    return intent;
  }

  /** Acknowledged writes the library does not hold (the write under way may have landed or not). */
  lost(db: Db, pending: WriterOp | null): string[] {
    const lost: string[] = [];
    const rows = new Map((db.prepare('SELECT id, note_text AS note FROM highlights').all() as { id: number; note: string }[]).map((r) => [r.id, r.note]));
    for (const [id, note] of this.highlights) {
      if (pending?.op === 'delete' && pending.id === id) continue;
      if (!rows.has(id)) lost.push(`highlight ${id}`);
      else if (rows.get(id) !== note && !(pending?.op === 'note' && pending.id === id && rows.get(id) === pending.noteText)) lost.push(`the note of highlight ${id}`);
    }
    // Any other highlight is one deleted (SQLite may give its id to a new one) or never made,
    // unless it is the one under way.
    const others = db.prepare('SELECT id, article_id AS a, start, "end" FROM highlights').all() as { id: number; a: number; start: number; end: number }[];
    for (const h of others) {
      if (this.highlights.has(h.id)) continue;
      const underWay = pending?.op === 'highlight' && pending.articleId === h.a && pending.start === h.start && pending.end === h.end;
      if (!underWay) lost.push(this.deleted.has(h.id) ? `the deletion of highlight ${h.id}` : `highlight ${h.id}, which nobody made`);
    }
    const claims = new Map((db.prepare('SELECT highlight_id AS h, status FROM claims').all() as { h: number; status: string }[]).map((r) => [r.h, r.status]));
    for (const [h, status] of this.claims) {
      if (pending?.op === 'delete' && pending.id === h) continue;
      if (!claims.has(h)) lost.push(`the claim on highlight ${h}`);
      else if (status !== null && claims.get(h) !== status && !(pending?.op === 'decide' && pending.highlightId === h && claims.get(h) === pending.status)) lost.push(`the decision on the claim of highlight ${h}`);
    }
    const notes = new Map((db.prepare('SELECT article_id AS a, note_text AS note FROM article_notes').all() as { a: number; note: string }[]).map((r) => [r.a, r.note]));
    for (const [a, note] of this.articleNotes) {
      if (notes.get(a) !== note && !(pending?.op === 'articleNote' && pending.articleId === a && notes.get(a) === pending.noteText)) lost.push(`the note of article ${a}`);
    }
    return lost;
  }

  /** Takes the write that was under way as the library has it: landed or not, both are right. */
  settle(db: Db, pending: WriterOp | null): void {
    if (!pending) return;
    const note = (id: number) => db.prepare('SELECT note_text FROM highlights WHERE id = ?').pluck().get(id) as string | undefined;
    if (pending.op === 'highlight') {
      for (const id of db.prepare('SELECT id FROM highlights').pluck().all() as number[]) if (!this.highlights.has(id)) this.made(id, note(id)!);
    } else if (pending.op === 'note' || pending.op === 'delete') {
      const id = pending.id;
      if (note(id) === undefined) this.forget(id);
      else this.highlights.set(id, note(id)!);
    } else if (pending.op === 'claim' || pending.op === 'decide') {
      const status = db.prepare('SELECT status FROM claims WHERE highlight_id = ?').pluck().get(pending.highlightId) as string | undefined;
      if (status !== undefined) this.claims.set(pending.highlightId, status);
    } else {
      const text = db.prepare('SELECT note_text FROM article_notes WHERE article_id = ?').pluck().get(pending.articleId) as string | undefined;
      if (text !== undefined) this.articleNotes.set(pending.articleId, text);
    }
  }

  private made(id: number, note: string): void {
    this.highlights.set(id, note);
    this.deleted.delete(id);
  }

  private forget(id: number): void {
    this.highlights.delete(id);
    this.claims.delete(id);
    this.deleted.add(id);
  }
}
