// Paths given by the user → the files to import. Inside folders only article files are
// taken (the rest is counted as skipped); a file named explicitly is always attempted,
// so the user hears why it cannot be imported.
import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

const ARTICLE_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml', '.md', '.markdown', '.txt']);

/** Whether a file's name says it is an article the importer reads. */
export function isArticleName(name: string): boolean {
  return ARTICLE_EXTENSIONS.has(extname(name).toLowerCase());
}

export interface FileList {
  files: string[];
  /** Files inside folders that are not articles. */
  skipped: number;
  /** Named paths that do not exist or cannot be read, with the reason. */
  missing: { path: string; error: string }[];
}

export function collectFiles(paths: string[]): FileList {
  const out: FileList = { files: [], skipped: 0, missing: [] };
  const seen = new Set<string>();
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      out.files.push(file);
    }
  };
  for (const given of paths) {
    const path = resolve(given);
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch (err) {
      out.missing.push({ path, error: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : `cannot be read (${(err as Error).message})` });
      continue;
    }
    if (isDir) walk(path, add, out);
    else add(path);
  }
  return out;
}

function walk(dir: string, add: (file: string) => void, out: FileList): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    out.missing.push({ path: dir, error: `the folder cannot be read (${(err as Error).message})` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      // A browser's "Save page as… complete" folder belongs to its page; its images are
      // picked up when the page is imported.
      if (/_files$/i.test(entry.name) || /\.assets$/i.test(entry.name)) out.skipped += countFiles(full);
      else walk(full, add, out);
    } else if (entry.isFile()) {
      if (isArticleName(entry.name)) add(full);
      else out.skipped++;
    }
  }
}

function countFiles(dir: string): number {
  let n = 0;
  try {
    for (const e of readdirSync(dir, { withFileTypes: true })) n += e.isDirectory() ? countFiles(join(dir, e.name)) : 1;
  } catch {
    // Unreadable: nothing to count.
  }
  return n;
}
