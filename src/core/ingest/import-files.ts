// A batch import: every file gets exactly one result, one bad file never stops the batch,
// and each file is written in its own transaction, so a crash or kill leaves each file
// either fully imported or absent and running the import again finishes the rest.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { ImportProgress, ImportResult, ImportSummary, ReanchorReport } from '../../shared/model';
import { reanchorArticle } from '../annotations/highlights';
import { flagNewMaterial } from '../claims/new-material';
import { backfillFingerprints } from '../duplicates/backfill';
import { findOriginal, fingerprint, storeFingerprint } from '../duplicates/fingerprints';
import { articleText, findArticleByHash, findArticleByPath, getArticleTitle, insertArticle, updateArticle } from '../library/articles';
import { writeAssets } from '../library/assets';
import type { Library } from '../library/db';
import { ImportError } from './errors';
import { createParsePool, inlineParser, THREAD_DEPTH, workerCount, type Parser } from './parse-pool';
import { collectFiles } from './walk';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/** Below this many files, starting parser threads costs more than it saves. */
const POOL_THRESHOLD = 24;

export interface ImportOptions {
  maxBytes?: number;
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
  /**
   * What to record and report for a file: uploads are staged in a temporary folder, whose
   * path means nothing later, so they are named by where they came from and stored with no path.
   */
  source?: (path: string) => { label: string; stored: string | null };
  /**
   * Parser threads kept by the app between imports (see warm-parser.ts): every file is
   * parsed there, however few. The app's processes must never parse hostile HTML themselves
   * (a file that hangs or exhausts memory would take the window's process with it); the CLI
   * parses a file or two in line, where starting a thread costs more, and more on threads
   * of its own for this import.
   */
  threads?: Parser;
  /** Look for the article each new one copies (on unless a benchmark measures its cost). */
  detectCopies?: boolean;
}

export async function importPaths(lib: Library, paths: string[], options: ImportOptions = {}): Promise<ImportSummary> {
  const { files, skipped, missing } = collectFiles(paths);
  if (options.detectCopies !== false) backfillFingerprints(lib);
  const results: ImportResult[] = [];
  const total = files.length + missing.length;
  const finish = (result: ImportResult) => {
    results.push(result);
    options.onProgress?.({ done: results.length, total, path: result.path, result });
  };
  for (const m of missing) finish(errorResult(m.path, m.error));

  const parser =
    options.threads ??
    (files.length >= POOL_THRESHOLD ? createParsePool((await import('./worker-bundle')).buildWorkerBundle(), { size: Math.min(workerCount(), files.length) }) : inlineParser);
  // Enough files in flight to fill every parser's inbox, and one more each being written.
  const limit = parser === inlineParser ? 1 : workerCount() * (THREAD_DEPTH + 1);
  const inFlight = new Set<Promise<void>>();
  let cancelled = false;
  try {
    for (const path of files) {
      if (options.signal?.aborted) {
        cancelled = true;
        break;
      }
      options.onProgress?.({ done: results.length, total, path });
      const job = importFile(lib, path, parser, options.maxBytes ?? DEFAULT_MAX_BYTES, options.source?.(path), options.detectCopies !== false).then(finish);
      inFlight.add(job);
      void job.then(() => inFlight.delete(job));
      if (inFlight.size >= limit) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    if (parser !== options.threads) await parser.close();
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

export async function importFile(
  lib: Library,
  path: string,
  parser: Parser = inlineParser,
  maxBytes = DEFAULT_MAX_BYTES,
  source = { label: path, stored: path as string | null },
  detectCopies = true,
): Promise<ImportResult> {
  try {
    const stat = statSync(path);
    // Named explicitly, a FIFO would block the read for ever and a device never end.
    if (!stat.isFile()) return errorResult(source.label, 'not a regular file (a device, pipe or socket): only files can be imported');
    const size = stat.size;
    if (size > maxBytes) {
      return errorResult(source.label, `the file is ${formatOver(size, maxBytes)}, over the ${formatMB(maxBytes)} limit for one article`);
    }
    return await importBytes(lib, readFileSync(path), source.stored, parser, source.label, path, detectCopies);
  } catch (err) {
    return errorResult(source.label, describe(err));
  }
}

/**
 * Imports one file's bytes. `path` is what the library records (null for uploads);
 * `readFrom` is where the file sits now, for the images a saved page keeps beside it.
 */
export async function importBytes(
  lib: Library,
  bytes: Uint8Array,
  path: string | null,
  parser: Parser = inlineParser,
  label = path ?? 'upload',
  readFrom = path ?? label,
  detectCopies = true,
): Promise<ImportResult> {
  try {
    const hash = createHash('sha256').update(bytes).digest('hex');
    const existing = findArticleByHash(lib, hash);
    if (existing) return { path: label, status: 'duplicate', id: existing.id, title: existing.title, copyOf: existing.copyOf, error: null, warnings: [] };

    const parsed = await parser.parse(bytes, readFrom);
    writeAssets(lib.assetsPath, parsed.assets);
    // Computed before the write lock is taken: the lock is held only for the lookups.
    const print = detectCopies ? fingerprint(parsed.text, parsed.url) : null;
    return lib.db
      .transaction((): ImportResult => {
        // Checked again inside the write lock: another import may have stored it meanwhile.
        const again = findArticleByHash(lib, hash);
        if (again) return { path: label, status: 'duplicate', id: again.id, title: again.title, copyOf: again.copyOf, error: null, warnings: [] };
        const previous = path ? findArticleByPath(lib, path) : undefined;
        if (previous) {
          const before = articleText(lib, previous.id);
          updateArticle(lib, previous.id, parsed, path, hash);
          if (print) storeFingerprint(lib, previous.id, print);
          flagNewMaterial(lib, previous.id, parsed.text, new Date());
          const moved = describeReanchor(reanchorArticle(lib, previous.id, parsed.text, before));
          const stored = getArticleTitle(lib, previous.id);
          return { path: label, status: 'updated', id: previous.id, title: stored.title, copyOf: stored.copyOf, error: null, warnings: moved ? [...parsed.warnings, moved] : parsed.warnings };
        }
        const original = print ? findOriginal(lib, print) : null;
        const id = insertArticle(lib, parsed, path, hash, original?.id ?? null);
        if (print) storeFingerprint(lib, id, print);
        flagNewMaterial(lib, id, parsed.text, new Date());
        return { path: label, status: 'imported', id, title: getArticleTitle(lib, id).title, copyOf: original?.id ?? null, error: null, warnings: parsed.warnings };
      })
      .immediate();
  } catch (err) {
    return errorResult(label, describe(err));
  }
}

/** What an update did to the article's highlights, said in the result; null when it had none. */
function describeReanchor(r: ReanchorReport): string | null {
  const total = r.exact + r.moved + r.changed + r.orphaned;
  if (total === 0) return null;
  return `highlights re-anchored: ${r.exact} in place, ${r.moved} moved, ${r.changed} on edited text, ${r.orphaned} orphaned (kept, to re-attach)`;
}

function errorResult(path: string, error: string): ImportResult {
  return { path, status: 'error', id: null, title: null, copyOf: null, error, warnings: [] };
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

/** A size just over the limit, with enough decimals that it does not read as the limit itself ("50.01 MB", not "50 MB"). */
export function formatOver(bytes: number, limit: number): string {
  for (let digits = 1; digits < 6; digits++) {
    const shown = (bytes / 1024 / 1024).toFixed(digits);
    if (Number(shown) > limit / 1024 / 1024) return `${shown.replace(/0+$/, '').replace(/\.$/, '')} MB`;
  }
  return `${bytes} bytes`;
}

function formatMB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
}
