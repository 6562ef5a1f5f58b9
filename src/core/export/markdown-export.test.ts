import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createCoreApi } from '../api';
import { findQuote } from '../annotations/highlights';
import { archiveArticles } from '../library/trash';
import { tempLibrary } from '../test-support/corpus';
import { fixedUid, seedExportLibrary } from '../test-support/seed-export-library';
import { splitFrontMatter } from './front-matter';
import { exportMarkdown } from './markdown-export';
import { parseRegions } from './regions';

const GOLDEN = join(import.meta.dirname, 'golden/seed.md');
const AT = new Date('2026-11-30T08:00:00.000Z');

let t: ReturnType<typeof tempLibrary>;
afterEach(() => t?.dispose());

const mdFiles = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).sort();
const blockIds = (md: string) => [...md.matchAll(/^\^(gloss-[0-9a-f-]+)$/gm)].map((m) => m[1]);

describe('Markdown export', () => {
  it('writes the annotated seed as the golden file: front matter that parses as YAML, highlights in reading order with block ids', async () => {
    t = tempLibrary();
    const { articleId } = await seedExportLibrary(t.lib);
    const out = join(t.dir, 'vault');
    const summary = exportMarkdown(t.lib, [articleId], out, { now: AT });
    expect(summary).toMatchObject({ created: 1, failed: 0 });
    const [name] = mdFiles(out);
    expect(name).toBe('又一个阿里小程序闯关微信！ _淘宝特价版+1688_双线反攻！.md');
    const md = readFileSync(join(out, name), 'utf8');
    if (process.env.GLOSS_UPDATE_GOLDEN) writeFileSync(GOLDEN, md);
    expect(md).toBe(readFileSync(GOLDEN, 'utf8'));

    const front = parse(splitFrontMatter(md).yaml!) as Record<string, unknown>;
    expect(front).toEqual({
      title: '又一个阿里小程序闯关微信！ _淘宝特价版+1688_双线反攻！',
      author: '鸟哥笔记',
      published: '2021-04-27T09:10:00.000Z',
      tags: ['电商', '阿里'],
      'gloss-id': fixedUid(1),
      exported: AT.toISOString(),
    });
    expect(blockIds(md)).toEqual([fixedUid(100), fixedUid(101), fixedUid(102)].map((u) => `gloss-${u}`));
  });

  it('exports again into the same file with the same block ids, and leaves an unchanged file untouched', async () => {
    t = tempLibrary();
    const { articleId } = await seedExportLibrary(t.lib);
    const out = join(t.dir, 'vault');
    exportMarkdown(t.lib, [articleId], out, { now: AT });
    const [name] = mdFiles(out);
    const first = readFileSync(join(out, name), 'utf8');
    const again = exportMarkdown(t.lib, [articleId], out, { now: new Date('2026-12-01T00:00:00Z') });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect(mdFiles(out)).toEqual([name]);
    expect(readFileSync(join(out, name), 'utf8')).toBe(first);

    // A change in the front matter alone is an update: the keys change, the block ids stay.
    await createCoreApi(t.lib).setArticleTags({ articleId, tags: ['电商'] });
    expect(exportMarkdown(t.lib, [articleId], out, { now: new Date('2026-12-02T00:00:00Z') })).toMatchObject({ updated: 1 });
    const third = readFileSync(join(out, name), 'utf8');
    expect(parse(splitFrontMatter(third).yaml!)).toMatchObject({ tags: ['电商'], exported: '2026-12-02T00:00:00.000Z' });
    expect(blockIds(third)).toEqual(blockIds(first));
    expect(splitFrontMatter(third).body).toBe(splitFrontMatter(first).body);

    // Archiving is a front-matter change too: `archived: true` while archived, no key otherwise.
    archiveArticles(t.lib, [articleId], true);
    expect(exportMarkdown(t.lib, [articleId], out, { now: AT })).toMatchObject({ updated: 1 });
    expect(parse(splitFrontMatter(readFileSync(join(out, name), 'utf8')).yaml!)).toMatchObject({ tags: ['电商'], archived: true });
    archiveArticles(t.lib, [articleId], false);
    expect(exportMarkdown(t.lib, [articleId], out, { now: AT })).toMatchObject({ updated: 1 });
    expect(parse(splitFrontMatter(readFileSync(join(out, name), 'utf8')).yaml!)).not.toHaveProperty('archived');
  });

  it('updates a file the user edited and renamed in place: their text and keys survive, deleted highlights go, new ones come in reading order', async () => {
    t = tempLibrary();
    const { articleId, highlightIds, claimId } = await seedExportLibrary(t.lib);
    const api = createCoreApi(t.lib);
    const out = join(t.dir, 'vault');
    exportMarkdown(t.lib, [articleId], out, { now: AT });
    const [name] = mdFiles(out);

    // The user: a key in the front matter, text above, between and below the regions, and a new name in a subfolder.
    const original = readFileSync(join(out, name), 'utf8');
    const above = '我的读后感：值得跟进。\n\n';
    const between = '\n> 我在这两条之间写的话 [[其他笔记]]\n';
    const below = '\n## 我的总结\n\n- 待办：找年报\n';
    const edited = original
      .replace('gloss-id:', 'rating: 5 # 我的评分\ngloss-id:')
      .replace('<!-- gloss:begin head', `${above}<!-- gloss:begin head`)
      .replace(`<!-- gloss:end h-${fixedUid(100)} -->\n`, `<!-- gloss:end h-${fixedUid(100)} -->\n${between}`)
      .concat(below);
    mkdirSync(join(out, 'Reading'));
    writeFileSync(join(out, 'Reading/我的笔记.md'), edited);
    renameSync(join(out, name), join(out, 'old.tmp'));
    writeFileSync(join(out, 'old.tmp'), 'not markdown');

    // In Gloss: a highlight deleted, one added between the others, a note and a claim changed.
    await api.deleteHighlight({ id: highlightIds[0] });
    const added = await api.createHighlight({ articleId, ...findQuote(t.lib, articleId, '拼多多2020年财报显示'), color: 'pink', tags: ['财报'] });
    await api.updateHighlight({ id: highlightIds[2], note: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '新笔记', marks: [{ type: 'italic' }] }] }] }, noteText: '新笔记' });
    await api.decideClaim({ id: claimId, status: 'supported', reason: '年报确认' });

    const summary = exportMarkdown(t.lib, [articleId], out, { now: new Date('2026-12-01T00:00:00Z') });
    expect(summary).toMatchObject({ created: 0, updated: 1, failed: 0 });
    expect(mdFiles(out)).toEqual(['Reading/我的笔记.md']);
    const md = readFileSync(join(out, 'Reading/我的笔记.md'), 'utf8');

    // The user's words, exactly where they were.
    const { yaml, body } = splitFrontMatter(md);
    expect(yaml).toContain('rating: 5 # 我的评分');
    expect(parse(yaml!)).toMatchObject({ rating: 5, 'gloss-id': fixedUid(1), exported: '2026-12-01T00:00:00.000Z' });
    expect(body.startsWith(`\n${above}`)).toBe(true);
    expect(body.endsWith(below)).toBe(true);
    const segments = parseRegions(body);
    const layout = segments.map((s) => (s.kind === 'region' ? s.id : s.lines.join('\n').trim() ? 'user' : '')).filter(Boolean);
    // The text written after the deleted highlight stays where it was; the new one comes after the one before it in reading order.
    expect(layout).toEqual(['user', 'head', 'user', `h-${fixedUid(101)}`, `h-${added.uid}`, `h-${fixedUid(102)}`, 'user']);
    expect(body).toContain(between);

    // Gloss's regions: what a fresh export of the same library writes.
    const fresh = join(t.dir, 'fresh');
    exportMarkdown(t.lib, [articleId], fresh, { now: AT });
    const freshRegions = parseRegions(splitFrontMatter(readFileSync(join(fresh, mdFiles(fresh)[0]), 'utf8')).body).filter((s) => s.kind === 'region');
    expect(segments.filter((s) => s.kind === 'region')).toEqual(freshRegions);
    expect(md).not.toContain(`gloss-${fixedUid(100)}`);
    expect(md).toContain('claim: supported');
    expect(md).toContain('*新笔记*');
    expect(blockIds(md)).toEqual([`gloss-${fixedUid(101)}`, `gloss-${added.uid}`, `gloss-${fixedUid(102)}`]);
    expect(existsSync(join(out, 'old.tmp'))).toBe(true);
  });

  it('leaves a file whose markers were broken by hand as it is, and says so', async () => {
    t = tempLibrary();
    const { articleId } = await seedExportLibrary(t.lib);
    const out = join(t.dir, 'vault');
    exportMarkdown(t.lib, [articleId], out, { now: AT });
    const [name] = mdFiles(out);
    const broken = readFileSync(join(out, name), 'utf8').replace(/<!-- gloss:end head -->/, '');
    writeFileSync(join(out, name), broken);
    const summary = exportMarkdown(t.lib, [articleId], out, { now: AT });
    expect(summary.failed).toBe(1);
    expect(summary.files[0].error).toMatch(/no end marker/);
    expect(readFileSync(join(out, name), 'utf8')).toBe(broken);
  });

  it('gives articles with the same title files of their own, and adds the full text when asked', async () => {
    t = tempLibrary();
    const { articleId } = await seedExportLibrary(t.lib);
    const other = t.lib.db.prepare('SELECT title FROM articles WHERE id = ?').pluck().get(articleId) as string;
    const copy = join(t.dir, 'copy.md');
    writeFileSync(copy, `---\ntitle: '${other}'\n---\n\n另一篇同名文章的正文。\n`);
    await createCoreApi(t.lib).importPaths({ paths: [copy] });
    const ids = t.lib.db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[];
    const out = join(t.dir, 'vault');
    exportMarkdown(t.lib, ids, out, { now: AT, fullText: true });
    const names = mdFiles(out);
    expect(names).toEqual(['又一个阿里小程序闯关微信！ _淘宝特价版+1688_双线反攻！ (2).md', '又一个阿里小程序闯关微信！ _淘宝特价版+1688_双线反攻！.md']);
    const second = readFileSync(join(out, names[0]), 'utf8');
    expect(second).toContain('<!-- gloss:begin text -->\n## Full text\n\n另一篇同名文章的正文。\n<!-- gloss:end text -->');
  });
});
