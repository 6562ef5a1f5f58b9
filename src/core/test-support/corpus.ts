// Paths into the shared corpus and temporary libraries, for tests beside the code.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openLibrary, type Library } from '../library/db';

const here = dirname(fileURLToPath(import.meta.url));
/** ../shared beside the repository, as DEVELOPERS.md lays it out. */
export const SHARED = resolve(here, '../../../../shared');
export const CORPUS = join(SHARED, 'corpus');
export const SEED = join(SHARED, 'seed/000_4190482cfc1b7c75.txt');

export function corpusFiles(folder: string, filter: (name: string) => boolean = () => true): string[] {
  const dir = join(CORPUS, folder);
  return readdirSync(dir)
    .filter(filter)
    .sort()
    .map((f) => join(dir, f));
}

/** A fresh library in a temporary folder; `dispose` removes it. */
export function tempLibrary(): { lib: Library; dir: string; path: string; dispose(this: { lib: Library }): void } {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-test-'));
  const path = join(dir, 'library.db');
  const lib = openLibrary(path);
  return {
    lib,
    dir,
    path,
    dispose() {
      if (this.lib.db.open) this.lib.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
