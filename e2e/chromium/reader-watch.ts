// What the hostile-HTML test watches while the reader opens articles: script that runs
// (a trap every payload calls), dialogs, requests that leave the app, navigations and
// windows, CSP refusals, and anything the article puts outside its container or outside
// the reading schema. `proveItCounts` shows each watcher sees what it is there to see.
import { expect, type Page } from '@playwright/test';

export interface Tally {
  executed: string[];
  dialogs: string[];
  requestsOut: string[];
  navigations: string[];
  escapes: string[];
  cspViolations: string[];
  pageErrors: string[];
}

const empty = (): Tally => ({ executed: [], dialogs: [], requestsOut: [], navigations: [], escapes: [], cspViolations: [], pageErrors: [] });

/**
 * Elements and attributes the reader draws for a reading-schema document (TipTap's
 * rendering of src/shared/reading/schema.ts): a name allows any value, `name=value` that
 * value only. Anything else inside the article came from somewhere else.
 */
const DRAWN: Record<string, string[]> = {
  P: [], H1: [], H2: [], H3: [], H4: [], H5: [], H6: [], BLOCKQUOTE: [], UL: [], LI: [], STRONG: [], EM: [], S: [], U: [], CODE: [],
  HR: ['contenteditable=false'], BR: ['class=ProseMirror-trailingBreak'],
  OL: ['start', 'type'], PRE: [], A: ['href', 'target', 'rel', 'title'], IMG: ['src', 'alt', 'title', 'width', 'height', 'contenteditable=false', 'draggable=true', 'class=ProseMirror-separator'], FIGCAPTION: [],
  TABLE: ['style'], COLGROUP: [], COL: ['style'], TBODY: [], TR: [], TD: ['colspan', 'rowspan'], TH: ['colspan', 'rowspan'],
};

/** Whatever an article adds outside its container; the app itself draws none of these. */
const FOREIGN = /^(SCRIPT|IFRAME|FRAME|FRAMESET|OBJECT|EMBED|APPLET|PORTAL|FORM|BASE|LINK|META|STYLE|SVG|MATH|TEMPLATE|DIALOG|VIDEO|AUDIO|MARQUEE|NOSCRIPT)$/;

interface Inspect {
  hash: string | null;
  origin: string;
  drawn: Record<string, string[]>;
  foreign: string;
  bodyChildren: string;
  timeoutMs: number;
}

/**
 * In the page: opens `hash` (if given) and waits for the reader to draw it, then lists what
 * is wrong. Runs as one evaluate per article, so that opening hundreds stays quick.
 */
async function openAndInspect({ hash, origin, drawn, foreign, bodyChildren, timeoutMs }: Inspect): Promise<string[]> {
  if (hash !== null) {
    // The reader is keyed by article: a new article is a new container, drawn whole at once.
    const before = document.querySelector('[data-testid="article-body"]');
    location.hash = hash;
    const start = performance.now();
    for (;;) {
      const now = document.querySelector('[data-testid="article-body"]');
      if (now && now !== before) break;
      if (performance.now() - start > timeoutMs) return [`the reader did not open ${hash}`];
      await new Promise((done) => setTimeout(done, 2));
    }
  }
  const problems: string[] = [];
  const bodies = document.querySelectorAll('[data-testid="article-body"]');
  if (bodies.length !== 1) problems.push(`${bodies.length} article containers`);
  const article = bodies[0];
  const children = Array.from(document.body.children, (e) => `${e.tagName}#${e.id}`).join(' ');
  if (children !== bodyChildren) problems.push(`the document's body now holds ${children}`);
  if (window.length !== 0) problems.push(`${window.length} frames in the app`);
  const foreignTag = new RegExp(foreign);
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    if (article?.contains(el)) continue;
    if (foreignTag.test(el.tagName.toUpperCase())) problems.push(`<${el.tagName.toLowerCase()}> outside the article`);
    if (el.hasAttribute('popover')) problems.push(`a popover outside the article`);
  }
  for (const el of Array.from(article?.querySelectorAll('*') ?? [])) {
    const tag = el.tagName.toUpperCase();
    const allowed = drawn[tag];
    if (!allowed) {
      problems.push(`<${el.tagName.toLowerCase()}> in the article`);
      continue;
    }
    for (const { name, value } of Array.from(el.attributes)) {
      if (!allowed.includes(name) && !allowed.includes(`${name}=${value}`)) problems.push(`<${el.tagName.toLowerCase()} ${name}="${value.slice(0, 80)}"> in the article`);
    }
    const position = getComputedStyle(el).position;
    if (position !== 'static' && position !== 'relative') problems.push(`<${el.tagName.toLowerCase()}> positioned ${position}`);
    // Stored images only (ProseMirror's own separator images have no source at all).
    const src = el.getAttribute('src');
    if (tag === 'IMG' && src !== null && !src.startsWith(origin)) problems.push(`an image from ${src.slice(0, 80)}`);
  }
  // Links the reader draws, the article's source link in its header included.
  for (const a of Array.from(document.querySelectorAll('.reader-column a[href]'))) {
    const href = a.getAttribute('href') ?? '';
    if (!/^(https?:|mailto:)/i.test(href)) problems.push(`a link to ${href.slice(0, 80)}`);
  }
  // The app's top bar is still there, on top, and takes the click.
  const bar = document.querySelector('.topbar');
  const box = bar?.getBoundingClientRect();
  if (!bar || !box || box.height < 10 || box.top < 0 || box.width < window.innerWidth / 2) problems.push('the top bar is gone or moved');
  else if (!bar.contains(document.elementFromPoint(box.left + 20, box.top + box.height / 2))) problems.push('something covers the top bar');
  return problems;
}

export class ReaderWatch {
  tally = empty();
  private readonly expectedUrls = new Set<string>();
  private readonly appUrl: string;
  private readonly origin: string;
  private bodyChildren = '';

  private constructor(private readonly page: Page, serverUrl: string) {
    this.origin = new URL(serverUrl).origin;
    this.appUrl = page.url().replace(/#.*$/, '');
  }

  /** Watches `page`, which has the app open from `serverUrl`, and reloads it so that the CSP watcher is in from the start. */
  static async start(page: Page, serverUrl: string): Promise<ReaderWatch> {
    const w = new ReaderWatch(page, serverUrl);
    const own = (url: string) => url.startsWith(`${w.origin}/`) || url.startsWith(`ws://${new URL(serverUrl).host}/`);
    await page.exposeBinding('__pwned', (_source, what: unknown) => void w.tally.executed.push(String(what)));
    await page.exposeBinding('__cspViolation', (_source, what: unknown) => void w.tally.cspViolations.push(String(what)));
    await page.addInitScript(() => {
      // Capture, on window: refusals in every element and document of this frame bubble here.
      window.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __cspViolation(s: string): void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
      }, true);
    });
    page.on('dialog', (d) => {
      w.tally.dialogs.push(`${d.type()}: ${d.message()}`);
      d.dismiss().catch(() => undefined); // gone already if its frame went
    });
    page.on('request', (r) => {
      if (!own(r.url())) w.tally.requestsOut.push(r.url().slice(0, 200));
    });
    page.on('websocket', (ws) => {
      if (!own(ws.url())) w.tally.requestsOut.push(ws.url().slice(0, 200));
    });
    page.on('framenavigated', (f) => {
      if (f !== page.mainFrame()) w.tally.navigations.push(`a frame went to ${f.url().slice(0, 200)}`);
      else if (!w.expectedUrls.has(f.url())) w.tally.navigations.push(f.url().slice(0, 200));
    });
    page.on('frameattached', (f) => w.tally.navigations.push(`a frame was attached: ${f.url().slice(0, 200)}`));
    page.on('popup', (p) => w.tally.navigations.push(`a window opened: ${p.url().slice(0, 200)}`));
    page.on('pageerror', (e) => w.tally.pageErrors.push(e.message.slice(0, 200)));
    w.expectedUrls.add(page.url());
    await page.reload();
    await w.go('#/');
    await expect(page.locator('.topbar')).toBeVisible();
    w.bodyChildren = await page.evaluate(() => Array.from(document.body.children, (e) => `${e.tagName}#${e.id}`).join(' '));
    return w;
  }

  /** A navigation of the test's own: the address it leads to is expected. */
  private async go(hash: string): Promise<void> {
    this.expectedUrls.add(`${this.appUrl}${hash}`);
    await this.page.goto(`${this.appUrl}${hash}`);
  }

  private inspect(hash: string | null): Promise<string[]> {
    if (hash !== null) this.expectedUrls.add(`${this.appUrl}${hash}`);
    return this.page.evaluate(openAndInspect, { hash, origin: this.origin, drawn: DRAWN, foreign: FOREIGN.source, bodyChildren: this.bodyChildren, timeoutMs: 15_000 });
  }

  /** Opens an article in the reader and records whatever is wrong with it, under `label`. */
  async open(id: number, label: string): Promise<void> {
    for (const p of await this.inspect(`#/article/${id}`)) this.tally.escapes.push(`${label}: ${p}`);
  }

  /**
   * Positive controls, with article `id` open: each watcher, shown what it watches for,
   * counts it. Without this a watcher that never fires would pass every article.
   */
  async proveItCounts(id: number): Promise<void> {
    const p = this.page;
    await this.open(id, 'control');
    await p.evaluate(() => (window as unknown as { __pwned(s: string): void }).__pwned('control'));
    await p.evaluate(() => void setTimeout(() => alert('control')));
    await p.evaluate(() => void (new Image().src = 'http://198.51.100.7/control.png'));
    // An inline handler outside the reader: the CSP refuses it, and the refusal is counted.
    await p.evaluate(() => {
      const img = document.createElement('img');
      img.setAttribute('onerror', "__pwned('inline control')");
      img.src = '/control-missing.png';
      document.body.append(img);
    });
    // A cover over the app, and markup in the article that the reading schema never draws.
    await p.evaluate(() => {
      const cover = document.createElement('div');
      cover.style.cssText = 'position:fixed;inset:0;z-index:2147483647';
      document.body.append(cover);
      document.querySelector('[data-testid="article-body"] p')!.innerHTML = '<span style="position:absolute" onclick="x()">control</span>';
    });
    const escapes = await this.inspect(null);
    await p.evaluate(() => void (location.hash = '#/control'));
    const popup = p.waitForEvent('popup');
    await p.evaluate(() => void window.open('about:blank'));
    await (await popup).close();
    await expect.poll(() => ({ ...this.tally, escapes, cspViolations: this.tally.cspViolations.length > 0 })).toMatchObject({
      executed: ['control'],
      dialogs: ['alert: control'],
      requestsOut: ['http://198.51.100.7/control.png'],
      navigations: [`${this.appUrl}#/control`, 'a window opened: about:blank'],
      escapes: [
        expect.stringMatching(/^the document's body now holds/),
        '<span> in the article',
        'something covers the top bar',
      ],
      cspViolations: true,
    });
    await p.evaluate(() => document.querySelectorAll('body > img, body > div:not(#root)').forEach((e) => e.remove()));
    await this.go('#/');
    this.tally = empty();
  }

  /** Lets late events (an image's error, a timer) arrive, then clicks the top bar: it must still work. */
  async finish(): Promise<Tally> {
    await this.page.waitForTimeout(500);
    const windows = this.page.context().pages().length;
    if (windows !== 1) this.tally.navigations.push(`${windows} windows at the end`);
    await this.page.locator('.topbar .brand').click({ timeout: 5_000 });
    await expect(this.page.getByTestId('library-list')).toBeVisible();
    return this.tally;
  }
}
