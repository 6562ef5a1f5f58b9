import { afterEach, describe, expect, it } from 'vitest';
import { importPaths } from '../ingest/import-files';
import { SEED, tempLibrary } from '../test-support/corpus';
import { createHighlight, deleteHighlight, findQuote, listHighlights, updateHighlight } from './highlights';
import { articleTags, deleteTag, listTags, renameTag, setArticleTags } from './tags';

let t: ReturnType<typeof tempLibrary>;
afterEach(() => t?.dispose());

async function twoHighlights() {
  t = tempLibrary();
  const id = (await importPaths(t.lib, [SEED])).results[0].id!;
  const a = createHighlight(t.lib, { articleId: id, ...findQuote(t.lib, id, '拼多多'), tags: ['PDD', 'needs a source'] });
  const b = createHighlight(t.lib, { articleId: id, ...findQuote(t.lib, id, '1688'), tags: ['拼多多'] });
  return { a, b };
}

describe('the tag manager', () => {
  it('counts what each tag touches', async () => {
    await twoHighlights();
    expect(listTags(t.lib)).toEqual(
      expect.arrayContaining([
        { name: 'PDD', highlights: 1, articles: 0 },
        { name: '拼多多', highlights: 1, articles: 0 },
        { name: 'needs a source', highlights: 1, articles: 0 },
      ]),
    );
  });

  it('lists no tag that nothing carries any more (two tags typed quickly, the first replaced)', async () => {
    const { b } = await twoHighlights();
    updateHighlight(t.lib, b.id, { tags: ['拼多多', '1688'] });
    updateHighlight(t.lib, b.id, { tags: ['拼多多'] });
    expect(listTags(t.lib).find((x) => x.name === '1688')).toBeUndefined();
    deleteHighlight(t.lib, b.id);
    expect(listTags(t.lib).map((x) => x.name).sort()).toEqual(['PDD', 'needs a source']);
  });

  it('renames a tag, and merges it into an existing one', async () => {
    const { a, b } = await twoHighlights();
    expect(renameTag(t.lib, 'needs a source', '待核实')).toEqual({ highlights: 1, articles: 0 });
    expect(renameTag(t.lib, 'pdd', '拼多多')).toEqual({ highlights: 1, articles: 0 }); // case-insensitive name, merge
    const tags = Object.fromEntries(listHighlights(t.lib).map((h) => [h.id, h.tags]));
    expect(tags[a.id]).toEqual(['待核实', '拼多多']);
    expect(tags[b.id]).toEqual(['拼多多']);
    expect(listTags(t.lib).map((x) => x.name).sort()).toEqual(['待核实', '拼多多']);
  });

  it('tags articles too, with the same names', async () => {
    const { a } = await twoHighlights();
    setArticleTags(t.lib, a.articleId, ['拼多多', '电商', '电商']);
    expect(articleTags(t.lib, a.articleId)).toEqual(['拼多多', '电商']);
    expect(listTags(t.lib).find((x) => x.name === '拼多多')).toEqual({ name: '拼多多', highlights: 1, articles: 1 });
    expect(renameTag(t.lib, '电商', 'E-commerce')).toEqual({ highlights: 0, articles: 1 });
    expect(articleTags(t.lib, a.articleId)).toEqual(['E-commerce', '拼多多']);
  });

  it('deletes a tag but never the highlights that carried it', async () => {
    const { a } = await twoHighlights();
    expect(deleteTag(t.lib, 'PDD')).toEqual({ highlights: 1, articles: 0 });
    expect(listHighlights(t.lib).find((h) => h.id === a.id)!.tags).toEqual(['needs a source']);
    expect(listHighlights(t.lib)).toHaveLength(2);
    expect(() => deleteTag(t.lib, 'PDD')).toThrow(/no tag/);
  });
});
