// Notes arrive from every transport: a crafted document must be refused, never thrown on
// and never stored with attributes the editor would not have written.
import { describe, expect, it } from 'vitest';
import type { ReadingDoc } from '../model';
import { isValidNote, normalisedNote, noteFromText } from './note-schema';

const linked = (href: unknown, extra: Record<string, unknown> = {}) =>
  ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'source', marks: [{ type: 'link', attrs: { href, ...extra } }] }] }] }) as unknown as ReadingDoc;

describe('note validation', () => {
  it('accepts what the editor writes', () => {
    expect(isValidNote(noteFromText('需要核实\n找原始来源'))).toBe(true);
    expect(isValidNote(linked('https://example.com/a?b="c"'))).toBe(true);
  });

  it('refuses crafted links without throwing', () => {
    expect(isValidNote(linked('https://example.com/"'))).toBe(true); // a quote inside a URL is only a character
    expect(isValidNote(linked('javascript:alert(1)'))).toBe(false);
    expect(isValidNote(linked('" onmouseover="x'))).toBe(false);
    expect(isValidNote(linked(['https://example.com/']))).toBe(false);
    expect(isValidNote(linked({ toString: 'https://example.com/' }))).toBe(false);
    expect(isValidNote(linked('https://example.com/', { class: { evil: 1 } }))).toBe(false);
  });

  it('refuses documents outside the note schema', () => {
    expect(isValidNote({ type: 'doc', content: [{ type: 'iframe' }] } as ReadingDoc)).toBe(false);
    // An attribute the schema does not know is not kept.
    const stray = { type: 'doc', content: [{ type: 'paragraph', attrs: { onclick: ['x'] }, content: [{ type: 'text', text: 'a' }] }] } as ReadingDoc;
    expect(JSON.stringify(normalisedNote(stray))).not.toContain('onclick');
  });
});
