// Sanitised DOM → reading document (ProseMirror JSON in the reading schema). Parsing
// into the schema drops whatever it has no node for and flattens wrapper soup such as
// thirteen nested <section>s into plain paragraphs.
import { DOMParser as PMDOMParser } from '@tiptap/pm/model';
import type { ReadingDoc, ReadingNode } from '../../shared/model';
import { boundedDoc } from '../../shared/reading/bounds';
import { readingSchema } from '../../shared/reading/schema';
import { assetName, isAllowedLink, isRemoteImage } from '../../shared/reading/urls';
import type { HtmlElement } from './dom';
import { walkBody } from './dom-walk';

const parser = PMDOMParser.fromSchema(readingSchema);

export interface DocOptions {
  /** Characters that are not text: dropped wherever they occur (private-use.ts). */
  drop?: RegExp;
}

export function toReadingDoc(body: HtmlElement, options: DocOptions = {}): ReadingDoc {
  const tidy = (nodes: ReadingNode[], parent: string) => tidyNodes(nodes, parent, options.drop ?? null);
  const walked: ReadingDoc = { type: 'doc', content: tidy(walkBody(body), 'doc') };
  if (isValid(walked)) return walked;
  // prosemirror-model only reads the standard DOM interface, which jsdom provides. Its
  // reading of spans and list starts is the table extension's, unbounded: bound it here.
  const doc = boundedDoc(parser.parse(body as unknown as globalThis.Node).toJSON() as ReadingDoc);
  const tidied: ReadingDoc = { ...doc, content: tidy(doc.content ?? [], 'doc') };
  // Tidying must never cost content: the parser's own output is valid by construction.
  return isValid(tidied) ? tidied : doc;
}

function isValid(doc: ReadingDoc): boolean {
  try {
    readingSchema.nodeFromJSON(doc).check();
    return (doc.content?.length ?? 0) > 0;
  } catch {
    return false;
  }
}

/** Parents whose schema needs a first block even when it is empty. */
const KEEPS_EMPTY = new Set(['listItem', 'tableCell', 'tableHeader']);

/** Drops what parses fine but reads badly: spacer paragraphs, stray breaks, unsafe URLs, icon glyphs. */
function tidyNodes(nodes: ReadingNode[], parent: string, drop: RegExp | null): ReadingNode[] {
  const tidy = (inner: ReadingNode[], type: string) => tidyNodes(inner, type, drop);
  const out: ReadingNode[] = [];
  for (const node of nodes) {
    if (node.type === 'image') {
      const src = String(node.attrs?.src ?? '');
      if (!(assetName(src) || isRemoteImage(src))) continue;
      // The size is kept (when it is a plausible one) so that an image not shown leaves a
      // placeholder of its own shape rather than a gap.
      out.push({ ...node, attrs: { ...node.attrs, width: dimension(node.attrs?.width), height: dimension(node.attrs?.height) } });
      continue;
    }
    if (node.type === 'text') {
      const text = drop ? (node.text ?? '').replace(drop, '') : node.text;
      if (text) out.push(tidyMarks({ ...node, text }));
      continue;
    }
    if (node.type === 'hardBreak') {
      out.push(node);
      continue;
    }
    const content = node.content ? tidy(node.content, node.type) : undefined;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'figcaption') {
      const inline = node.type === 'paragraph' ? trimIndent(trimBreaks(content ?? [])) : trimBreaks(content ?? []);
      if (!inline.some((c) => c.type === 'text' && c.text?.trim())) {
        if (KEEPS_EMPTY.has(parent) && out.length === 0) out.push({ type: 'paragraph' });
        continue;
      }
      out.push({ ...node, content: inline });
      continue;
    }
    if (content !== undefined && content.length === 0 && !KEEPS_EMPTY.has(node.type)) continue;
    out.push(content ? { ...node, content } : node);
  }
  return out;
}

/** A width or height in pixels, or null for none, nonsense or more than a page. */
function dimension(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*(px)?\s*$/.test(value) ? parseInt(value, 10) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 4000 ? n : null;
}

/**
 * Chinese articles indent their paragraphs with full-width spaces (　　) or none, often both
 * in one article: the indent is layout, not text, so it goes and every paragraph reads alike.
 */
const INDENT = /^[\s\u3000\u00a0]+/;
function trimIndent(inline: ReadingNode[]): ReadingNode[] {
  const out = [...inline];
  while (out.length && out[0].type === 'text' && INDENT.test(out[0].text ?? '')) {
    const text = (out[0].text ?? '').replace(INDENT, '');
    if (text) out[0] = { ...out[0], text };
    else out.shift();
  }
  return out;
}

function trimBreaks(inline: ReadingNode[]): ReadingNode[] {
  let start = 0;
  let end = inline.length;
  while (start < end && inline[start].type === 'hardBreak') start++;
  while (end > start && inline[end - 1].type === 'hardBreak') end--;
  return inline.slice(start, end);
}

function tidyMarks(node: ReadingNode): ReadingNode {
  if (!node.marks) return node;
  const marks = node.marks
    .filter((m) => m.type !== 'link' || isAllowedLink(String(m.attrs?.href ?? '')))
    .map((m) => (m.type === 'link' ? { type: 'link', attrs: { href: m.attrs?.href, title: m.attrs?.title ?? null } } : m));
  return marks.length ? { ...node, marks } : { type: 'text', text: node.text };
}
