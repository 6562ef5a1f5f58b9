// Undoing a merge of a copy: the library afterwards is the library before, row by row, and
// the search finds every highlight and note where it was.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setArticleNote } from '../annotations/article-notes';
import { createHighlight, deleteHighlight, findQuote, getHighlight, reattachHighlight, updateHighlight } from '../annotations/highlights';
import { setArticleTags } from '../annotations/tags';
import { createClaim } from '../claims';
import { ConflictError, NotFoundError } from '../errors';
import { importPaths } from '../ingest/import-files';
import { getArticle } from '../library/articles';
import { trashArticles } from '../library/trash';
import { searchLibrary } from '../search/search';
import { CORPUS, tempLibrary } from '../test-support/corpus';
import { libraryState } from '../test-support/library-state';
import { mergeCopy } from './merge';
import { undoMerge } from './unmerge';

let t: ReturnType<typeof tempLibrary>;
afterEach(() => t?.dispose());

const note = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** The ifeng story saved twice: the page is the original, the hexo post its copy, annotated. */
async function annotatedCopy() {
  t = tempLibrary();
  const [original, copy] = (await importPaths(t.lib, [join(CORPUS, 'pages-zh/ifeng_1.html'), join(CORPUS, 'hexo-zh/gne-ifeng_1.md')])).results;
  expect(copy.copyOf).toBe(original.id);
  const a = createHighlight(t.lib, { articleId: copy.id!, ...findQuote(t.lib, copy.id!, '眼睛被塞纸'), color: 'green', tags: ['核实'] });
  updateHighlight(t.lib, a.id, { note: note('待查来源'), noteText: '待查来源' });
  createClaim(t.lib, a.id, '女童眼睛被塞纸');
  // A quote the original does not hold: it is orphaned there by the merge.
  const orphan = createHighlight(t.lib, { articleId: copy.id!, start: 0, end: 4, color: 'pink' });
  t.lib.db.prepare("UPDATE highlights SET exact = '并无此句', prefix = '', suffix = '' WHERE id = ?").run(orphan.id);
  setArticleNote(t.lib, copy.id!, note('副本的笔记'), '副本的笔记');
  setArticleTags(t.lib, copy.id!, ['转载', '社会']);
  setArticleTags(t.lib, original.id!, ['社会']);
  return { original: original.id!, copy: copy.id!, a: a.id, orphan: orphan.id };
}

/** What the search shows for the words the annotations hold: which item on which article. */
function found(q: string) {
  return searchLibrary(t.lib, q).articles.map((r) => [r.id, r.hits.map((h) => [h.kind, h.id])]);
}
/** Every row of both search indexes with its size: which texts are indexed, under which ids. */
const indexedSizes = () => ['search', 'search_chars'].map((index) => t.lib.db.prepare(`SELECT id, hex(sz) FROM ${index}_docsize ORDER BY id`).raw().all());
const WORDS = ['眼睛被塞纸', '待查来源', '副本的笔记', '女童眼睛', 'tag:转载', 'tag:核实'];

describe('undoing a merge', () => {
  it('puts back every highlight, tag and note, and the copy, exactly as before: row by row and in the search', async () => {
    const { original, copy, a, orphan } = await annotatedCopy();
    const before = libraryState(t.lib.db);
    const sizes = indexedSizes();
    const searched = WORDS.map(found);

    const merged = mergeCopy(t.lib, copy);
    expect(merged.highlights).toMatchObject({ exact: 1, orphaned: 1 });
    expect(getHighlight(t.lib, a)!.articleId).toBe(original);
    expect(WORDS.map(found)).not.toEqual(searched);

    expect(undoMerge(t.lib, merged.mergeId)).toEqual({ copy, original, highlights: 2 });
    const after = libraryState(t.lib.db);
    // The full-text index's own pages (and each row's write counter) follow the order of its
    // writes, not its content: what it holds is compared by its rows' sizes and the search.
    const content = (s: typeof before) => Object.fromEntries(Object.entries(s).filter(([name]) => !/^search(_chars)?_(data|idx|docsize)$/.test(name)));
    expect(content(after)).toEqual(content(before));
    expect(indexedSizes()).toEqual(sizes);
    expect(WORDS.map(found)).toEqual(searched);
    expect(getHighlight(t.lib, orphan)).toMatchObject({ articleId: copy, anchor: 'exact' });
    expect(getArticle(t.lib, copy)).toMatchObject({ trashedAt: null, copyOf: original });
    // Undone once: there is nothing left to undo.
    expect(() => undoMerge(t.lib, merged.mergeId)).toThrow(NotFoundError);
  });

  it('keeps what was done to the moved highlights since (colour, note), and they go back with it', async () => {
    const { copy, a } = await annotatedCopy();
    const merged = mergeCopy(t.lib, copy);
    updateHighlight(t.lib, a, { color: 'blue', note: note('合并后补充'), noteText: '合并后补充' });
    undoMerge(t.lib, merged.mergeId);
    expect(getHighlight(t.lib, a)).toMatchObject({ articleId: copy, color: 'blue', noteText: '合并后补充' });
    expect(found('合并后补充')).toEqual([[copy, [['note', a]]]]);
  });

  it.each([
    ['a moved highlight was deleted since', (ids: { a: number }) => void deleteHighlight(t.lib, ids.a), /highlight \d+, which it moved, has been deleted since/],
    ['a moved highlight was re-attached by hand', (ids: { orphan: number }) => void reattachHighlight(t.lib, ids.orphan, 10, 14), /has been re-attached or moved since/],
  ])('refuses, changing nothing, when %s', async (_, since, message) => {
    const ids = await annotatedCopy();
    const merged = mergeCopy(t.lib, ids.copy);
    since(ids);
    const state = libraryState(t.lib.db);
    expect(() => undoMerge(t.lib, merged.mergeId)).toThrow(ConflictError);
    expect(() => undoMerge(t.lib, merged.mergeId)).toThrow(message);
    expect(libraryState(t.lib.db)).toEqual(state);
  });

  it('leaves a copy that was in the Trash before the merge in the Trash, as it was', async () => {
    const { copy } = await annotatedCopy();
    trashArticles(t.lib, [copy], new Date('2026-11-01T08:00:00Z'));
    const merged = mergeCopy(t.lib, copy, new Date('2026-11-02T08:00:00Z'));
    undoMerge(t.lib, merged.mergeId);
    expect(getArticle(t.lib, copy)!.trashedAt).toBe('2026-11-01T08:00:00.000Z');
  });

  it('is gone once the copy has been deleted for good', async () => {
    const { copy } = await annotatedCopy();
    const merged = mergeCopy(t.lib, copy);
    t.lib.db.prepare('DELETE FROM articles WHERE id = ?').run(copy);
    expect(() => undoMerge(t.lib, merged.mergeId)).toThrow(NotFoundError);
  });
});
