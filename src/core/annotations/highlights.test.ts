import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importPaths } from '../ingest/import-files';
import { getArticle } from '../library/articles';
import { SEED, tempLibrary } from '../test-support/corpus';
import { AnnotationError, createHighlight, deleteHighlight, findQuote, getHighlight, listHighlights, updateHighlight } from './highlights';

let t: ReturnType<typeof tempLibrary>;
afterEach(() => t?.dispose());

async function seedLibrary() {
  t = tempLibrary();
  const file = join(t.dir, 'seed.md');
  copyFileSync(SEED, file);
  const [r] = (await importPaths(t.lib, [file])).results;
  return { file, id: r.id! };
}

describe('highlights', () => {
  it('stores the quote with 32 characters of context and the offsets into the plain text', async () => {
    const { id } = await seedLibrary();
    const text = getArticle(t.lib, id)!.text;
    const at = findQuote(t.lib, id, '淘宝特价版与拼多多一样');
    const h = createHighlight(t.lib, { articleId: id, ...at, color: 'green', tags: ['拼多多', 'needs a source', '拼多多'] });
    expect(text.slice(h.start, h.end)).toBe('淘宝特价版与拼多多一样');
    expect(h.prefix).toBe(text.slice(h.start - 32, h.start));
    expect(h.suffix).toBe(text.slice(h.end, h.end + 32));
    expect(h.tags).toEqual(['needs a source', '拼多多']);
    expect(listHighlights(t.lib, { tag: '拼多多' })).toHaveLength(1);
    expect(listHighlights(t.lib, { color: 'yellow' })).toHaveLength(0);
  });

  it('gives back the highlight already on the same words instead of making a second', async () => {
    const { id } = await seedLibrary();
    const at = findQuote(t.lib, id, '1688');
    const first = createHighlight(t.lib, { articleId: id, ...at, color: 'green' });
    const again = createHighlight(t.lib, { articleId: id, ...at, color: 'pink' });
    expect(again).toEqual(first);
    expect(listHighlights(t.lib, { articleId: id })).toHaveLength(1);
    // Overlapping but different words are a highlight of their own.
    createHighlight(t.lib, { articleId: id, start: at.start, end: at.end + 1 });
    expect(listHighlights(t.lib, { articleId: id })).toHaveLength(2);
  });

  it('refuses selections outside the text or of nothing', async () => {
    const { id } = await seedLibrary();
    expect(() => createHighlight(t.lib, { articleId: id, start: 10, end: 5 })).toThrow(AnnotationError);
    expect(() => createHighlight(t.lib, { articleId: id, start: 0, end: 10 ** 7 })).toThrow(AnnotationError);
    expect(() => findQuote(t.lib, id, '不存在的句子')).toThrow(/does not occur/);
    expect(() => findQuote(t.lib, id, '淘宝特价版与拼多多一样', 2)).toThrow(/occurs only 1 time/);
  });

  it('recolours, retags, notes, deletes, and restores a deleted highlight whole', async () => {
    const { id } = await seedLibrary();
    const h = createHighlight(t.lib, { articleId: id, ...findQuote(t.lib, id, '1688'), tags: ['1688'] });
    const note = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: '核实', marks: [{ type: 'bold' }] }] }] };
    const changed = updateHighlight(t.lib, h.id, { color: 'pink', note, noteText: '核实', tags: ['C2M'] });
    expect(changed).toMatchObject({ color: 'pink', noteText: '核实', tags: ['C2M'], note });
    const gone = deleteHighlight(t.lib, h.id);
    expect(getHighlight(t.lib, h.id)).toBeNull();
    const back = createHighlight(t.lib, { ...gone, note: gone.note, id: gone.id, createdAt: gone.createdAt });
    // With its global id too: a Markdown block id made from it still names the same highlight.
    expect(back).toMatchObject({ id: h.id, uid: h.uid, color: 'pink', tags: ['C2M'], noteText: '核实', createdAt: h.createdAt });
  });

  it('follows its words when a re-import adds a sentence above them, and reports it', async () => {
    const { file, id } = await seedLibrary();
    const h = createHighlight(t.lib, { articleId: id, ...findQuote(t.lib, id, '淘宝特价版与拼多多一样') });
    writeFileSync(file, readFileSync(file, 'utf8').replace('<p>在漫长的等待与煎熬中', '<p>这是新插入的一句话，用来检验高亮会不会跟着原文走。</p><p>在漫长的等待与煎熬中'));
    const [r] = (await importPaths(t.lib, [file])).results;
    expect(r.status).toBe('updated');
    expect(r.warnings.join()).toMatch(/0 in place, 1 moved, 0 on edited text, 0 orphaned/);
    const after = getHighlight(t.lib, h.id)!;
    expect(after.anchor).toBe('moved');
    expect(getArticle(t.lib, id)!.text.slice(after.start, after.end)).toBe('淘宝特价版与拼多多一样');
  });

  it('keeps a highlight whose passage was removed, as an orphan with its quote', async () => {
    const { file, id } = await seedLibrary();
    const h = createHighlight(t.lib, { articleId: id, ...findQuote(t.lib, id, '在漫长的等待与煎熬中，市场非常关注') });
    writeFileSync(file, readFileSync(file, 'utf8').replace('<p>在漫长的等待与煎熬中，市场非常关注。</p>', ''));
    const [r] = (await importPaths(t.lib, [file])).results;
    expect(r.warnings.join()).toMatch(/1 orphaned/);
    expect(getHighlight(t.lib, h.id)).toMatchObject({ anchor: 'orphaned', quote: '在漫长的等待与煎熬中，市场非常关注' });
  });

  it('orphans a highlight whose paragraph was deleted rather than move it onto a lookalike that was there all along', async () => {
    t = tempLibrary();
    const file = join(t.dir, 'law.md');
    const national = '国家监察委员会由主任、副主任若干人、委员若干人组成，主任由全国人民代表大会选举，副主任、委员由国家监察委员会主任提请全国人民代表大会常务委员会任免。';
    const local = '地方各级监察委员会由主任、副主任若干人、委员若干人组成，主任由本级人民代表大会选举，副主任、委员由监察委员会主任提请本级人民代表大会常务委员会任免。';
    const post = (paras: string[]) => `---\ntitle: 监察法\n---\n\n${paras.map((p) => `<p>${p}</p>`).join('\n')}\n`;
    writeFileSync(file, post(['第八条', national, '第九条', local, '第十条']));
    const [{ id }] = (await importPaths(t.lib, [file])).results;
    const h = createHighlight(t.lib, { articleId: id!, ...findQuote(t.lib, id!, '监察委员会主任提请本级人民代表大会常务委员') });
    writeFileSync(file, post(['第八条', national, '第九条', '第十条']));
    const [r] = (await importPaths(t.lib, [file])).results;
    expect(r.status).toBe('updated');
    expect(getHighlight(t.lib, h.id)).toMatchObject({ anchor: 'orphaned', quote: '监察委员会主任提请本级人民代表大会常务委员' });
  });
});
