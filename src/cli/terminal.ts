// What the CLI prints comes from articles written by strangers: a title can hold escape
// sequences that set the terminal's title, clear the screen or hide a hyperlink, and bidi
// overrides that show text other than it is. Every such character is written as its \uXXXX
// escape: visible in plain output, and in JSON output the very escape JSON reads back as
// the same character.
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(s: string): string {
  return s.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
