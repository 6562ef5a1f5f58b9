import type { AnchorHealth } from '../../shared/model';

// Highlights are stored as W3C Web Annotation selectors over an article's plain text
// (the text `docToText` derives from the reading document): the quote with its context,
// and its offsets. Either alone can fail after the text changes; together they let a
// highlight find its words again, or say honestly that it cannot.

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface Selectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export type { AnchorHealth };

export type Anchor = { health: 'exact' | 'moved' | 'changed'; start: number; end: number } | { health: 'orphaned' };

export const CONTEXT_LENGTH = 32;

/** Selectors for text[start, end). */
export function describe(text: string, start: number, end: number): Selectors {
  if (!(start >= 0 && end > start && end <= text.length)) throw new RangeError(`no text between ${start} and ${end}`);
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
