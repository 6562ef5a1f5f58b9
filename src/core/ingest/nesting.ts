// How deeply markup nests, judged before a parser builds it. Depth is what makes hostile
// HTML expensive: jsdom's tree building costs each node time in proportion to its depth,
// its parser and our walks recurse, and Readability's clean-up grows with the cube of it.
// 1,500 nested <div>s took four minutes to read; 100,000 took a minute and a half to fail.
// Browsers stop nesting at 512 levels (Blink and WebKit); no article of the corpus nests
// deeper than 30.
import type { HtmlElement } from './dom';
import { ImportError } from './errors';

/** Eight times the deepest article of the corpus, and deep enough to cost seconds to read. */
export const MAX_DEPTH = 256;

export function tooDeep(): ImportError {
  return new ImportError(`the HTML is nested too deeply to read (more than ${MAX_DEPTH} levels)`);
}

/** Refuses markup that would nest deeper than MAX_DEPTH, in one pass over the text. */
export function assertShallowMarkup(html: string): void {
  if (markupDepth(html, MAX_DEPTH) > MAX_DEPTH) throw tooDeep();
}

/** Refuses a parsed tree deeper than MAX_DEPTH (what the estimate of the text could miss). */
export function assertShallowTree(root: HtmlElement): void {
  // Iterative: the trees this refuses are the ones a recursive walk cannot finish.
  let depth = 0;
  let node: Element | null = root;
  while (node) {
    if (node.firstElementChild) {
      node = node.firstElementChild;
      if (++depth > MAX_DEPTH) throw tooDeep();
      continue;
    }
    while (node && node !== root && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
    }
    node = node && node !== root ? node.nextElementSibling : null;
  }
}

const VOID = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content is text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
/** Tags the parser drops, or whose elements it already has. */
const IGNORED = new Set(['html', 'head', 'body', 'frameset']);
/** Where "in scope" searches stop (the HTML standard's scope markers). */
const SCOPE = new Set(['applet', 'caption', 'html', 'table', 'td', 'th', 'marquee', 'object', 'template']);
/** The standard's "special" elements: an end tag for an ordinary element never closes past one. */
const SPECIAL = new Set([
  'address', 'applet', 'area', 'article', 'aside', 'base', 'basefont', 'bgsound', 'blockquote', 'body', 'br', 'button', 'caption', 'center',
  'col', 'colgroup', 'dd', 'details', 'dir', 'div', 'dl', 'dt', 'embed', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frame',
  'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr', 'html', 'iframe', 'img', 'input', 'keygen', 'li', 'link',
  'listing', 'main', 'marquee', 'menu', 'meta', 'nav', 'noembed', 'noframes', 'noscript', 'object', 'ol', 'p', 'param', 'plaintext', 'pre',
  'script', 'search', 'section', 'select', 'source', 'style', 'summary', 'table', 'tbody', 'td', 'template', 'textarea', 'tfoot', 'th',
  'thead', 'title', 'tr', 'track', 'ul', 'wbr', 'xmp',
]);
/** Start tags that close an open <p>. */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption', 'figure',
  'footer', 'header', 'hgroup', 'main', 'menu', 'nav', 'ol', 'p', 'search', 'section', 'summary', 'ul', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'pre', 'listing', 'form', 'table', 'hr', 'xmp', 'li', 'dd', 'dt',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const TABLE_PARTS = new Set(['tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'colgroup']);

/**
 * The depth the markup's tree will have, as the HTML parser builds it, closely enough to
 * tell an article from a trap: the implied ends that keep real pages shallow (paragraphs,
 * list items, cells, options) are followed, and an end tag closes only what the parser
 * would let it close. Stops counting once past `limit`.
 */
export function markupDepth(html: string, limit: number): number {
  const stack: string[] = [];
  let deepest = 0;
  let foreign = 0;
  let at = 0;

  /** The index of the nearest open element `match` accepts, unless `stop` comes first. */
  const nearest = (match: (name: string) => boolean, stop: (name: string) => boolean): number => {
    for (let i = stack.length - 1; i >= 0; i--) {
      if (match(stack[i])) return i;
      if (stop(stack[i])) return -1;
    }
    return -1;
  };
  const popTo = (i: number) => {
    if (i < 0) return;
    for (let j = i; j < stack.length; j++) if (stack[j] === 'svg' || stack[j] === 'math') foreign--;
    stack.length = i;
  };
  const inScope = (names: Set<string> | string, extra?: Set<string>) =>
    nearest((n) => (typeof names === 'string' ? n === names : names.has(n)), (n) => SCOPE.has(n) || (extra?.has(n) ?? false));

  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt === -1) break;
    const next = html.charCodeAt(lt + 1);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      at = end === -1 ? html.length : end + 3;
      continue;
    }
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      const end = html.indexOf('>', lt);
      at = end === -1 ? html.length : end + 1;
      continue;
    }
    const closing = next === 0x2f; /* / */
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!isLetter(html.charCodeAt(nameStart))) {
      at = lt + 1;
      continue;
    }
    let nameEnd = nameStart;
    while (nameEnd < html.length && !isTagEnd(html.charCodeAt(nameEnd))) nameEnd++;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const { end, selfClosing } = tagEnd(html, nameEnd);
    at = end;

    if (closing) {
      if (IGNORED.has(name)) continue;
      // Table end tags close the open cells and rows inside them, as far as their table.
      if (name === 'table') popTo(nearest((n) => n === 'table', (n) => n === 'html' || n === 'template'));
      else if (TABLE_PARTS.has(name)) popTo(nearest((n) => n === name, (n) => n === 'table'));
      else if (SPECIAL.has(name) || FORMATTING.has(name) || name === 'a') popTo(inScope(name, name === 'li' ? LIST_SCOPE : name === 'p' ? BUTTON_SCOPE : undefined));
      else popTo(nearest((n) => n === name, (n) => SPECIAL.has(n)));
      continue;
    }

    if (IGNORED.has(name) || VOID.has(name) || (selfClosing && foreign > 0)) continue;
    if (TABLE_PARTS.has(name) && nearest((n) => n === 'table', () => false) === -1) continue; // outside a table the parser drops them
    if (name === 'form' && stack.includes('form')) continue;
    if (CLOSES_P.has(name)) popTo(inScope('p', BUTTON_SCOPE));
    if (name === 'li') popTo(nearest((n) => n === 'li', (n) => SPECIAL.has(n) && n !== 'address' && n !== 'div' && n !== 'p'));
    if (name === 'dd' || name === 'dt') popTo(nearest((n) => n === 'dd' || n === 'dt', (n) => SPECIAL.has(n) && n !== 'address' && n !== 'div' && n !== 'p'));
    if (HEADINGS.has(name) && HEADINGS.has(stack[stack.length - 1])) stack.pop();
    if (TABLE_PARTS.has(name)) {
      // A cell closes back to its row, a row to its table section, a section to its table;
      // the parser supplies the row and section a cell or row is missing.
      const context = name === 'td' || name === 'th' ? CELL_CONTEXT : name === 'tr' ? ROW_CONTEXT : TABLE_CONTEXT;
      const i = nearest((n) => context.has(n), () => false);
      popTo(i + 1);
      if (context !== TABLE_CONTEXT && stack[i] === 'table') stack.push('tbody');
      if (context === CELL_CONTEXT && stack[stack.length - 1] !== 'tr') stack.push('tr');
    }
    if (name === 'table') popTo(nearest((n) => n === 'table', (n) => n === 'td' || n === 'th' || n === 'caption'));
    if (name === 'a' || name === 'button' || name === 'nobr' || name === 'select') popTo(inScope(name));
    if (name === 'option' || name === 'optgroup') popTo(nearest((n) => n === 'option' || (name === 'optgroup' && n === 'optgroup'), (n) => n !== 'option' && n !== 'optgroup'));

    if (name === 'plaintext') return Math.max(deepest, stack.length + 1);
    if (RAW_TEXT.has(name)) {
      at = rawTextEnd(html, at, name);
      continue;
    }
    stack.push(name);
    if (name === 'svg' || name === 'math') foreign++;
    if (stack.length > deepest) {
      deepest = stack.length;
      if (deepest > limit) return deepest;
    }
  }
  return deepest;
}

const FORMATTING = new Set(['b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u']);
const LIST_SCOPE = new Set(['ol', 'ul']);
const BUTTON_SCOPE = new Set(['button']);
/** Where a new cell, row or table section goes: after what it closes. */
const CELL_CONTEXT = new Set(['tr', 'tbody', 'thead', 'tfoot', 'table']);
const ROW_CONTEXT = new Set(['tbody', 'thead', 'tfoot', 'table']);
const TABLE_CONTEXT = new Set(['table']);

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isTagEnd(c: number): boolean {
  return c === 0x3e || c === 0x2f || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

/** Where a tag ends (after its `>`), skipping quoted attribute values as the tokenizer does. */
function tagEnd(html: string, from: number): { end: number; selfClosing: boolean } {
  let i = from;
  let afterEquals = false;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (c === 0x3e) return { end: i + 1, selfClosing: html.charCodeAt(i - 1) === 0x2f };
    if (afterEquals && (c === 0x22 || c === 0x27)) {
      const close = html.indexOf(c === 0x22 ? '"' : "'", i + 1);
      if (close === -1) return { end: html.length, selfClosing: false };
      i = close + 1;
      afterEquals = false;
      continue;
    }
    if (c === 0x3d) afterEquals = true;
    else if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) afterEquals = false;
    i++;
  }
  return { end: html.length, selfClosing: false };
}

/** Where the text of a raw-text element ends: after its end tag. */
function rawTextEnd(html: string, from: number, name: string): number {
  const re = new RegExp(`</${name}[\\s/>]`, 'gi');
  re.lastIndex = from;
  const m = re.exec(html);
  if (!m) return html.length;
  return tagEnd(html, m.index + 2 + name.length).end;
}
