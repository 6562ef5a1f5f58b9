// Browser-mode uploads go in batches of whole saved pages: a page and its `NAME_files/`
// folder always travel together, and no request grows past about a megabyte of files:
// sending a request body costs the window's thread time in proportion to its size (a 4.7 MB
// batch held it still for over a second), and the core keeps its parser threads between
// batches, so small batches cost the import nothing.
import type { PickedFile } from './dropped-files';

const ARTICLE = /\.(html?|xhtml|shtml|md|markdown|txt)$/i;
const MAX_BATCH_BYTES = 1024 * 1024;
const MAX_BATCH_FILES = 50;

/** The page a file belongs to: `a/b/page.html` and `a/b/page_files/x.png` share `a/b/page`. */
function owner(relativePath: string): string {
  const inFiles = /^(.*?)_files\//i.exec(relativePath);
  if (inFiles) return inFiles[1];
  return relativePath.replace(/\.[^./]+$/, '');
}

/** How many of the files the core will treat as articles (the rest are skipped). */
export function countArticles(files: PickedFile[]): number {
  return files.filter((f) => ARTICLE.test(f.relativePath) && !/_files\//i.test(f.relativePath)).length;
}

export function uploadBatches(files: PickedFile[]): PickedFile[][] {
  const groups = new Map<string, PickedFile[]>();
  for (const f of files) {
    const key = owner(f.relativePath);
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const batches: PickedFile[][] = [];
  let current: PickedFile[] = [];
  let bytes = 0;
  for (const group of groups.values()) {
    const size = group.reduce((n, f) => n + f.file.size, 0);
    if (current.length > 0 && (bytes + size > MAX_BATCH_BYTES || current.length + group.length > MAX_BATCH_FILES)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(...group);
    bytes += size;
  }
  if (current.length) batches.push(current);
  return batches;
}
