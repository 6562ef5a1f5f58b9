// The parser worker runs as one plain-JavaScript bundle. Loading it through a TypeScript
// loader hook (tsx) would also route jsdom's own dependencies through the hook, which
// makes parsing about 40 % slower; esbuild bundles our sources in a few milliseconds
// and leaves npm packages to Node.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

/** Builds the worker bundle under node_modules/.cache (so npm packages resolve) and returns its path. */
export function buildWorkerBundle(): string {
  const root = resolve(here, '../../..');
  const outfile = join(root, 'node_modules/.cache/gloss/parse-worker.mjs');
  mkdirSync(dirname(outfile), { recursive: true });
  buildSync({
    entryPoints: [join(here, 'parse-worker-main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}
