// File names made from article titles that every system accepts: Windows (reserved
// characters and device names, no trailing dot or space), macOS and Linux (a 255-byte
// limit), and Obsidian (whose links cannot name a file with # ^ [ ] |). Chinese and every
// other script are kept as they are.

/** Characters no file name may hold on some system (or in an Obsidian link), and controls. */
const FORBIDDEN = /[<>:"/\\|?*#^[\]\u0000-\u001f\u007f]/g;

/** Windows device names, which it refuses with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * Room for the stem in UTF-8 bytes: 255 is the limit of ext4, APFS and NTFS (in units that
 * are never more than bytes), less room for " (99999)", ".md" and the temporary suffix an
 * atomic write adds while it writes.
 */
export const MAX_STEM_BYTES = 180;

/** Cuts a string to at most `max` UTF-8 bytes without splitting a character. */
export function cutToBytes(s: string, max: number): string {
  if (Buffer.byteLength(s) <= max) return s;
  let out = '';
  let bytes = 0;
  for (const ch of s) {
    const n = Buffer.byteLength(ch);
    if (bytes + n > max) break;
    out += ch;
    bytes += n;
  }
  return out;
}

/** A title as a file name's stem (no extension): safe everywhere, never empty. */
export function fileStem(title: string): string {
  let stem = title.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  // A leading dot hides the file on macOS and Linux.
  stem = stem.replace(/^[.\s]+/, '');
  stem = cutToBytes(stem, MAX_STEM_BYTES);
  // Windows drops trailing dots and spaces, so two names could become one.
  stem = stem.replace(/[.\s]+$/, '');
  if (!stem) stem = 'Untitled';
  if (RESERVED.test(stem.split('.')[0].trim())) stem = stem.replace(/^[^.]*/, (device) => `${device.trim()}_`);
  return stem;
}

/** How file systems that ignore case and Unicode form (macOS, Windows) compare two names. */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/**
 * A file name for `title` that no name in `taken` (compared by `nameKey`) already has:
 * "Title.md", then "Title (2).md", "Title (3).md"… The name chosen is added to `taken`.
 */
export function uniqueFileName(title: string, taken: Set<string>, ext = '.md'): string {
  const stem = fileStem(title);
  let name = `${stem}${ext}`;
  for (let n = 2; taken.has(nameKey(name)); n++) name = `${stem} (${n})${ext}`;
  taken.add(nameKey(name));
  return name;
}
