// A search snippet as the CLI prints it: the matches stand out as emphasis on a terminal,
// never as markup (`--json` keeps `<mark>` for scripts).
import type { Snippet } from '../shared/model';
import type { Emphasised } from './terminal';

export function snippetLine(s: Snippet): Emphasised {
  const line: Emphasised = [];
  let at = 0;
  for (const [start, end] of s.marks) {
    line.push(s.text.slice(at, start), { em: s.text.slice(start, end) });
    at = end;
  }
  line.push(s.text.slice(at));
  return [s.cutBefore ? '…' : '', ...line, s.cutAfter ? '…' : ''].filter((p) => typeof p !== 'string' || p !== '');
}
