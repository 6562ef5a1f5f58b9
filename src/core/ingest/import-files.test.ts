import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getArticle, listArticles } from '../library/articles';
import { CORPUS, SEED, tempLibrary } from '../test-support/corpus';
import { formatOver, importPaths } from './import-files';

let t: ReturnType<typeof tempLibrary>;
afterEach(() => t?.dispose());

/** What a user must get for each damaged file (../shared/corpus/README.md, broken/). */
const BROKEN: Record<string, { status: 'error' | 'imported'; match: RegExp }> = {
  'empty.html': { status: 'error', match: /empty/ },
  'whitespace-only.html': { status: 'error', match: /empty/ },
  'pdf-renamed.html': { status: 'error', match: /not a text or HTML file.*PDF/ },
  'png-renamed.html': { status: 'error', match: /not a text or HTML file.*PNG/ },
  'zip-renamed.html': { status: 'error', match: /not a text or HTML file.*ZIP/ },
  'frontmatter-only.md': { status: 'error', match: /front matter but no article body/ },
  'frontmatter-unterminated.md': { status: 'imported', match: /front matter.*line \d+.*never closed/ },
  'frontmatter-invalid-yaml.md': { status: 'imported', match: /front matter could not be read \(line \d+/ },
  'frontmatter-duplicate-keys.md': { status: 'imported', match: /front matter repeats a key on line \d+/ },
  'gbk-bytes-declared-utf8.html': { status: 'imported', match: /gb18030/ },
  'invalid-utf8-sequences.html': { status: 'imported', match: /invalid UTF-8.*�/ },
  'nul-bytes.html': { status: 'error', match: /NUL/ },
  'truncated-mid-tag.html': { status: 'imported', match: /truncated/ },
  'truncated-mid-character.html': { status: 'imported', match: /truncated/ },
  'truncated-hexo-post.md': { status: 'imported', match: /truncated/ },
};

describe('importing files', () => {
  it('gives every broken file the outcome the corpus README asks for, and the batch goes on', async () => {
    t = tempLibrary();
    const summary = await importPaths(t.lib, [join(CORPUS, 'broken'), SEED]);
    expect(summary.results).toHaveLength(Object.keys(BROKEN).length + 1);
    for (const r of summary.results) {
      const name = r.path.split('/').pop()!;
      if (r.path === SEED) {
        expect(r.status).toBe('imported');
        continue;
      }
      const want = BROKEN[name];
      expect(r.status, name).toBe(want.status);
      const said = r.status === 'error' ? r.error! : r.warnings.join('; ');
      expect(said, name).toMatch(want.match);
      if (r.status === 'error') expect(r.id, name).toBeNull();
    }
    const gbk = summary.results.find((r) => r.path.endsWith('gbk-bytes-declared-utf8.html'))!;
    expect(getArticle(t.lib, gbk.id!)!.text).toContain('父亲节');
  });

  it('importing a folder twice adds nothing', async () => {
    t = tempLibrary();
    const first = await importPaths(t.lib, [join(CORPUS, 'encodings')]);
    expect(first.imported).toBe(49);
    expect(first.skipped).toBe(1); // manifest.json
    const second = await importPaths(t.lib, [join(CORPUS, 'encodings')]);
    expect(second.imported).toBe(0);
    expect(second.duplicate).toBe(49);
    expect(listArticles(t.lib)).toHaveLength(49);
  });

  it('updates a changed file in place, keeping its id', async () => {
    t = tempLibrary();
    const file = join(t.dir, 'post.md');
    copyFileSync(SEED, file);
    const first = (await importPaths(t.lib, [file])).results[0];
    writeFileSync(file, readFileSync(SEED, 'utf8').replace('“十万火急”', '“十万火急，新增一句”'));
    const second = (await importPaths(t.lib, [file])).results[0];
    expect(second.status).toBe('updated');
    expect(second.id).toBe(first.id);
    expect(getArticle(t.lib, first.id!)!.text).toContain('新增一句');
    expect(listArticles(t.lib)).toHaveLength(1);
  });

  it('names the same content under another path a duplicate of the first', async () => {
    t = tempLibrary();
    const copy = join(t.dir, 'copy.txt');
    copyFileSync(SEED, copy);
    const [a] = (await importPaths(t.lib, [SEED])).results;
    const [b] = (await importPaths(t.lib, [copy])).results;
    expect(b).toMatchObject({ status: 'duplicate', id: a.id });
  });

  it('skips what is not an article inside folders but answers for a file named explicitly', async () => {
    t = tempLibrary();
    const summary = await importPaths(t.lib, [join(CORPUS, 'saved-pages')]);
    expect(summary.results.map((r) => r.status)).toEqual(['imported', 'imported', 'imported']);
    expect(summary.skipped).toBeGreaterThanOrEqual(12); // the three _files folders
    const png = (await importPaths(t.lib, [join(CORPUS, 'saved-pages/nytimes-1_files/image1.png')])).results[0];
    expect(png.status).toBe('error');
    expect(png.error).toMatch(/PNG image/);
    const missing = (await importPaths(t.lib, [join(t.dir, 'nope.html')])).results[0];
    expect(missing).toMatchObject({ status: 'error', error: 'no such file or folder' });
  });

  it('refuses files over the size limit with a clear error', async () => {
    t = tempLibrary();
    const [r] = (await importPaths(t.lib, [SEED], { maxBytes: 1024 })).results;
    expect(r.status).toBe('error');
    expect(r.error).toMatch(/over the .* limit/);
  });

  it('words a size just over the limit so that it does not read as the limit', () => {
    const mb = 1024 * 1024;
    expect(formatOver(50 * mb + 10 * 1024, 50 * mb)).toBe('50.01 MB');
    expect(formatOver(50 * mb + 1, 50 * mb)).toBe('52428801 bytes');
    expect(formatOver(72.5 * mb, 50 * mb)).toBe('72.5 MB');
    expect(formatOver(51 * mb, 50 * mb)).toBe('51 MB');
  });

  it('reports progress and stops when cancelled, keeping what was imported', async () => {
    t = tempLibrary();
    const controller = new AbortController();
    const seen: number[] = [];
    const summary = await importPaths(t.lib, [join(CORPUS, 'encodings')], {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.result) seen.push(p.done);
        if (p.done === 5) controller.abort();
      },
    });
    expect(summary.cancelled).toBe(true);
    // Files already being parsed finish; no new one starts.
    expect(seen.slice(0, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(summary.imported).toBeLessThan(20);
    expect(listArticles(t.lib)).toHaveLength(summary.imported);
  });

  it('copies saved-page images into the library folder', async () => {
    t = tempLibrary();
    mkdirSync(t.dir, { recursive: true });
    const [r] = (await importPaths(t.lib, [join(CORPUS, 'saved-pages/gbk-saved-163_6.html')])).results;
    const rows = t.lib.db.prepare('SELECT name FROM article_assets WHERE article_id = ?').pluck().all(r.id) as string[];
    expect(rows.length).toBeGreaterThan(0);
    for (const name of rows) expect(readFileSync(join(t.lib.assetsPath, name)).length).toBeGreaterThan(0);
  });
});
