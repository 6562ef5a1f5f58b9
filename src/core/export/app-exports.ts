// Exports as the app asks for them: into a folder the user chose (desktop: Markdown files
// updated in place, or the JSON file), or as one download (browser mode, which never names
// a path on this machine: a zip of the Markdown files, or the JSON file).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import yazl from 'yazl';
import type { ExportDownload, ExportFormat, ExportResult } from '../../shared/model';
import { InvalidInputError } from '../errors';
import type { Library } from '../library/db';
import { jsonExportChunks, writeJsonExport } from './json-export';
import { exportMarkdown } from './markdown-export';
import { scopeArticleIds, type ExportScope } from './scope';

export interface AppExport {
  scope: ExportScope;
  format: ExportFormat;
  fullText: boolean;
  onProgress?: (done: number, total: number) => void;
}

const day = () => new Date().toISOString().slice(0, 10);

export function exportToFolder(lib: Library, dir: string, e: AppExport): ExportResult {
  const folder = resolve(dir);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (err) {
    throw new InvalidInputError(`cannot write into ${folder}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const ids = scopeArticleIds(lib, e.scope);
  if (e.format === 'json') {
    writeJsonExport(lib, ids, 'all' in e.scope, join(folder, `gloss-export-${day()}.json`), { onProgress: e.onProgress });
    return { dir: folder, articles: ids.length, created: 1, updated: 0, unchanged: 0, failed: 0, errors: [] };
  }
  const s = exportMarkdown(lib, ids, folder, { fullText: e.fullText, onProgress: e.onProgress });
  return { dir: folder, articles: ids.length, created: s.created, updated: s.updated, unchanged: s.unchanged, failed: s.failed, errors: s.files.flatMap((f) => (f.error ? [f.error] : [])).slice(0, 20) };
}

function zipFolder(dir: string): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const name of readdirSync(dir).sort()) zip.addBuffer(readFileSync(join(dir, name)), name);
  zip.end();
  return new Promise((done, fail) => {
    const parts: Buffer[] = [];
    zip.outputStream.on('data', (b: Buffer) => parts.push(b)).on('end', () => done(Buffer.concat(parts))).on('error', fail);
  });
}

export async function exportDownload(lib: Library, e: AppExport): Promise<ExportDownload> {
  const ids = scopeArticleIds(lib, e.scope);
  if (e.format === 'json') {
    const bytes = Buffer.from([...jsonExportChunks(lib, ids, 'all' in e.scope, { onProgress: e.onProgress })].join(''));
    return { fileName: `gloss-export-${day()}.json`, mime: 'application/json', base64: bytes.toString('base64'), articles: ids.length };
  }
  const stage = mkdtempSync(join(tmpdir(), 'gloss-export-'));
  try {
    exportMarkdown(lib, ids, stage, { fullText: e.fullText, onProgress: e.onProgress });
    const zip = await zipFolder(stage);
    return { fileName: `gloss-markdown-${day()}.zip`, mime: 'application/zip', base64: zip.toString('base64'), articles: ids.length };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
