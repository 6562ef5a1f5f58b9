// One article as the regions of its Markdown file and the values of its front matter.
// A highlight is a quote callout (its colour, tags and claim in the title line, its words,
// then its note), followed by its block id `^gloss-<uid>`, so `[[file#^gloss-…]]` in the
// user's notes keeps pointing at it on every export.
import { noteFromText } from '../../shared/reading/note-schema';
import { noteToMarkdown } from './note-markdown';
import type { ExportArticle, ExportHighlight } from './records';
import type { Region } from './regions';

/**
 * A line Markdown reads as plain text already: no character prosemirror-markdown would
 * escape, no space at either end (ProseMirror drops it), and no list number at its start.
 */
const PLAIN_LINE = /^(?!\s*\d+\.\s)[^\s`*\\~[\]_+\-#>](?:[^`*\\~[\]_+\-#>\n]*[^\s`*\\~[\]_+\-#>])?$/;

/** Plain text as Markdown paragraphs, every Markdown character in it escaped. */
export function textToMarkdown(text: string): string {
  const paragraphs = text.split(/\n+/).filter((line) => line.trim());
  // Most lines need no escaping: they skip building a document (100,000 quotes in a large export).
  if (paragraphs.every((line) => PLAIN_LINE.test(line))) return paragraphs.join('\n\n');
  return paragraphs.length ? noteToMarkdown(noteFromText(paragraphs.join('\n'))) : '';
}

/** Obsidian's tag characters: letters (any script), digits, _, - and /. */
export function tagMarkdown(tag: string): string {
  return `#${tag.replace(/[^\p{L}\p{N}_\-/]/gu, '_')}`;
}

const quoted = (markdown: string) =>
  markdown
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');

/** The block id Obsidian links to: `^gloss-` and the highlight's UUID. */
export const blockId = (h: { uid: string }) => `gloss-${h.uid}`;

function highlightRegion(h: ExportHighlight): Region {
  const about: string[] = [h.color];
  if (h.tags.length) about.push(h.tags.map(tagMarkdown).join(' '));
  if (h.claim) about.push(`claim: ${h.claim.status}${h.claim.statement.trim() !== h.quote.trim() ? ` — ${textToMarkdown(h.claim.statement.replace(/\s+/g, ' '))}` : ''}`);
  if (h.anchor === 'orphaned') about.push('orphaned: no longer found in the article');
  const body = [`[!quote] ${about.join(' · ')}`, textToMarkdown(h.quote)];
  if (h.note) {
    const note = noteToMarkdown(h.note);
    if (note) body.push(`**Note:**\n${note}`);
  }
  return { id: `h-${h.uid}`, content: `${quoted(body.join('\n\n').replace(/^(\[!quote\][^\n]*)\n\n/, '$1\n'))}\n\n^${blockId(h)}` };
}

function headRegion(a: ExportArticle): Region {
  const parts = [`# ${textToMarkdown(a.title.replace(/\s+/g, ' ')) || 'Untitled'}`];
  const byline = [a.author, a.site, a.published?.slice(0, 10)].filter((v): v is string => Boolean(v)).map((v) => textToMarkdown(v));
  if (a.url) byline.push(`[${textToMarkdown(URL.parse(a.url)?.host || a.url)}](<${a.url.replace(/[<>\s]/g, encodeURIComponent)}>)`);
  if (byline.length) parts.push(byline.join(' · '));
  const note = a.note ? noteToMarkdown(a.note) : '';
  if (note) parts.push(note);
  if (a.highlights.length) parts.push('## Highlights');
  return { id: 'head', content: parts.join('\n\n') };
}

/** The regions Gloss owns in the article's file, in reading order. */
export function articleRegions(a: ExportArticle): Region[] {
  const regions = [headRegion(a), ...a.highlights.map(highlightRegion)];
  if (a.text !== null) regions.push({ id: 'text', content: `## Full text\n\n${textToMarkdown(a.text)}` });
  return regions;
}

/** The front-matter keys Gloss writes (others, the user's, are kept as they are). */
export function frontMatterValues(a: ExportArticle, exported: Date): Record<string, string | string[] | boolean | null> {
  return {
    title: a.title,
    author: a.author,
    site: a.site,
    url: a.url,
    published: a.published,
    tags: a.tags,
    // Only while archived: an article that is not carries no key (null removes it on re-export).
    archived: a.archived || null,
    'gloss-id': a.uid,
    exported: exported.toISOString(),
  };
}
