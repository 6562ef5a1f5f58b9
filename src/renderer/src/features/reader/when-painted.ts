/** Runs `then` on the element once the editor has painted it (decorations land a frame or more after React). */
export function whenPainted(root: React.RefObject<HTMLElement | null>, selector: string, then: (el: HTMLElement) => void): () => void {
  let frames = 0;
  let handle = 0;
  const look = () => {
    const el = root.current?.querySelector<HTMLElement>(selector);
    if (el) then(el);
    else if (frames++ < 120) handle = requestAnimationFrame(look);
  };
  handle = requestAnimationFrame(look);
  return () => cancelAnimationFrame(handle);
}
