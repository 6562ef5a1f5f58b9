// The parts of an exported Markdown file that Gloss owns: each between a begin and an end
// marker (HTML comments, which Obsidian and every Markdown renderer hide). Everything
// outside the markers is the user's and is never changed; a re-export rewrites what is
// inside, drops the regions of highlights that are gone, and adds new ones after the region
// that precedes them in reading order.

export interface Region {
  /** `head`, `h-<highlight uid>` or `text`. */
  id: string;
  /** Markdown, without the markers and without a trailing newline. */
  content: string;
}

/** A file's body as lines: the user's, and Gloss's regions between them. */
type Segment = { kind: 'text'; lines: string[] } | { kind: 'region'; id: string; content: string };

/** A file whose markers do not pair up: re-exporting it could lose the user's text, so it is left alone. */
export class MalformedRegionsError extends Error {}

const BEGIN = /^<!-- gloss:begin ([a-z0-9-]+)(?: [^\n]*)? -->$/;
const END = /^<!-- gloss:end ([a-z0-9-]+) -->$/;

/** What the head region's marker says to whoever opens the file. */
const EXPLAINED = 'Gloss rewrites what lies between gloss:begin and gloss:end on every export; write outside them';

function begin(id: string): string {
  return id === 'head' ? `<!-- gloss:begin head · ${EXPLAINED} -->` : `<!-- gloss:begin ${id} -->`;
}

const render = (r: { id: string; content: string }) => `${begin(r.id)}\n${r.content}\n<!-- gloss:end ${r.id} -->`;

/** A new file's body: the regions one after another. */
export function renderRegions(regions: Region[]): string {
  return `${regions.map(render).join('\n\n')}\n`;
}

export function parseRegions(body: string): Segment[] {
  const segments: Segment[] = [];
  let text: string[] = [];
  let open: { id: string; lines: string[] } | null = null;
  const seen = new Set<string>();
  for (const line of body.split('\n')) {
    const trimmed = line.trimEnd();
    const b = BEGIN.exec(trimmed);
    const e = END.exec(trimmed);
    if (open) {
      if (b) throw new MalformedRegionsError(`the region “${open.id}” has no end marker before “${b[1]}” begins`);
      if (e) {
        if (e[1] !== open.id) throw new MalformedRegionsError(`the region “${open.id}” ends with the marker of “${e[1]}”`);
        segments.push({ kind: 'region', id: open.id, content: open.lines.join('\n') });
        open = null;
      } else open.lines.push(line);
      continue;
    }
    if (e) throw new MalformedRegionsError(`an end marker for “${e[1]}” without its begin marker`);
    if (b) {
      if (seen.has(b[1])) throw new MalformedRegionsError(`the region “${b[1]}” appears twice`);
      seen.add(b[1]);
      segments.push({ kind: 'text', lines: text });
      text = [];
      open = { id: b[1], lines: [] };
      continue;
    }
    text.push(line);
  }
  if (open) throw new MalformedRegionsError(`the region “${open.id}” has no end marker`);
  segments.push({ kind: 'text', lines: text });
  return segments;
}

const blank = (): Segment => ({ kind: 'text', lines: [''] });

/**
 * `body` with its regions replaced by `regions` (in reading order): text outside the
 * markers is kept byte for byte, regions no longer wanted go, new ones are placed after
 * the region before them in `regions` (or before the first region there is).
 */
export function mergeRegions(body: string, regions: Region[]): string {
  const wanted = new Map(regions.map((r) => [r.id, r]));
  const out: Segment[] = [];
  for (const s of parseRegions(body)) {
    if (s.kind === 'text') out.push({ kind: 'text', lines: [...s.lines] });
    else if (wanted.has(s.id)) out.push({ kind: 'region', id: s.id, content: wanted.get(s.id)!.content });
    else {
      // A gone region's place: the blank line that set it apart goes with it.
      const before = out.at(-1);
      if (before?.kind === 'text' && before.lines.at(-1) === '') before.lines.pop();
    }
  }
  const indexOf = (id: string) => out.findIndex((s) => s.kind === 'region' && s.id === id);
  regions.forEach((r, i) => {
    if (indexOf(r.id) !== -1) return;
    const region: Segment = { kind: 'region', id: r.id, content: r.content };
    const previous = i > 0 ? indexOf(regions[i - 1].id) : -1;
    const first = out.findIndex((s) => s.kind === 'region');
    if (previous !== -1) out.splice(previous + 1, 0, blank(), region);
    else if (first !== -1) out.splice(first, 0, region, blank());
    else {
      // Every marker was taken out: the regions start again below the user's text.
      const lines = out.flatMap((s) => (s.kind === 'text' ? s.lines : []));
      while (lines.length && lines.at(-1)!.trim() === '') lines.pop();
      out.splice(0, out.length, { kind: 'text', lines: lines.length ? [...lines, ''] : [] }, region, blank());
    }
  });
  return out.flatMap((s) => (s.kind === 'text' ? s.lines : render(s).split('\n'))).join('\n');
}
