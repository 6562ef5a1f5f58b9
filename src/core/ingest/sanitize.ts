// DOMPurify over jsdom with an allow-list of reading markup. This is the first barrier;
// the reading schema (only its nodes reach the screen) is the second.
import createDOMPurify from 'dompurify';
import { domWindow, parseHtml, type HtmlElement } from './dom';

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
  SANITIZE_DOM: true,
  WHOLE_DOCUMENT: false,
};

let purifier: { instance: ReturnType<typeof createDOMPurify>; generation: number } | null = null;

/** DOMPurify bound to the current parsing window (it parses into that window's documents). */
function purify(): ReturnType<typeof createDOMPurify> {
  const { window, generation } = domWindow();
  if (purifier?.generation === generation) return purifier.instance;
  // DOMPurify's typings want a browser Window; jsdom's is the same shape at run time.
  const p = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  p.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      const href = node.getAttribute('href') ?? '';
      if (!/^(https?:|mailto:)/i.test(href.trim())) node.removeAttribute('href');
    }
  });
  purifier = { instance: p, generation };
  return p;
}

/**
 * Sanitises a parsed body in place (no second parse). A body parsed in a window that has
 * since been retired is first moved into the current one.
 */
export function sanitize(root: HtmlElement): HtmlElement {
  const purifier = purify();
  const { window } = domWindow();
  const foreign = !((root as object) instanceof window.HTMLElement);
  const body = foreign ? parseHtml(root.innerHTML).body : root;
  purifier.sanitize(body as unknown as Node, { ...CONFIG, IN_PLACE: true });
  return body;
}
