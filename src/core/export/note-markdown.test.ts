import { describe, expect, it } from 'vitest';
import type { ReadingDoc, ReadingNode } from '../../shared/model';
import { noteToMarkdown } from './note-markdown';

const text = (t: string, ...marks: ReadingNode['marks'][]): ReadingNode => ({ type: 'text', text: t, ...(marks[0] ? { marks: marks[0] } : {}) });
const p = (...content: ReadingNode[]): ReadingNode => ({ type: 'paragraph', content });
const doc = (...content: ReadingNode[]): ReadingDoc => ({ type: 'doc', content });

describe('notes as Markdown', () => {
  it('keeps bold, italic, strike, code and links', () => {
    const md = noteToMarkdown(
      doc(p(text('需要', [{ type: 'bold' }]), text('核实', [{ type: 'italic' }]), text(' 见 '), text('年报', [{ type: 'link', attrs: { href: 'https://investor.pinduoduo.com/' } }]), text(' '), text('7.88', [{ type: 'code' }]), text(' '), text('旧', [{ type: 'strike' }]))),
    );
    expect(md).toBe('**需要***核实* 见 [年报](https://investor.pinduoduo.com/) `7.88` ~~旧~~');
  });

  it('keeps lists, headings, quotes and code blocks, and escapes Markdown in plain text', () => {
    const md = noteToMarkdown(
      doc(
        { type: 'heading', attrs: { level: 2 }, content: [text('来源')] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('年报'))] }, { type: 'listItem', content: [p(text('财报'))] }] },
        { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [p(text('三'))] }, { type: 'listItem', content: [p(text('四'))] }] },
        { type: 'blockquote', content: [p(text('引文'))] },
        { type: 'codeBlock', attrs: { language: 'js' }, content: [text('a ``` b')] },
        p(text('*not bold* # not a heading')),
      ),
    );
    expect(md).toBe(['## 来源', '', '* 年报', '* 财报', '', '3. 三', '4. 四', '', '> 引文', '', '````js', 'a ``` b', '````', '', '\\*not bold\\* # not a heading'].join('\n'));
  });
});
