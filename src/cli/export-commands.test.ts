// gloss export and import-json as a script uses them: scopes, JSON output, exit statuses,
// and a JSON export merged into another library once however often it is imported.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CORPUS, SEED } from '../core/test-support/corpus';
import { main } from './main';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gloss-cli-export-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function gloss(library: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['--library', join(dir, library), ...args], { out: (s) => out.push(s), err: (s) => err.push(s), stderr: process.stderr });
  return { code, out, err, json: () => JSON.parse(out[0]) };
}

async function annotated() {
  const [seed] = (await gloss('a.db', 'import', SEED, join(CORPUS, 'hexo-zh/gne-163_7.md'), '--json')).out.map((l) => JSON.parse(l).id as number);
  const h = (await gloss('a.db', 'annotate', String(seed), '--quote', '拼多多2020年财报显示', '--tag', '拼多多', '--note', '核实', '--json')).json();
  await gloss('a.db', 'claim', String(h.id), '--status', 'supported', '--reason', '年报', '--json');
  return { seed, h };
}

describe('gloss export and import-json', () => {
  it('exports Markdown by tag, query or article, updating the same files on a second run', async () => {
    const { seed } = await annotated();
    const out = join(dir, 'vault');
    const byTag = await gloss('a.db', 'export', '--format', 'md', '--out', out, '--tag', '拼多多', '--json');
    expect(byTag.code).toBe(0);
    expect(byTag.json()).toMatchObject({ format: 'md', created: 1, updated: 0, failed: 0, files: [{ articleId: seed, status: 'created' }] });
    const [file] = readdirSync(out);
    expect(readFileSync(join(out, file), 'utf8')).toMatch(/> \[!quote\] yellow · #拼多多 · claim: supported\n> 拼多多2020年财报显示\n>\n> \*\*Note:\*\*\n> 核实\n\n\^gloss-[0-9a-f-]{36}\n/);
    const all = (await gloss('a.db', 'export', '--format', 'md', '--out', out, '--json')).json();
    expect(all).toMatchObject({ created: 1, unchanged: 1 });
    const byQuery = (await gloss('a.db', 'export', '--format', 'md', '--out', out, '--query', '淘宝特价版 C2M', '--full-text', '--json')).json();
    expect(byQuery.files).toContainEqual(expect.objectContaining({ articleId: seed, status: 'updated' }));
    expect(readFileSync(join(out, file), 'utf8')).toContain('## Full text');
    expect(readdirSync(out)).toHaveLength(2);
  });

  it('exports JSON that import-json merges into another library once, with ClaimReview on request', async () => {
    await annotated();
    const out = join(dir, 'json');
    const made = await gloss('a.db', 'export', '--format', 'json', '--out', out, '--claim-review', '--json');
    expect(made.code).toBe(0);
    const { file, claimReviews } = made.json();
    expect(JSON.parse(readFileSync(claimReviews, 'utf8'))).toHaveLength(1);
    const first = await gloss('b.db', 'import-json', file, '--json');
    expect(first.json()).toMatchObject({ articles: { added: 2 }, highlights: { added: 1 }, claims: { added: 1 } });
    const again = await gloss('b.db', 'import-json', file, '--json');
    expect(again.json()).toMatchObject({ articles: { added: 0, existing: 2 }, highlights: { added: 0, existing: 1 }, claims: { added: 0, existing: 1 } });
    expect((await gloss('b.db', 'claims', '--json')).json()).toMatchObject([{ status: 'supported', tags: ['拼多多'] }]);
  });

  it('exits 1 for a bad id or a bad file, 2 for bad usage, each with one line', async () => {
    await annotated();
    const out = join(dir, 'x');
    expect((await gloss('a.db', 'export', '--format', 'md', '--out', out, '--article', '99')).code).toBe(1);
    for (const args of [['--out', out], ['--format', 'pdf', '--out', out], ['--format', 'md'], ['--format', 'md', '--out', out, '--tag', 'a', '--query', 'b'], ['--format', 'json', '--out', out, '--full-text'], ['--format', 'md', '--out', out, '--article', 'x']]) {
      const r = await gloss('a.db', 'export', ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toHaveLength(1);
    }
    writeFileSync(join(dir, 'bad.json'), '{"format":"gloss-export","version":1}');
    const bad = await gloss('a.db', 'import-json', join(dir, 'bad.json'));
    expect(bad.code).toBe(1);
    expect(bad.err).toEqual([expect.stringMatching(/not a valid Gloss export.*nothing was imported/)]);
    expect((await gloss('a.db', 'import-json', join(dir, 'missing.json'))).code).toBe(1);
    expect((await gloss('a.db', 'import-json')).code).toBe(2);
  });
});
