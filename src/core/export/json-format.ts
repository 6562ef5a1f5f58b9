// The JSON export's format (version 1), as the zod schema every imported file is checked
// against before anything is written: each field typed and bounded, so a hostile file is
// refused in one message. docs/export.schema.json documents the same format as JSON Schema
// (checked against real exports in json-export.test.ts).
//
// Highlights are W3C Web Annotations (motivation `highlighting`, bodies with purpose
// `commenting` for the note and `tagging` for each tag, a TextQuoteSelector and a
// TextPositionSelector on the article); claims are annotations too, with motivation
// `assessing`, on their highlight. What the Web Annotation model has no term for is kept
// under the key `gloss`, a JSON literal in the JSON-LD context.
import { z } from 'zod';
import { CLAIM_STATUSES, EVIDENCE_RELATIONS, HIGHLIGHT_COLORS } from '../../shared/model';

export const FORMAT = 'gloss-export';
export const FORMAT_VERSION = 1;
export const ANNOTATION_CONTEXT = ['http://www.w3.org/ns/anno.jsonld', { gloss: { '@id': 'urn:x-gloss:data', '@type': '@json' } }] as const;

/** Bounds: far above any real library, low enough that a crafted file cannot exhaust memory twice over. */
const MAX_ARTICLES = 200_000;
const MAX_ANNOTATIONS = 2_000_000;
const MAX_TEXT = 20_000_000;

const Uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'a lowercase UUID');
const Urn = z.string().regex(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'urn:uuid:<lowercase UUID>');
const LocalId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const Time = z.string().min(1).max(64);
const Short = z.string().max(2000);
const Name = z.string().trim().min(1).max(100);
/** A ProseMirror document; its nodes are checked against the reading or note schema after parsing. */
const Doc = z.object({ type: z.literal('doc') }).passthrough();
const Note = z.object({ doc: Doc, text: z.string().max(1_000_000), updatedAt: Time.optional() }).strict();

export const ArticleRecord = z
  .object({
    id: Uuid,
    localId: LocalId,
    title: z.string().max(10_000),
    author: Short.nullable(),
    site: Short.nullable(),
    url: z.string().max(8192).nullable(),
    published: Time.nullable(),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
    lang: z.string().max(64).nullable(),
    excerpt: z.string().max(100_000).nullable(),
    categories: z.array(Short).max(1000),
    sourceTags: z.array(Short).max(1000),
    cover: z.string().max(8192).nullable(),
    format: z.enum(['hexo-html', 'hexo-markdown', 'page', 'fragment', 'markdown', 'text']),
    encoding: z.string().max(64),
    path: z.string().max(4096).nullable(),
    hash: z.string().regex(/^[0-9a-f]{1,128}$/),
    warnings: z.array(Short).max(1000),
    importedAt: Time,
    updatedAt: Time,
    text: z.string().max(MAX_TEXT),
    html: z.string().max(5 * MAX_TEXT),
    doc: Doc,
    tags: z.array(Name).max(1000),
    note: Note.nullable(),
    readingPosition: z.object({ position: z.number().min(0).max(1), updatedAt: Time }).strict().nullable(),
    // The library's states (schema 9). Optional: files written before them still import, as unread, not archived, not trashed.
    readAt: Time.nullable().optional(),
    archivedAt: Time.nullable().optional(),
    /** In the Trash since then: it comes back in the Trash, restorable. */
    trashedAt: Time.nullable().optional(),
    /** The original this article is a copy of, by its global id (null when the export left the original out). */
    copyOf: Uuid.nullable().optional(),
    /** The site suffix cleaned from the title ("_网易订阅"). */
    titleSuffix: Short.nullable().optional(),
  })
  .strict();
export type ArticleRecord = z.infer<typeof ArticleRecord>;

const TextualBody = z.object({ type: z.literal('TextualBody'), purpose: z.enum(['commenting', 'tagging', 'assessing']), value: z.string().max(1_000_000), format: z.literal('text/plain').optional() }).strict();

export const HighlightAnnotation = z
  .object({
    '@context': z.unknown().optional(),
    id: Urn,
    type: z.literal('Annotation'),
    motivation: z.literal('highlighting'),
    created: Time,
    modified: Time,
    body: z.array(TextualBody).max(1001),
    target: z
      .object({
        source: Urn,
        selector: z.tuple([
          z.object({ type: z.literal('TextQuoteSelector'), exact: z.string().min(1).max(MAX_TEXT), prefix: z.string().max(1000), suffix: z.string().max(1000) }).strict(),
          z.object({ type: z.literal('TextPositionSelector'), start: z.number().int().min(0), end: z.number().int().min(1) }).strict(),
        ]),
      })
      .strict(),
    gloss: z
      .object({
        localId: LocalId,
        color: z.enum(HIGHLIGHT_COLORS),
        anchor: z.enum(['exact', 'moved', 'changed', 'orphaned']),
        /** The note as a document (its plain text is the commenting body). */
        note: Doc.nullable(),
      })
      .strict(),
  })
  .strict();
export type HighlightAnnotation = z.infer<typeof HighlightAnnotation>;

const Status = z.enum(CLAIM_STATUSES);

export const ClaimAnnotation = z
  .object({
    '@context': z.unknown().optional(),
    id: Urn,
    type: z.literal('Annotation'),
    motivation: z.literal('assessing'),
    created: Time,
    modified: Time,
    /** The statement. */
    body: z.tuple([TextualBody]),
    /** The highlight the claim is made of. */
    target: Urn,
    gloss: z
      .object({
        localId: LocalId,
        status: Status,
        note: Note.nullable(),
        checkAgain: z.string().max(10).nullable(),
        snoozedUntil: z.string().max(10).nullable(),
        reviewedAt: Time,
        statusAt: Time,
        history: z
          .array(
            z
              .object({
                id: Uuid,
                localId: LocalId,
                status: Status,
                previous: Status.nullable(),
                reason: z.string().max(10_000).nullable(),
                at: Time,
                undoes: Uuid.nullable(),
                before: z.record(z.string(), z.unknown()),
              })
              .strict(),
          )
          .max(100_000),
        evidence: z
          .array(
            z
              .object({
                id: Uuid,
                localId: LocalId,
                relation: z.enum(EVIDENCE_RELATIONS),
                highlight: Uuid.nullable(),
                claim: Uuid.nullable(),
                url: z.string().max(4096).nullable(),
                title: z.string().max(2000).nullable(),
                created: Time,
              })
              .strict()
              .refine((e) => [e.highlight, e.claim, e.url].filter((v) => v !== null).length === 1, 'evidence points at exactly one highlight, claim or web page'),
          )
          .max(100_000),
        newMaterial: z.array(z.object({ article: Uuid, foundAt: Time }).strict()).max(MAX_ARTICLES),
      })
      .strict(),
  })
  .strict();
export type ClaimAnnotation = z.infer<typeof ClaimAnnotation>;

export const ExportFile = z
  .object({
    format: z.literal(FORMAT),
    version: z.literal(FORMAT_VERSION),
    exportedAt: Time,
    generator: z.string().max(200),
    tags: z.array(z.object({ localId: LocalId, name: Name }).strict()).max(MAX_ANNOTATIONS),
    articles: z.array(ArticleRecord).max(MAX_ARTICLES),
    highlights: z.array(HighlightAnnotation).max(MAX_ANNOTATIONS),
    claims: z.array(ClaimAnnotation).max(MAX_ANNOTATIONS),
  })
  .strict();
export type ExportFile = z.infer<typeof ExportFile>;

export const uidOf = (urn: string) => urn.slice('urn:uuid:'.length);
export const urn = (uid: string) => `urn:uuid:${uid}`;
