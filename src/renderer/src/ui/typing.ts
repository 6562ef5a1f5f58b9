/**
 * Whether a key pressed here is typing (into a field, a menu or a note), not a command.
 * Every keyboard handler of the app asks this one question the same way.
 */
export function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement);
}
