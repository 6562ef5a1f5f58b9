// The reading keys, for when no element has the focus (after a click on the window's
// background, or a closed popover): what the browser would do in a focused scroller.

/** How far a key scrolls a box of this height, or null for a key that does not scroll. */
export function scrollDelta(key: string, shift: boolean, height: number): number | null {
  const page = Math.max(40, height - 48);
  switch (key) {
    case ' ':
      return shift ? -page : page;
    case 'PageDown':
      return page;
    case 'PageUp':
      return -page;
    case 'ArrowDown':
      return 48;
    case 'ArrowUp':
      return -48;
    case 'End':
      return Infinity;
    case 'Home':
      return -Infinity;
    default:
      return null;
  }
}
