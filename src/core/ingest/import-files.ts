// A batch import: every file gets exactly one result, one bad file never stops the batch,
// and each file is written in its own transaction, so a crash or kill leaves each file
// either fully imported or absent and running the import again finishes the rest.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { ImportProgress, ImportResult, ImportSummary } from '../../shared/model';
import { findArticleByHash, findArticleByPath, insertArticle, updateArticle } from '../library/articles';
import { writeAssets } from '../library/assets';
import type { Library } from '../library/db';
import { ImportError } from './errors';
import { parseArticle } from './parse-article';
import { collectFiles } from './walk';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface ImportOptions {
  maxBytes?: number;
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
}

export function importPaths(lib: Library, paths: string[], options: ImportOptions = {}): ImportSummary {
  const { files, skipped, missing } = collectFiles(paths);
  const results: ImportResult[] = missing.map((m) => errorResult(m.path, m.error));
  const total = files.length + missing.length;
  for (const r of results) options.onProgress?.({ done: results.length, total, path: r.path, result: r });

  let cancelled = false;
  for (const path of files) {
    if (options.signal?.aborted) {
      cancelled = true;
      break;
    }
    options.onProgress?.({ done: results.length, total, path });
    const result = importFile(lib, path, options.maxBytes ?? DEFAULT_MAX_BYTES);
    results.push(result);
    options.onProgress?.({ done: results.length, total, path, result });
  }
  const count = (s: ImportResult['status']) => results.filter((r) => r.status === s).length;
  return {
    results,
    imported: count('imported'),
    duplicate: count('duplicate'),
    updated: count('updated'),
    failed: count('error'),
    skipped,
    cancelled,
  };
}

export function importFile(lib: Library, path: string, maxBytes: number = DEFAULT_MAX_BYTES): ImportResult {
  try {
    const size = statSync(path).size;
    if (size > maxBytes) {
      return errorResult(path, `the file is ${formatMB(size)}, over the ${formatMB(maxBytes)} limit for one article`);
    }
    return importBytes(lib, readFileSync(path), path);
  } catch (err) {
    return errorResult(path, describe(err));
  }
}

/** Imports one file's bytes; `path` is null for uploads that have no place on disk. */
export function importBytes(lib: Library, bytes: Uint8Array, path: string | null, label = path ?? 'upload'): ImportResult {
  try {
    const hash = createHash('sha256').update(bytes).digest('hex');
    const existing = findArticleByHash(lib, hash);
    if (existing) return { path: label, status: 'duplicate', id: existing.id, title: existing.title, error: null, warnings: [] };

    const parsed = parseArticle(bytes, label);
    writeAssets(lib.assetsPath, parsed.assets);
    const result = lib.db
      .transaction((): ImportResult => {
        // Checked again inside the write lock: another process may have imported it meanwhile.
        const again = findArticleByHash(lib, hash);
        if (again) return { path: label, status: 'duplicate', id: again.id, title: again.title, error: null, warnings: [] };
        const previous = path ? findArticleByPath(lib, path) : undefined;
        if (previous) {
          updateArticle(lib, previous.id, parsed, path, hash);
          return { path: label, status: 'updated', id: previous.id, title: parsed.title, error: null, warnings: parsed.warnings };
        }
        const id = insertArticle(lib, parsed, path, hash);
        return { path: label, status: 'imported', id, title: parsed.title, error: null, warnings: parsed.warnings };
      })
      .immediate();
    return result;
  } catch (err) {
    return errorResult(label, describe(err));
  }
}

function errorResult(path: string, error: string): ImportResult {
  return { path, status: 'error', id: null, title: null, error, warnings: [] };
}

function describe(err: unknown): string {
  if (err instanceof ImportError) return err.message;
  if (err instanceof RangeError && /call stack/i.test(err.message)) return 'the HTML is nested too deeply to read';
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file';
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return 'permission denied: the file cannot be read';
  if (e?.code === 'EISDIR') return 'this is a folder, not a file';
  if (e?.code === 'SQLITE_BUSY') return 'the library is busy (another Gloss is writing to it); try again';
  return `could not be imported: ${e?.message ?? String(err)}`;
}

function formatMB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
}
