import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noteFromText } from '../../shared/reading/note-schema';
import { textToMarkdown } from './article-markdown';
import { noteToMarkdown } from './note-markdown';

const slow = (text: string) => {
  const paragraphs = text.split(/\n+/).filter((line) => line.trim());
  return paragraphs.length ? noteToMarkdown(noteFromText(paragraphs.join('\n'))) : '';
};

describe('plain text as Markdown', () => {
  it('escapes what Markdown would read as markup, and passes the rest through as prosemirror-markdown would', () => {
    expect(textToMarkdown('淘宝特价版与拼多多一样，主要面对下沉市场。')).toBe('淘宝特价版与拼多多一样，主要面对下沉市场。');
    expect(textToMarkdown('# 标题\n\n1. 列表\n*强调* [链接]')).toBe('\\# 标题\n\n1\\. 列表\n\n\\*强调\\* \\[链接\\]');
    const alphabet = fc.constantFrom('阿', 'a', '1', '.', ' ', '\n', '*', '_', '#', '-', '+', '>', '[', ']', '`', '~', '\\', '!', '<', '&', '，', '\u00a0', '\t');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((cs) => cs.join('')), (text) => {
        expect(textToMarkdown(text)).toBe(slow(text));
      }),
      { numRuns: 3000 },
    );
  });
});
