// The README's command-line examples are a promise: run in order on a new library, each
// one works and finds something. This runs them as written (all but `serve`).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from './main';

const ROOT = join(import.meta.dirname, '../..');
const PREFIX = 'npm run gloss -- --library /tmp/g.db ';

/** The words of a shell line as sh reads them (single and double quotes; the comment dropped). */
function words(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/'([^']*)'|"([^"]*)"|(#.*$)|(\S+)/g)) {
    if (m[3] !== undefined) break;
    out.push(m[1] ?? m[2] ?? m[4]);
  }
  return out;
}

function readmeFlow(): string[][] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = readme.slice(readme.indexOf('## The command line')).split('```sh\n')[1].split('```')[0];
  return block
    .split('\n')
    .filter((l) => l.startsWith(PREFIX))
    .map((l) => words(l.slice(PREFIX.length)))
    .filter((w) => w[0] !== 'serve');
}

const dir = mkdtempSync(join(tmpdir(), 'gloss-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the README command-line flow', () => {
  it('has the commands it documents', () => {
    expect(readmeFlow().map((w) => w[0])).toEqual(expect.arrayContaining(['import', 'list', 'show', 'annotate', 'highlights', 'search', 'claim', 'review', 'delete-highlight']));
  });

  it('runs every example in order on a new library, each finding something', { timeout: 300_000 }, async () => {
    const cwd = process.cwd();
    process.chdir(ROOT); // the README's paths are the checkout's
    try {
      for (const args of readmeFlow()) {
        const out: string[] = [];
        const err: string[] = [];
        const code = await main(['--library', join(dir, 'g.db'), ...args], { out: (s) => out.push(s), err: (s) => err.push(s), stderr: process.stderr });
        const shown = `gloss ${args.join(' ')}\n${[...out, ...err].join('\n').slice(0, 2000)}`;
        expect(code, shown).toBe(0);
        expect(out.length, shown).toBeGreaterThan(0);
        for (const empty of ['[]', 'No matches.', 'No highlights.', '{"total":0']) expect(out[0].startsWith(empty), shown).toBe(false);
      }
    } finally {
      process.chdir(cwd);
    }
  });
});
