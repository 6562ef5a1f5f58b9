// DOMPurify over jsdom with an allow-list of reading markup. This is the first barrier;
// the reading schema (only its nodes reach the screen) is the second.
import createDOMPurify from 'dompurify';
import { domWindow, type HtmlElement } from './dom';

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
  // The sanitised body element, parsed by DOMPurify itself: the tree it checked is the
  // tree we read, with no parse in between.
  RETURN_DOM: true,
};

let purifier: { instance: ReturnType<typeof createDOMPurify>; generation: number } | null = null;

/** DOMPurify bound to the current parsing window (it parses into that window's documents). */
function purify(): ReturnType<typeof createDOMPurify> {
  const { window, generation } = domWindow();
  if (purifier?.generation === generation) return purifier.instance;
  // DOMPurify's typings want a browser Window; jsdom's is the same shape at run time.
  const p = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  // Set once: parsing the config on every call costs more than sanitising a short article.
  p.setConfig(CONFIG);
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
 * Sanitises a cleaned-up body. DOMPurify gets it as markup, its default and most tested
 * path: one parse and one walk. In place it walks the tree four more times (to guard
 * against hooks that move nodes), which made sanitising the slowest step of an import.
 */
export function sanitize(root: HtmlElement): HtmlElement {
  return purify().sanitize(root.innerHTML) as unknown as HtmlElement;
}
