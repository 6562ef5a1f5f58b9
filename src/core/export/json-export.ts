// The JSON export: every article in scope with its text, HTML and reading document, its
// highlights as W3C Web Annotations, its claims (annotations that assess a highlight) with
// their history and evidence, notes, tags and reading state. Written piece by piece, a
// batch of articles at a time, so a library of any size never has to be one string.
import type { EvidenceRelation } from '../../shared/model';
import type { Row } from '../annotations/highlights';
import type { ClaimRow as StoredClaimRow } from '../claims/records';
import { unpackSource, unpackText } from '../library/content';
import type { Library } from '../library/db';
import { writeChunksAtomic } from './atomic-write';
import { ANNOTATION_CONTEXT, FORMAT, FORMAT_VERSION, urn, type ArticleRecord, type ClaimAnnotation, type HighlightAnnotation } from './json-format';

const BATCH = 500;

const inIds = (column: string) => `${column} IN (SELECT value FROM json_each(@ids))`;

interface ArticleRow {
  id: number;
  uid: string;
  title: string;
  author: string | null;
  site: string | null;
  url: string | null;
  published: string | null;
  date: string | null;
  lang: string | null;
  excerpt: string | null;
  categories: string;
  source_tags: string;
  cover: string | null;
  format: ArticleRecord['format'];
  encoding: string;
  path: string | null;
  hash: string;
  warnings: string;
  imported_at: string;
  updated_at: string;
  packed_text: Buffer;
  packed_source: Buffer;
  tags: string;
  note: string | null;
  note_text: string | null;
  note_at: string | null;
  position: number | null;
  position_at: string | null;
  read_at: string | null;
  archived_at: string | null;
  trashed_at: string | null;
  copy_of: number | null;
  copy_of_uid: string | null;
  title_suffix: string | null;
}

/** `inFile`: every article the file holds; a copy's original outside it is not named. */
function articles(lib: Library, ids: string, inFile: ReadonlySet<number>): ArticleRecord[] {
  const rows = lib.db
    .prepare(
      `SELECT a.*, n.note, n.note_text, n.updated_at AS note_at, p.position, p.updated_at AS position_at,
         (SELECT o.uid FROM articles o WHERE o.id = a.copy_of) AS copy_of_uid,
         (SELECT json_group_array(name) FROM (SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id ORDER BY t.id)) AS tags
       FROM articles a LEFT JOIN article_notes n ON n.article_id = a.id LEFT JOIN reading_positions p ON p.article_id = a.id
       WHERE ${inIds('a.id')} ORDER BY a.id`,
    )
    .all({ ids }) as ArticleRow[];
  return rows.map((r) => {
    const { html, doc } = unpackSource(r.packed_source);
    return {
      id: r.uid,
      localId: r.id,
      title: r.title,
      author: r.author,
      site: r.site,
      url: r.url,
      published: r.published,
      date: r.date,
      lang: r.lang,
      excerpt: r.excerpt,
      categories: JSON.parse(r.categories) as string[],
      sourceTags: JSON.parse(r.source_tags) as string[],
      cover: r.cover,
      format: r.format,
      encoding: r.encoding,
      path: r.path,
      hash: r.hash,
      warnings: JSON.parse(r.warnings) as string[],
      importedAt: r.imported_at,
      updatedAt: r.updated_at,
      text: unpackText(r.packed_text),
      html,
      doc: JSON.parse(doc) as ArticleRecord['doc'],
      tags: JSON.parse(r.tags) as string[],
      note: r.note === null ? null : { doc: JSON.parse(r.note) as ArticleRecord['doc'], text: r.note_text!, updatedAt: r.note_at! },
      readingPosition: r.position === null ? null : { position: r.position, updatedAt: r.position_at! },
      readAt: r.read_at,
      archivedAt: r.archived_at,
      trashedAt: r.trashed_at,
      copyOf: r.copy_of !== null && inFile.has(r.copy_of) ? r.copy_of_uid : null,
      titleSuffix: r.title_suffix,
    };
  });
}

/** A highlight's row as stored, with its article's global id and its tags (a JSON list). */
type HighlightRow = Omit<Row, 'article_id'> & { article_uid: string; tags: string };

function highlights(lib: Library, ids: string): HighlightAnnotation[] {
  const rows = lib.db
    .prepare(
      `SELECT h.*, a.uid AS article_uid,
         (SELECT json_group_array(name) FROM (SELECT t.name FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id WHERE ht.highlight_id = h.id ORDER BY t.id)) AS tags
       FROM highlights h JOIN articles a ON a.id = h.article_id WHERE ${inIds('h.article_id')} ORDER BY h.id`,
    )
    .all({ ids }) as HighlightRow[];
  return rows.map((r) => ({
    '@context': ANNOTATION_CONTEXT,
    id: urn(r.uid),
    type: 'Annotation',
    motivation: 'highlighting',
    created: r.created_at,
    modified: r.updated_at,
    body: [
      ...(r.note === null ? [] : [{ type: 'TextualBody' as const, purpose: 'commenting' as const, format: 'text/plain' as const, value: r.note_text }]),
      ...(JSON.parse(r.tags) as string[]).map((tag) => ({ type: 'TextualBody' as const, purpose: 'tagging' as const, value: tag })),
    ],
    target: {
      source: urn(r.article_uid),
      selector: [
        { type: 'TextQuoteSelector', exact: r.exact, prefix: r.prefix, suffix: r.suffix },
        { type: 'TextPositionSelector', start: r.start, end: r.end },
      ],
    },
    gloss: { localId: r.id, color: r.color, anchor: r.anchor, note: r.note === null ? null : (JSON.parse(r.note) as ArticleRecord['doc']) },
  }));
}

/** A claim's row as stored, with its highlight's global id, and its history, evidence and material as JSON lists. */
type ClaimRow = Omit<StoredClaimRow, 'highlight_id'> & { highlight_uid: string; history: string; evidence: string; material: string };

function claims(lib: Library, ids: string): ClaimAnnotation[] {
  const rows = lib.db
    .prepare(
      `SELECT c.*, h.uid AS highlight_uid,
         (SELECT json_group_array(json_object('id', x.uid, 'localId', x.id, 'status', x.status, 'previous', x.previous, 'reason', x.reason, 'at', x.at,
            'undoes', (SELECT u.uid FROM claim_history u WHERE u.id = x.undoes), 'before', json(x.before)))
          FROM (SELECT * FROM claim_history WHERE claim_id = c.id ORDER BY id) x) AS history,
         (SELECT json_group_array(json_object('id', e.uid, 'localId', e.id, 'relation', e.relation,
            'highlight', (SELECT eh.uid FROM highlights eh WHERE eh.id = e.highlight_id), 'claim', (SELECT ec.uid FROM claims ec WHERE ec.id = e.target_claim),
            'url', e.url, 'title', e.title, 'created', e.created_at))
          FROM (SELECT * FROM claim_evidence WHERE claim_id = c.id ORDER BY id) e) AS evidence,
         (SELECT json_group_array(json_object('article', ma.uid, 'foundAt', m.found_at))
          FROM claim_material m JOIN articles ma ON ma.id = m.article_id WHERE m.claim_id = c.id) AS material
       FROM claims c JOIN highlights h ON h.id = c.highlight_id WHERE ${inIds('h.article_id')} ORDER BY c.id`,
    )
    .all({ ids }) as ClaimRow[];
  return rows.map((r) => ({
    '@context': ANNOTATION_CONTEXT,
    id: urn(r.uid),
    type: 'Annotation',
    motivation: 'assessing',
    created: r.created_at,
    modified: r.updated_at,
    body: [{ type: 'TextualBody', purpose: 'assessing', value: r.statement }],
    target: urn(r.highlight_uid),
    gloss: {
      localId: r.id,
      status: r.status,
      note: r.note === null ? null : { doc: JSON.parse(r.note) as ArticleRecord['doc'], text: r.note_text },
      checkAgain: r.check_again,
      snoozedUntil: r.snoozed_until,
      reviewedAt: r.reviewed_at,
      statusAt: r.status_at,
      history: JSON.parse(r.history) as ClaimAnnotation['gloss']['history'],
      evidence: (JSON.parse(r.evidence) as (ClaimAnnotation['gloss']['evidence'][number] & { relation: EvidenceRelation })[]),
      newMaterial: JSON.parse(r.material) as ClaimAnnotation['gloss']['newMaterial'],
    },
  }));
}

export interface JsonExportOptions {
  now?: Date;
  onProgress?: (done: number, total: number) => void;
}

/**
 * The export of articles `ids` as JSON text, in pieces (the whole file when joined). With
 * every article, every tag goes too, used or not; otherwise the tags the articles and their
 * highlights carry.
 */
export function* jsonExportChunks(lib: Library, ids: number[], everything: boolean, options: JsonExportOptions = {}): Generator<string> {
  const now = options.now ?? new Date();
  const all = JSON.stringify(ids);
  const inFile = new Set(ids);
  const tags = lib.db
    .prepare(
      everything
        ? 'SELECT id AS localId, name FROM tags ORDER BY id'
        : `SELECT id AS localId, name FROM tags t WHERE EXISTS (SELECT 1 FROM article_tags at WHERE at.tag_id = t.id AND ${inIds('at.article_id')})
             OR EXISTS (SELECT 1 FROM highlight_tags ht JOIN highlights h ON h.id = ht.highlight_id WHERE ht.tag_id = t.id AND ${inIds('h.article_id')}) ORDER BY id`,
    )
    .all(everything ? {} : { ids: all });
  yield `{"format":${JSON.stringify(FORMAT)},"version":${FORMAT_VERSION},"exportedAt":${JSON.stringify(now.toISOString())},"generator":"Gloss","tags":${JSON.stringify(tags)},`;
  // Three arrays, each written batch by batch.
  const sections = [
    ['articles', articles],
    ['highlights', highlights],
    ['claims', claims],
  ] as const;
  for (const [s, [key, read]] of sections.entries()) {
    yield `${JSON.stringify(key)}:[`;
    let first = true;
    for (let at = 0; at < ids.length; at += BATCH) {
      const batch = JSON.stringify(ids.slice(at, at + BATCH));
      for (const record of read(lib, batch, inFile)) {
        yield `${first ? '' : ','}\n${JSON.stringify(record)}`;
        first = false;
      }
      if (key === 'articles') options.onProgress?.(Math.min(at + BATCH, ids.length), ids.length);
    }
    yield `]${s < sections.length - 1 ? ',' : '}\n'}`;
  }
}

/** Writes the export of articles `ids` to `path` (atomically); `everything` as for jsonExportChunks. */
export function writeJsonExport(lib: Library, ids: number[], everything: boolean, path: string, options: JsonExportOptions = {}): void {
  writeChunksAtomic(path, jsonExportChunks(lib, ids, everything, options));
}
