// DOMPurify over jsdom with an allow-list of reading markup. This is the first barrier;
// the reading schema (only its nodes reach the screen) is the second.
import createDOMPurify from 'dompurify';
import { domWindow, type HtmlElement } from './dom';
import { isVerbatim, Preparer, type Asset, type PrepareContext } from './prepare';

// Follows ../shared/design/SECURITY.md §c.2, narrowed to what a reader needs.
const CONFIG: Parameters<ReturnType<typeof createDOMPurify>['sanitize']>[1] = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'option', 'textarea', 'dialog',
    'iframe', 'frame', 'frameset', 'object', 'embed', 'portal', 'template', 'noscript', 'math', 'svg',
    'audio', 'video', 'source', 'track', 'canvas', 'map', 'area',
  ],
  FORBID_ATTR: [
    'style', 'class', 'id', 'name', 'srcset', 'srcdoc', 'formaction', 'action', 'ping', 'background',
    'poster', 'target', 'xlink:href', 'autofocus', 'usemap',
  ],
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // URLs were made absolute (or turned into stored assets) before sanitising, so
  // anything else is a trick: relative paths, file:, javascript:, custom schemes.
  ALLOWED_URI_REGEXP: /^(?:https?:\/\/|mailto:|gloss-asset:\/\/[0-9a-f]{64}\.[a-z]+$)/i,
  // DOMPurify holds every attribute it does not know to be harmless to that URL rule, and a
  // number matches none of it: merged cells and list numbering were lost. These are plain
  // numbers, bounded where the document is made (src/shared/reading/bounds.ts; an image's
  // size in to-doc.ts).
  ADD_URI_SAFE_ATTR: ['colspan', 'rowspan', 'start', 'width', 'height'],
  SANITIZE_DOM: true,
  WHOLE_DOCUMENT: false,
  // The sanitised body element, parsed by DOMPurify itself: the tree it checked is the
  // tree we read, with no parse in between.
  RETURN_DOM: true,
};

let bound: { instance: ReturnType<typeof createDOMPurify>; generation: number } | null = null;

/** The clean-up that runs inside this call's walk, if any (see `sanitize`). */
let preparing: Preparer | null = null;

/** Whether a text node lies inside pre or code (asked only of text whose line breaks would change). */
function insideVerbatim(node: Node): boolean {
  for (let at = node.parentNode; at; at = at.parentNode) if (isVerbatim(at)) return true;
  return false;
}

/** DOMPurify bound to the current parsing window (it parses into that window's documents). */
function purifier(): ReturnType<typeof createDOMPurify> {
  const { window, generation } = domWindow();
  if (bound?.generation === generation) return bound.instance;
  // DOMPurify's typings want a browser Window; jsdom's is the same shape at run time.
  const p = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  // Set once: parsing the config on every call costs more than sanitising a short article.
  p.setConfig(CONFIG);
  // Before DOMPurify looks at a node, so that hidden text is gone before its style is
  // stripped, and links and images point where the reader will find them before the URL
  // allow-list judges them. A node detached here is treated by DOMPurify as removed.
  p.addHook('beforeSanitizeElements', (node) => {
    if (!preparing) return;
    if (node.nodeType === node.ELEMENT_NODE) {
      if (node.nodeName !== 'BODY' && !preparing.element(node as Element)) (node as Element).remove();
    } else if (node.nodeType === node.TEXT_NODE) {
      preparing.text(node, () => insideVerbatim(node));
    }
  });
  p.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      const href = node.getAttribute('href') ?? '';
      if (!/^(https?:|mailto:)/i.test(href.trim())) node.removeAttribute('href');
    }
  });
  bound = { instance: p, generation };
  return p;
}

/**
 * Sanitises markup. DOMPurify gets it as a string, its default and most tested path: one
 * parse and one walk. In place it walks the tree four more times (to guard against hooks
 * that move nodes), which made sanitising the slowest step of an import.
 *
 * With `prepare`, the body's clean-up (prepare.ts) runs in that same walk, so markup that
 * nothing else needs as a tree is parsed once; without it, the markup was cleaned already.
 */
export function sanitize(html: string, prepare?: PrepareContext): { body: HtmlElement; assets: Asset[] } {
  const purify = purifier();
  preparing = prepare ? new Preparer(prepare) : null;
  try {
    const body = purify.sanitize(html) as unknown as HtmlElement;
    return { body, assets: preparing?.assets ?? [] };
  } finally {
    preparing = null;
  }
}
