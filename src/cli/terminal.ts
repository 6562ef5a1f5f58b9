// What the CLI prints comes from articles written by strangers: a title can hold escape
// sequences that set the terminal's title, clear the screen or hide a hyperlink, and bidi
// overrides that show text other than it is. Every such character is written as its \uXXXX
// escape: visible in plain output, and in JSON output the very escape JSON reads back as
// the same character.
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(s: string): string {
  return s.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A line with some parts to stand out (search matches): each part is made safe on its own. */
export type Emphasised = (string | { em: string })[];

// Bold and underline on, then both off: the two that every terminal draws, and that still
// show a match when colours are off.
const EM_ON = '\x1b[1;4m';
const EM_OFF = '\x1b[22;24m';

/** The line as a terminal shows it: emphasis as ANSI bold + underline on a terminal, plain text elsewhere. */
export function emphasise(line: Emphasised, terminal: boolean): string {
  return line.map((part) => (typeof part === 'string' ? terminalSafe(part) : terminal ? EM_ON + terminalSafe(part.em) + EM_OFF : terminalSafe(part.em))).join('');
}
