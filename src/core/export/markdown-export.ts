// Markdown export into a folder: one file per article, created the first time and updated
// in place afterwards (found by its gloss id), Gloss's regions and front-matter keys
// rewritten, everything else in the file kept. A file that cannot be updated safely (its
// markers or front matter broken by hand) is reported and left as it is.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Library } from '../library/db';
import { articleRegions, frontMatterValues } from './article-markdown';
import { writeFileAtomic } from './atomic-write';
import { existingFiles } from './existing-files';
import { uniqueFileName } from './file-name';
import { mergeFrontMatter, splitFrontMatter, updateFrontMatter } from './front-matter';
import { exportRecords } from './records';
import { mergeRegions, renderRegions } from './regions';

export interface MarkdownExportOptions {
  fullText?: boolean;
  /** The time written as `exported` (tests pin it). */
  now?: Date;
  onProgress?: (done: number, total: number) => void;
}

export interface MarkdownFileResult {
  articleId: number;
  /** Relative to the folder. */
  file: string;
  status: 'created' | 'updated' | 'unchanged' | 'error';
  error: string | null;
}

export interface MarkdownExportSummary {
  dir: string;
  files: MarkdownFileResult[];
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
}

/** Articles read and written per batch: bounded memory whatever the library's size. */
const BATCH = 500;

export function exportMarkdown(lib: Library, ids: number[], dir: string, options: MarkdownExportOptions = {}): MarkdownExportSummary {
  const now = options.now ?? new Date();
  mkdirSync(dir, { recursive: true });
  const { byId, taken, contents } = existingFiles(dir);
  const contentOf = (path: string) => contents.get(path) ?? readFileSync(path, 'utf8');
  const files: MarkdownFileResult[] = [];
  for (let at = 0; at < ids.length; at += BATCH) {
    // One read transaction per batch: each batch sees one consistent state of the library.
    const batch = lib.db.transaction(() => exportRecords(lib, ids.slice(at, at + BATCH), options.fullText ?? false))();
    for (const a of batch) {
      const existing = byId.get(a.uid);
      const path = existing ?? join(dir, uniqueFileName(a.title, taken));
      const result: MarkdownFileResult = { articleId: a.id, file: relative(dir, path), status: existing ? 'updated' : 'created', error: null };
      try {
        const values = frontMatterValues(a, now);
        const regions = articleRegions(a);
        let content: string;
        if (existing) {
          const { yaml, body } = splitFrontMatter(contentOf(existing));
          const merged = mergeRegions(body, regions);
          const { exported, ...rest } = values;
          const front = updateFrontMatter(yaml, rest, { exported });
          // Nothing changed but the export time: the file is left as it is (no churn for sync tools).
          if (!front.changed && merged === body) {
            result.status = 'unchanged';
            files.push(result);
            continue;
          }
          content = (front.text ?? mergeFrontMatter(yaml, { exported })) + merged;
        } else content = `${mergeFrontMatter(null, values)}\n${renderRegions(regions)}`;
        writeFileAtomic(path, content);
      } catch (err) {
        result.status = 'error';
        result.error = `${result.file}: ${(err as Error).message}`;
      }
      files.push(result);
    }
    options.onProgress?.(Math.min(at + BATCH, ids.length), ids.length);
  }
  const count = (s: MarkdownFileResult['status']) => files.filter((f) => f.status === s).length;
  return { dir, files, created: count('created'), updated: count('updated'), unchanged: count('unchanged'), failed: count('error') };
}
