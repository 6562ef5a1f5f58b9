import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../../shared/model';

export const COLORS: readonly HighlightColor[] = HIGHLIGHT_COLORS;

/** Keys 1–5 pick a colour; h is the first. */
export function colorForKey(key: string): HighlightColor | null {
  if (key === 'h') return COLORS[0];
  const n = Number(key);
  return Number.isInteger(n) && n >= 1 && n <= COLORS.length ? COLORS[n - 1] : null;
}
