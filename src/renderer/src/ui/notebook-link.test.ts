import { describe, expect, it } from 'vitest';
import { notebookTagHash, tagTerm } from './notebook-link';

describe('notebook links', () => {
  it('writes tags as query terms, quoting names with spaces, inside the notebook address', () => {
    expect(tagTerm('拼多多')).toBe('tag:拼多多');
    expect(tagTerm('needs a source')).toBe('tag:"needs a source"');
    expect(new URLSearchParams(notebookTagHash('needs a source').split('?')[1]).get('q')).toBe('tag:"needs a source"');
  });
});
