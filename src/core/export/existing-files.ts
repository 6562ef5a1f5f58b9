// The files an earlier export left in a folder, found by the gloss id in their front
// matter, not by their names: a file the user renamed or moved into a subfolder is still
// the article's file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { glossIdOf } from './front-matter';
import { nameKey } from './file-name';

/** Folders deeper than this are not searched (a vault's attachments, a stray node_modules). */
const MAX_DEPTH = 6;
/** Files larger than this are not ours (an export with full text stays far below it). */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

export interface ExistingFiles {
  /** gloss id → absolute path of the file that holds it (the first in name order when several do). */
  byId: Map<string, string>;
  /** The names taken in the folder itself (by nameKey), which new files must not reuse. */
  taken: Set<string>;
  /** What the files that name a gloss id hold, as read (up to a bound): the export reads each once. */
  contents: Map<string, string>;
}

/** Past this many bytes of files kept in memory, the export reads a file again when it needs it. */
const MAX_KEPT_BYTES = 256 * 1024 * 1024;

export function existingFiles(dir: string): ExistingFiles {
  const byId = new Map<string, string>();
  const taken = new Set<string>();
  const contents = new Map<string, string>();
  let kept = 0;
  const walk = (folder: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (depth === 0) taken.add(nameKey(e.name));
      if (e.name.startsWith('.')) continue;
      const path = join(folder, e.name);
      if (e.isDirectory() && depth < MAX_DEPTH) walk(path, depth + 1);
      else if (e.isFile() && e.name.toLowerCase().endsWith('.md')) {
        try {
          if (statSync(path).size > MAX_FILE_BYTES) continue;
          const text = readFileSync(path, 'utf8');
          const id = glossIdOf(text);
          if (id && !byId.has(id)) {
            byId.set(id, path);
            if (kept + text.length <= MAX_KEPT_BYTES) {
              contents.set(path, text);
              kept += text.length;
            }
          }
        } catch {
          // Unreadable: not a file this export can update.
        }
      }
    }
  };
  walk(dir, 0);
  return { byId, taken, contents };
}
