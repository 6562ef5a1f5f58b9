import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fileStem, MAX_STEM_BYTES, nameKey, uniqueFileName } from './file-name';

describe('file names from titles', () => {
  it('keeps Chinese and drops what Windows, macOS, Linux or an Obsidian link refuse', () => {
    expect(fileStem('又一个阿里小程序闯关微信！ _淘宝特价版+1688_双线反攻！')).toBe('又一个阿里小程序闯关微信！ _淘宝特价版+1688_双线反攻！');
    expect(fileStem('a/b\\c:d*e?f"g<h>i|j#k^l[m]n\u0007o')).toBe('a b c d e f g h i j k l m n o');
    expect(fileStem('Ends with dots...  ')).toBe('Ends with dots');
    expect(fileStem('.hidden')).toBe('hidden');
    expect(fileStem('   ')).toBe('Untitled');
    expect(fileStem('???')).toBe('Untitled');
  });

  it('never takes a Windows device name, with or without an extension', () => {
    for (const t of ['CON', 'nul', 'Com1', 'LPT9', 'aux.txt', 'PRN']) expect(fileStem(t).split('.')[0].trim().toLowerCase()).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/);
    expect(fileStem('aux.txt')).toBe('aux_.txt');
    expect(fileStem('Console')).toBe('Console');
  });

  it('is cut to a number of bytes, never inside a character', () => {
    const stem = fileStem('阿'.repeat(200));
    expect(Buffer.byteLength(stem)).toBeLessThanOrEqual(MAX_STEM_BYTES);
    expect(stem).toBe('阿'.repeat(60));
    const emoji = fileStem('😀'.repeat(100));
    expect(emoji).toBe('😀'.repeat(45));
  });

  it('gives two articles with the same title (in any case or Unicode form) different files', () => {
    const taken = new Set<string>();
    expect(uniqueFileName('Report', taken)).toBe('Report.md');
    expect(uniqueFileName('REPORT', taken)).toBe('REPORT (2).md');
    expect(uniqueFileName('Report', taken)).toBe('Report (3).md');
    expect(uniqueFileName('Cafe\u0301', taken)).toBe('Café.md');
    expect(uniqueFileName('Caf\u00e9', taken)).toBe('Café (2).md');
  });

  it('is safe for any title', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (title) => {
        const stem = fileStem(title);
        expect(stem.length).toBeGreaterThan(0);
        expect(Buffer.byteLength(stem)).toBeLessThanOrEqual(MAX_STEM_BYTES + 1);
        expect(stem).not.toMatch(/[<>:"/\\|?*#^[\]\u0000-\u001f\u007f]|^[.\s]|[.\s]$/);
        expect(stem.split('.')[0].trim()).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
        expect(nameKey(stem)).toBe(nameKey(stem.normalize('NFD')));
      }),
    );
  });
});
