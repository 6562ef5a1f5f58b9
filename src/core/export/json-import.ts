// `gloss import-json`: merges a JSON export into a library in one transaction. Everything is
// matched by its global id (UUID): what the library holds already is kept as it is and not
// added twice, so importing the same file again adds nothing. An article the library holds
// under another id (the same file imported on two machines) is matched by its content hash.
// Integer ids are kept where they are free, so an export imported into an empty library
// comes back row for row. An added article keeps its read, archive and Trash state and its
// copy link; an article the library has already keeps the library's. The file is hostile until checked: its shape by the zod schema
// (json-format.ts), its documents by the reading and note schemas, its offsets against its
// texts; any problem refuses the whole file and changes nothing.
import { readFileSync, statSync } from 'node:fs';
import type { ReadingDoc } from '../../shared/model';
import { countChars, docToText } from '../../shared/reading/plain-text';
import { normaliseTag } from '../annotations/tags';
import { fingerprint, storeFingerprint } from '../duplicates/fingerprints';
import { InvalidInputError } from '../errors';
import { articleText } from '../library/articles';
import { packSource, packText } from '../library/content';
import type { Library } from '../library/db';
import { importedNote, readingDocProblem } from './imported-doc';
import { ExportFile, uidOf, type ArticleRecord } from './json-format';

/** Larger files are refused before they are read. */
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;

export interface JsonImportSummary {
  articles: { added: number; existing: number };
  highlights: { added: number; existing: number };
  claims: { added: number; existing: number; skipped: number };
  history: { added: number };
  evidence: { added: number; skipped: number };
  tags: { added: number };
}

/** Sanitises an article's stored HTML again, as import does. */
export type HtmlCleaner = (html: string) => string;

/**
 * The sanitiser (DOMPurify over jsdom, tens of megabytes), loaded when an import needs it:
 * the CLI and the app load this module for every command, and must not carry jsdom for it.
 */
export async function loadCleaner(): Promise<HtmlCleaner> {
  const { sanitize } = await import('../ingest/sanitize');
  return (html) => sanitize(html).body?.innerHTML ?? '';
}

/** Reads, checks and merges an export file (see importJson). */
export async function importJsonFile(lib: Library, path: string): Promise<JsonImportSummary> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (err) {
    throw new InvalidInputError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  if (size > MAX_IMPORT_BYTES) throw new InvalidInputError(`${path} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, more than any Gloss export`);
  const raw = readFileSync(path, 'utf8');
  return importJson(lib, raw, await loadCleaner());
}

function parse(raw: string): ExportFile {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new InvalidInputError(`not a JSON file (${(err as Error).message.slice(0, 200)})`);
  }
  if (typeof json === 'object' && json !== null && (json as { format?: unknown }).format !== 'gloss-export') throw new InvalidInputError('not a Gloss export: its "format" is not "gloss-export"');
  const parsed = ExportFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidInputError(`not a valid Gloss export: ${issue.path.join('.') || 'the file'}: ${issue.message}`);
  }
  return parsed.data;
}

const idIfFree = (lib: Library, table: string, id: number) => (lib.db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) ? null : id);
const idOfUid = (lib: Library, table: string, uid: string) => lib.db.prepare(`SELECT id FROM ${table} WHERE uid = ?`).pluck().get(uid) as number | undefined;

function noteJson(doc: ReadingDoc, what: string): string {
  const note = importedNote(doc);
  if (!note) throw new InvalidInputError(`${what}: its note is not a valid note document`);
  return JSON.stringify(note);
}

export function importJson(lib: Library, raw: string, clean: HtmlCleaner): JsonImportSummary {
  const file = parse(raw);
  const summary: JsonImportSummary = {
    articles: { added: 0, existing: 0 },
    highlights: { added: 0, existing: 0 },
    claims: { added: 0, existing: 0, skipped: 0 },
    history: { added: 0 },
    evidence: { added: 0, skipped: 0 },
    tags: { added: 0 },
  };
  lib.db
    .transaction(() => {
      const tag = (name: string): number => {
        const clean = normaliseTag(name);
        const known = lib.db.prepare('SELECT id FROM tags WHERE name = ?').pluck().get(clean) as number | undefined;
        if (known !== undefined) return known;
        summary.tags.added++;
        return Number(lib.db.prepare('INSERT INTO tags (name) VALUES (?)').run(clean).lastInsertRowid);
      };
      for (const t of file.tags) {
        const clean = normaliseTag(t.name);
        if (lib.db.prepare('SELECT 1 FROM tags WHERE name = ?').get(clean)) continue;
        lib.db.prepare('INSERT INTO tags (id, name) VALUES (?, ?)').run(idIfFree(lib, 'tags', t.localId), clean);
        summary.tags.added++;
      }

      const articles = new Map<string, number>();
      const texts = new Map<number, string>();
      const copies = new Map<number, string>();
      for (const a of file.articles) {
        if (articles.has(a.id)) throw new InvalidInputError(`article ${a.id} appears twice`);
        const known = idOfUid(lib, 'articles', a.id) ?? (lib.db.prepare('SELECT id FROM articles WHERE hash = ?').pluck().get(a.hash) as number | undefined);
        const id = known ?? insertArticle(lib, a, clean);
        if (known === undefined) {
          summary.articles.added++;
          // Fingerprinted as an import does, so later imports find their copies of it.
          storeFingerprint(lib, id, fingerprint(a.text, a.url));
        } else summary.articles.existing++;
        if (known === undefined && a.copyOf) copies.set(id, a.copyOf);
        articles.set(a.id, id);
        // What the library has already is kept: a note or a place is added only where there is none.
        const link = lib.db.prepare('INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)');
        for (const name of a.tags) link.run(id, tag(name));
        if (a.note) {
          lib.db
            .prepare('INSERT OR IGNORE INTO article_notes (article_id, note, note_text, updated_at) VALUES (?, ?, ?, ?)')
            .run(id, noteJson(a.note.doc as ReadingDoc, `article ${a.id}`), a.note.text, a.note.updatedAt ?? a.updatedAt);
        }
        if (a.readingPosition) lib.db.prepare('INSERT OR IGNORE INTO reading_positions (article_id, position, updated_at) VALUES (?, ?, ?)').run(id, a.readingPosition.position, a.readingPosition.updatedAt);
      }
      linkCopies(lib, copies, articles);
      const articleOf = (urn: string, what: string) => {
        const uid = uidOf(urn);
        const id = articles.get(uid) ?? idOfUid(lib, 'articles', uid);
        if (id === undefined) throw new InvalidInputError(`${what}: its article ${uid} is neither in the file nor in the library`);
        return id;
      };
      const textOf = (id: number) => texts.get(id) ?? texts.set(id, articleText(lib, id)!).get(id)!;

      for (const h of file.highlights) {
        const uid = uidOf(h.id);
        if (idOfUid(lib, 'highlights', uid) !== undefined) {
          summary.highlights.existing++;
          continue;
        }
        const what = `highlight ${uid}`;
        const articleId = articleOf(h.target.source, what);
        const [quote, position] = h.target.selector;
        // An orphan's offsets say where it sat last, in a text that may be gone; a placed highlight's must fit.
        if (position.end <= position.start || (h.gloss.anchor !== 'orphaned' && position.end > textOf(articleId).length)) {
          throw new InvalidInputError(`${what}: its position ${position.start}–${position.end} is not inside its article's text`);
        }
        const comment = h.body.find((b) => b.purpose === 'commenting');
        const { lastInsertRowid } = lib.db
          .prepare(
            `INSERT INTO highlights (id, uid, article_id, exact, prefix, suffix, start, end, anchor, color, note, note_text, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            idIfFree(lib, 'highlights', h.gloss.localId), uid, articleId, quote.exact, quote.prefix, quote.suffix, position.start, position.end,
            h.gloss.anchor, h.gloss.color, h.gloss.note ? noteJson(h.gloss.note as ReadingDoc, what) : null, comment?.value ?? '', h.created, h.modified,
          );
        const link = lib.db.prepare('INSERT OR IGNORE INTO highlight_tags (highlight_id, tag_id) VALUES (?, ?)');
        for (const b of h.body) if (b.purpose === 'tagging' && normaliseTag(b.value)) link.run(Number(lastInsertRowid), tag(b.value));
        summary.highlights.added++;
      }

      const added: typeof file.claims = [];
      for (const c of file.claims) {
        const uid = uidOf(c.id);
        if (idOfUid(lib, 'claims', uid) !== undefined) {
          summary.claims.existing++;
          continue;
        }
        const what = `claim ${uid}`;
        const highlightId = idOfUid(lib, 'highlights', uidOf(c.target));
        if (highlightId === undefined) throw new InvalidInputError(`${what}: its highlight ${uidOf(c.target)} is neither in the file nor in the library`);
        // One claim per highlight: the library's own stays.
        if (lib.db.prepare('SELECT 1 FROM claims WHERE highlight_id = ?').get(highlightId)) {
          summary.claims.skipped++;
          continue;
        }
        const g = c.gloss;
        const { lastInsertRowid } = lib.db
          .prepare(
            `INSERT INTO claims (id, uid, highlight_id, statement, status, note, note_text, check_again, snoozed_until, reviewed_at, status_at, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            idIfFree(lib, 'claims', g.localId), uid, highlightId, c.body[0].value, g.status, g.note ? noteJson(g.note.doc as ReadingDoc, what) : null, g.note?.text ?? '',
            g.checkAgain, g.snoozedUntil, g.reviewedAt, g.statusAt, c.created, c.modified,
          );
        const claimId = Number(lastInsertRowid);
        for (const e of g.history) {
          const undoes = e.undoes === null ? null : idOfUid(lib, 'claim_history', e.undoes);
          if (undoes === undefined) throw new InvalidInputError(`${what}: a history entry takes back ${e.undoes}, which is not in its history`);
          lib.db
            .prepare('INSERT INTO claim_history (id, uid, claim_id, status, previous, reason, at, undoes, before) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
            .run(idIfFree(lib, 'claim_history', e.localId), e.id, claimId, e.status, e.previous, e.reason, e.at, undoes, JSON.stringify(e.before));
          summary.history.added++;
        }
        const material = lib.db.prepare('INSERT OR IGNORE INTO claim_material (claim_id, article_id, found_at) VALUES (?, ?, ?)');
        for (const m of g.newMaterial) {
          const articleId = articles.get(m.article) ?? idOfUid(lib, 'articles', m.article);
          if (articleId !== undefined) material.run(claimId, articleId, m.foundAt);
        }
        added.push(c);
        summary.claims.added++;
      }

      // Evidence last: it may point at claims further on in the file.
      for (const c of added) {
        const claimId = idOfUid(lib, 'claims', uidOf(c.id))!;
        for (const e of c.gloss.evidence) {
          if (idOfUid(lib, 'claim_evidence', e.id) !== undefined) continue;
          const highlightId = e.highlight === null ? null : idOfUid(lib, 'highlights', e.highlight);
          const targetClaim = e.claim === null ? null : idOfUid(lib, 'claims', e.claim);
          if (e.url !== null && !(/^https?:\/\//i.test(e.url) && URL.canParse(e.url))) throw new InvalidInputError(`claim ${uidOf(c.id)}: evidence ${e.id} links to “${e.url.slice(0, 100)}”, not an http(s) address`);
          // A link to something the export left out (outside its scope) cannot be made.
          if (highlightId === undefined || targetClaim === undefined) {
            summary.evidence.skipped++;
            continue;
          }
          lib.db
            .prepare('INSERT INTO claim_evidence (id, uid, claim_id, relation, highlight_id, target_claim, url, title, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
            .run(idIfFree(lib, 'claim_evidence', e.localId), e.id, claimId, e.relation, highlightId, targetClaim, e.url, e.title, e.created);
          summary.evidence.added++;
        }
      }
    })
    .immediate();
  return summary;
}

function insertArticle(lib: Library, a: ArticleRecord, clean: HtmlCleaner): number {
  const doc = a.doc as ReadingDoc;
  const problem = readingDocProblem(doc);
  if (problem) throw new InvalidInputError(`article ${a.id}: ${problem}`);
  // Every offset indexes the text derived from the document: the two must agree.
  if (docToText(doc) !== a.text) throw new InvalidInputError(`article ${a.id}: its text is not the text of its reading document`);
  // The stored HTML is never shown, but it is what the article was read from: sanitised again, as at import.
  const html = clean(a.html);
  const { lastInsertRowid } = lib.db
    .prepare(
      `INSERT INTO articles (id, uid, title, author, site, url, published, date, lang, excerpt, categories, source_tags, cover,
         format, encoding, path, hash, packed_text, packed_source, chars, warnings, imported_at, updated_at, read_at, archived_at, trashed_at, title_suffix)
       VALUES (@id, @uid, @title, @author, @site, @url, @published, @date, @lang, @excerpt, @categories, @source_tags, @cover,
         @format, @encoding, @path, @hash, @packed_text, @packed_source, @chars, @warnings, @imported_at, @updated_at, @read_at, @archived_at, @trashed_at, @title_suffix)`,
    )
    .run({
      id: idIfFree(lib, 'articles', a.localId),
      uid: a.id,
      title: a.title,
      author: a.author,
      site: a.site,
      url: a.url,
      published: a.published,
      date: a.date,
      lang: a.lang,
      excerpt: a.excerpt,
      categories: JSON.stringify(a.categories),
      source_tags: JSON.stringify(a.sourceTags),
      cover: a.cover,
      format: a.format,
      encoding: a.encoding,
      path: a.path,
      hash: a.hash,
      packed_text: packText(a.text),
      packed_source: packSource(html, JSON.stringify(doc)),
      chars: countChars(a.text),
      warnings: JSON.stringify(a.warnings),
      imported_at: a.importedAt,
      updated_at: a.updatedAt,
      read_at: a.readAt ?? null,
      archived_at: a.archivedAt ?? null,
      trashed_at: a.trashedAt ?? null,
      title_suffix: a.titleSuffix ?? null,
    });
  return Number(lastInsertRowid);
}

/**
 * Points each newly added copy at its original (by global id: in the file or already in the
 * library). The library keeps copies one level deep (a copy's original is no copy itself):
 * a chain is followed to its end, and a file whose copies go round in a circle, or name
 * themselves, leaves the article standing on its own. An original nowhere to be found, too.
 */
function linkCopies(lib: Library, copies: Map<number, string>, inFile: Map<string, number>): void {
  const target = new Map<number, number | null>();
  for (const [id, uid] of copies) target.set(id, inFile.get(uid) ?? idOfUid(lib, 'articles', uid) ?? null);
  const copyOf = (id: number) => (target.has(id) ? target.get(id)! : (lib.db.prepare('SELECT copy_of FROM articles WHERE id = ?').pluck().get(id) as number | null));
  const set = lib.db.prepare('UPDATE articles SET copy_of = ? WHERE id = ?');
  for (const [id, first] of target) {
    let original = first;
    const seen = new Set([id]);
    for (let next = original === null ? null : copyOf(original); original !== null && next !== null; next = copyOf(original)) {
      if (seen.has(original)) break;
      seen.add(original);
      original = next;
    }
    if (original !== null && !seen.has(original)) set.run(original, id);
  }
}
