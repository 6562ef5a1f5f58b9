// Sanitised DOM → reading-document JSON by one walk over the tree. prosemirror-model's
// DOMParser gives the same document but matches every parse rule's CSS selector against
// every element, which through jsdom's selector engine costs more than the whole rest of
// an import. `to-doc.ts` checks the result against the schema and falls back to
// prosemirror's parser if the walk ever produces something the schema rejects.
import type { ReadingNode } from '../../shared/model';
import type { HtmlElement } from './dom';
import { clampColspan, clampListStart, clampRowspan } from '../../shared/reading/bounds';

type Mark = NonNullable<ReadingNode['marks']>[number];

/** The schema's mark order (prosemirror requires marks sorted by rank). */
const MARK_RANK: Record<string, number> = { link: 0, bold: 1, code: 2, italic: 3, strike: 4, underline: 5 };

const INLINE_MARKS: Record<string, Mark> = {
  STRONG: { type: 'bold' },
  B: { type: 'bold' },
  EM: { type: 'italic' },
  I: { type: 'italic' },
  CITE: { type: 'italic' },
  S: { type: 'strike' },
  DEL: { type: 'strike' },
  STRIKE: { type: 'strike' },
  U: { type: 'underline' },
  INS: { type: 'underline' },
  CODE: { type: 'code' },
  KBD: { type: 'code' },
  SAMP: { type: 'code' },
};

/** Elements that start and end a block of text but are otherwise transparent wrappers. */
const CONTAINERS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'ASIDE', 'NAV', 'CENTER', 'FIGURE', 'DL', 'DT', 'DD',
  'ADDRESS', 'DETAILS', 'SUMMARY', 'HGROUP', 'BODY', 'FIELDSET', 'LEGEND', 'CAPTION', 'THEAD', 'TBODY', 'TFOOT',
]);

const HEADINGS: Record<string, number> = { H1: 1, H2: 2, H3: 3, H4: 4, H5: 5, H6: 6 };

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Collects blocks, with a buffer for the inline content of the paragraph being built. */
class Blocks {
  readonly blocks: ReadingNode[] = [];
  private inline: ReadingNode[] = [];

  text(raw: string, marks: Mark[]): void {
    let text = raw.replace(/[ \t\n\r\f]+/g, ' ');
    const prev = this.inline.at(-1);
    // Collapse a space at the start of a block, or after a space or break, as HTML does.
    if (text.startsWith(' ') && (!prev || prev.type === 'hardBreak' || prev.text?.endsWith(' '))) text = text.slice(1);
    if (!text) return;
    if (prev?.type === 'text' && sameMarks(prev.marks, marks)) prev.text += text;
    else this.inline.push(marks.length ? { type: 'text', text, marks } : { type: 'text', text });
  }

  hardBreak(): void {
    trimInline(this.inline); // a space before a line break shows as nothing
    this.inline.push({ type: 'hardBreak' });
  }

  /** Ends the current paragraph, if it has anything in it. */
  flush(type = 'paragraph', attrs?: Record<string, unknown>): void {
    const inline = trimInline(this.inline);
    this.inline = [];
    if (inline.length === 0) return;
    this.blocks.push(attrs ? { type, attrs, content: inline } : { type, content: inline });
  }

  block(node: ReadingNode): void {
    this.flush();
    this.blocks.push(node);
  }
}

function trimInline(inline: ReadingNode[]): ReadingNode[] {
  const last = inline.at(-1);
  if (last?.type === 'text' && last.text!.endsWith(' ')) {
    last.text = last.text!.trimEnd();
    if (!last.text) inline.pop();
  }
  return inline;
}

function sameMarks(a: Mark[] | undefined, b: Mark[]): boolean {
  const x = a ?? [];
  return x.length === b.length && x.every((m, i) => m.type === b[i].type && m.attrs?.href === b[i].attrs?.href);
}

function withMark(marks: Mark[], mark: Mark): Mark[] {
  if (marks.some((m) => m.type === 'code')) return marks; // code excludes every other mark
  if (mark.type === 'code') return [mark];
  if (marks.some((m) => m.type === mark.type)) return marks;
  return [...marks, mark].sort((a, b) => MARK_RANK[a.type] - MARK_RANK[b.type]);
}

export function walkBody(body: HtmlElement): ReadingNode[] {
  const out = new Blocks();
  walkChildren(body, out, []);
  out.flush();
  return out.blocks;
}

function walkChildren(el: Element, out: Blocks, marks: Mark[]): void {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) out.text(child.nodeValue ?? '', marks);
    else if (child.nodeType === ELEMENT_NODE) walkElement(child as Element, out, marks);
  }
}

/** A nested block container (quote, list item, cell): its own blocks, never empty. */
function subBlocks(el: Element): ReadingNode[] {
  const inner = new Blocks();
  walkChildren(el, inner, []);
  inner.flush();
  return inner.blocks;
}

function walkElement(el: Element, out: Blocks, marks: Mark[]): void {
  const tag = el.nodeName;
  const mark = INLINE_MARKS[tag];
  if (mark) return walkChildren(el, out, tag === 'CODE' && el.parentNode?.nodeName === 'PRE' ? marks : withMark(marks, mark));
  if (tag === 'A') {
    const href = el.getAttribute('href');
    return walkChildren(el, out, href ? withMark(marks, { type: 'link', attrs: { href, title: el.getAttribute('title') } }) : marks);
  }
  if (tag === 'BR') return out.hardBreak();
  if (tag === 'IMG') {
    const src = el.getAttribute('src');
    // The size as written (checked when the document is tidied).
    if (src) out.block({ type: 'image', attrs: { src, alt: el.getAttribute('alt'), title: el.getAttribute('title'), width: el.getAttribute('width'), height: el.getAttribute('height') } });
    return;
  }
  const level = HEADINGS[tag];
  if (level) {
    out.flush();
    walkChildren(el, out, marks);
    return out.flush('heading', { level });
  }
  if (tag === 'FIGCAPTION') {
    out.flush();
    walkChildren(el, out, marks.filter((m) => m.type !== 'code' && m.type !== 'strike' && m.type !== 'underline'));
    return out.flush('figcaption');
  }
  if (CONTAINERS.has(tag)) {
    out.flush();
    walkChildren(el, out, marks);
    return out.flush();
  }
  switch (tag) {
    case 'BLOCKQUOTE': {
      const content = subBlocks(el);
      if (content.length) out.block({ type: 'blockquote', content });
      return;
    }
    case 'UL':
    case 'OL':
      return list(el, out);
    case 'PRE': {
      const text = (el.textContent ?? '').replace(/\r\n?/g, '\n').replace(/\n$/, '');
      if (text.trim()) out.block({ type: 'codeBlock', attrs: { language: null }, content: [{ type: 'text', text }] });
      return;
    }
    case 'HR':
      return out.block({ type: 'horizontalRule' });
    case 'TABLE':
      return table(el, out);
    case 'LI':
    case 'TR':
    case 'TD':
    case 'TH':
      // Stray parts of a list or table outside their parent: keep their text as blocks.
      out.flush();
      walkChildren(el, out, marks);
      return out.flush();
    default:
      // span, font, small, sup, time …: inline wrappers with no meaning of their own.
      return walkChildren(el, out, marks);
  }
}

function list(el: Element, out: Blocks): void {
  const items: ReadingNode[] = [];
  const addItem = (blocks: ReadingNode[]) => {
    if (blocks.length === 0) return;
    // A list item must open with a paragraph.
    if (blocks[0].type !== 'paragraph') blocks.unshift({ type: 'paragraph' });
    items.push({ type: 'listItem', content: blocks });
  };
  // Text or elements sitting directly in the list (invalid, but pages do it) become an
  // item of their own rather than being lost.
  let loose = new Blocks();
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeName === 'LI') {
      loose.flush();
      addItem(loose.blocks);
      loose = new Blocks();
      addItem(subBlocks(child as Element));
    } else if (child.nodeType === TEXT_NODE) loose.text(child.nodeValue ?? '', []);
    else if (child.nodeType === ELEMENT_NODE) walkElement(child as Element, loose, []);
  }
  loose.flush();
  addItem(loose.blocks);
  if (items.length === 0) return;
  if (el.nodeName === 'OL') {
    out.block({ type: 'orderedList', attrs: { start: clampListStart(el.getAttribute('start') ?? 1), type: null }, content: items });
  } else out.block({ type: 'bulletList', content: items });
}

function table(el: Element, out: Blocks): void {
  for (const caption of Array.from(el.children).filter((c) => c.nodeName === 'CAPTION')) walkElement(caption, out, []);
  const rows: ReadingNode[] = [];
  const rowEls = Array.from(el.querySelectorAll('tr')).filter((tr) => tr.closest('table') === el);
  for (const tr of rowEls) {
    const cells: ReadingNode[] = [];
    for (const cell of Array.from(tr.children)) {
      if (cell.nodeName !== 'TD' && cell.nodeName !== 'TH') continue;
      const content = subBlocks(cell);
      cells.push({
        type: cell.nodeName === 'TH' ? 'tableHeader' : 'tableCell',
        attrs: { colspan: clampColspan(cell.getAttribute('colspan') ?? 1), rowspan: clampRowspan(cell.getAttribute('rowspan') ?? 1), colwidth: null },
        content: content.length ? content : [{ type: 'paragraph' }],
      });
    }
    if (cells.length) rows.push({ type: 'tableRow', content: cells });
  }
  if (rows.length) out.block({ type: 'table', content: rows });
}
