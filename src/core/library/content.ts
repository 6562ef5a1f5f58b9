// How an article's content is stored (migration 0006): its plain text, and its sanitised
// HTML with its reading document, each brotli-compressed. Stored plainly, the three held the
// same Chinese text three times over and made up most of a library. The text has a column of
// its own because search cuts snippets from twenty articles' texts for every page of
// results, and decompressing a text alone costs a tenth of a millisecond.
import type Database from 'better-sqlite3';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';

export function packText(raw: string): Buffer {
  const bytes = Buffer.from(raw);
  // Quality 5 of 11: within a few per cent of the best size at a tenth of the time.
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
}

export function unpackText(blob: Uint8Array): string {
  return brotliDecompressSync(blob).toString('utf8');
}

/** The HTML and the document (JSON) together: a header line `<html length>\n`, then both. */
export function packSource(html: string, doc: string): Buffer {
  return packText(`${html.length}\n${html}${doc}`);
}

export function unpackSource(blob: Uint8Array): { html: string; doc: string } {
  const raw = unpackText(blob);
  const header = raw.indexOf('\n');
  const end = header + 1 + Number(raw.slice(0, header));
  return { html: raw.slice(header + 1, end), doc: raw.slice(end) };
}

/** The text `gloss_text` unpacked last: an article's trigger reads it for tokens, then for characters. */
let last: { blob: Buffer; text: string } | null = null;

/** `gloss_pack_text(text)`, `gloss_pack_source(html, doc)` and `gloss_text(packed text)`, for migrations and triggers. */
export function registerContentFunctions(db: Database.Database): void {
  db.function('gloss_pack_text', { deterministic: true }, (text: unknown) => packText(String(text ?? '')));
  db.function('gloss_pack_source', { deterministic: true }, (html: unknown, doc: unknown) => packSource(String(html ?? ''), String(doc ?? '')));
  db.function('gloss_text', { deterministic: true }, (blob: unknown) => {
    if (!Buffer.isBuffer(blob)) return '';
    if (!last || !last.blob.equals(blob)) last = { blob, text: unpackText(blob) };
    return last.text;
  });
}
