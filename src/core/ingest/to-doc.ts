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

export function toReadingDoc(body: HtmlElement): ReadingDoc {
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

/** Drops what parses fine but reads badly: spacer paragraphs, stray breaks, unsafe URLs. */
function tidy(nodes: ReadingNode[], parent: string): ReadingNode[] {
  const out: ReadingNode[] = [];
  for (const node of nodes) {
    if (node.type === 'image') {
      const src = String(node.attrs?.src ?? '');
      if (!(assetName(src) || isRemoteImage(src))) continue;
      out.push({ ...node, attrs: { ...node.attrs, width: null, height: null } });
      continue;
    }
    if (node.type === 'text' || node.type === 'hardBreak') {
      out.push(node.type === 'text' ? tidyMarks(node) : node);
      continue;
    }
    const content = node.content ? tidy(node.content, node.type) : undefined;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'figcaption') {
      const inline = trimBreaks(content ?? []);
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
