// jsdom windows for parsing. Building a window costs milliseconds, parsing into a new
// document of a window microseconds, so windows are shared, but not for ever: jsdom's
// selector engine registers a listener on the window for every document that is queried
// and never removes it, which makes each parse slower than the last. A window is
// therefore retired after a fixed number of documents. jsdom runs no script and fetches
// nothing unless asked, and we never ask.
import { JSDOM } from 'jsdom';

type Window = JSDOM['window'];
const DOCUMENTS_PER_WINDOW = 16;

let current: { window: Window; generation: number; uses: number } | null = null;
let generation = 0;

/** The window to parse one document in; `generation` changes whenever a fresh window replaces it. */
export function domWindow(): { window: Window; generation: number } {
  if (!current || current.uses >= DOCUMENTS_PER_WINDOW) {
    current?.window.close();
    current = { window: new JSDOM('<!doctype html><html><body></body></html>').window, generation: ++generation, uses: 0 };
  }
  current.uses++;
  return current;
}

export type HtmlDocument = ReturnType<Window['DOMParser']['prototype']['parseFromString']>;
export type HtmlElement = HtmlDocument['body'];

export function parseHtml(html: string): HtmlDocument {
  return new (domWindow().window.DOMParser)().parseFromString(html, 'text/html');
}
