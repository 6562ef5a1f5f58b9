import { describe, expect, it } from 'vitest';
import type { PickedFile } from './dropped-files';
import { countArticles, uploadBatches } from './upload-batches';

const file = (relativePath: string, size = 10): PickedFile => ({ relativePath, file: { size } as File });
const paths = (batches: PickedFile[][]) => batches.map((b) => b.map((f) => f.relativePath));

describe('upload batches', () => {
  it('keeps a saved page with its _files folder, in one batch', () => {
    const files = [file('a/page.html'), file('a/other.md'), file('a/page_files/1.png', 5 * 1024 * 1024), file('a/page_files/2.png', 2 * 1024 * 1024), file('a/big.html', 7 * 1024 * 1024)];
    const batches = paths(uploadBatches(files));
    const withPage = batches.find((b) => b.includes('a/page.html'))!;
    expect(withPage).toEqual(expect.arrayContaining(['a/page.html', 'a/page_files/1.png', 'a/page_files/2.png']));
    expect(batches.flat().sort()).toEqual(files.map((f) => f.relativePath).sort());
  });

  it('keeps each request under about 1 MB and 50 files, unless one page alone is bigger', () => {
    const many = Array.from({ length: 120 }, (_, i) => file(`n/${i}.md`));
    expect(uploadBatches(many).map((b) => b.length)).toEqual([50, 50, 20]);
    const kb = (n: number) => n * 1024;
    const heavy = [file('w.html', kb(400)), file('x.html', kb(500)), file('y.html', kb(600)), file('huge.html', 30 * 1024 * 1024)];
    expect(paths(uploadBatches(heavy))).toEqual([['w.html', 'x.html'], ['y.html'], ['huge.html']]);
    expect(uploadBatches([])).toEqual([]);
  });

  it('counts as articles only what the core will read as one', () => {
    expect(countArticles([file('a.html'), file('b.MD'), file('c.pdf'), file('d.jpg'), file('p_files/e.html'), file('f.txt')])).toBe(3);
  });
});
