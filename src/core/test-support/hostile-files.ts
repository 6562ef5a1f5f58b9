// Files an importer must survive (issue 14, "importer fuzzing"; ../shared/design/SECURITY.md
// I1–I3), written into a folder: random bytes and tag soup, every 1 % truncation of real
// articles, nesting 100,000 deep, a 50 MB page, invalid bytes in each supported encoding,
// front matter that is not YAML, and a saved page whose `_files` folder holds symlinks and
// 10,000 entries. Defaults sample; `full` writes every truncation and many more random files.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { CORPUS, SEED } from './corpus';

export const SAVED_PAGE = join(CORPUS, 'saved-pages/gbk-saved-163_6.html');
const SAVED_FILES = join(CORPUS, 'saved-pages/gbk-saved-163_6_files');

/** What a file is, for the report of the one that failed. */
export interface HostileFile {
  path: string;
  kind: string;
}

export interface HostileOptions {
  full: boolean;
  /** Where symlinks may point outside the import folder (never imported). */
  outside: string;
}

export function writeHostileFiles(dir: string, options: HostileOptions): HostileFile[] {
  const files: HostileFile[] = [];
  const add = (name: string, kind: string, bytes: Uint8Array | string) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    files.push({ path, kind });
  };
  const seed = 0x61c;

  // Random bytes, and random markup (where parsers take their slow and strange paths).
  const random = fc.sample(fc.tuple(fc.uint8Array({ maxLength: 64 * 1024 }), fc.constantFrom('html', 'md', 'txt', 'htm')), { numRuns: options.full ? 200 : 12, seed });
  random.forEach(([bytes, ext], i) => add(`random-${i}.${ext}`, 'random bytes', bytes));
  const soup = fc.sample(fc.tuple(fc.array(fc.constantFrom(...SOUP), { maxLength: 3000 }), fc.boolean()), { numRuns: options.full ? 200 : 12, seed });
  soup.forEach(([tokens, page], i) => add(`soup-${i}.html`, 'tag soup', (page ? '<!doctype html><html><body>' : '') + tokens.join('')));
  // Found by the soup: a document that is a frameset has no body at all.
  add('frameset.html', 'tag soup', '<frameset><br/><svg>=<base href="file:///">text<xmp>');

  // Every 1 % truncation of the seed and of a saved page (its `_files` folder beside them).
  const cuts = options.full ? Array.from({ length: 99 }, (_, i) => i + 1) : fc.sample(fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 6, maxLength: 6 }), { numRuns: 1, seed })[0];
  const pageFolder = join(dir, 'truncated');
  copyFolder(SAVED_FILES, join(pageFolder, 'gbk-saved-163_6_files'));
  for (const [source, ext] of [[SEED, 'txt'], [SAVED_PAGE, 'html']] as const) {
    const bytes = readFileSync(source);
    for (const pct of cuts) {
      const name = `truncated/${ext}-${String(pct).padStart(2, '0')}.${ext}`;
      add(name, `${pct} % of ${source.split('/').pop()}`, bytes.subarray(0, Math.floor((bytes.length * pct) / 100)));
    }
  }

  // Nesting 100,000 deep, in every shape a parser or walker recurses on.
  const n = 100_000;
  add('nested-div.html', 'nesting', `<html><body>${'<div>'.repeat(n)}正文${'</div>'.repeat(n)}</body></html>`);
  add('nested-list.html', 'nesting', `<html><body>${'<ul><li>'.repeat(n)}正文${'</li></ul>'.repeat(n)}</body></html>`);
  add('nested-table.html', 'nesting', `<html><body>${'<table><tr><td>'.repeat(n)}正文</body></html>`);
  add('nested-unclosed.html', 'nesting', `${'<div>'.repeat(n)}正文`);
  add('nested-inline.html', 'nesting', `<html><body><p>${'<b><i>'.repeat(n / 2)}正文</p></body></html>`);
  add('nested-svg.html', 'nesting', `<html><body>${'<svg><g>'.repeat(n / 2)}正文</body></html>`);
  add('nested-quote.md', 'nesting', `${'> '.repeat(n)}正文\n`);
  add('nested-list.md', 'nesting', `${Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- 第${i}层`).join('\n')}\n`);
  add('nested-html-in.md', 'nesting', `# 标题\n\n${'<blockquote>'.repeat(n)}正文\n`);
  add('nested-post.md', 'nesting', `---\ntitle: 深\n---\n${'<section>'.repeat(n)}正文${'</section>'.repeat(n)}`);

  // 50 MB pages made as ../shared/corpus/make-large.sh makes one, real article bodies over
  // and over: one byte over the default limit, and under `full` one exactly at it (parsed).
  add('large-over-limit.html', 'a 50 MB page', largePage(50 * 1024 * 1024 + 1));
  if (options.full) add('large-at-limit.html', 'a 50 MB page', largePage(50 * 1024 * 1024));

  // Invalid byte sequences in each supported encoding.
  const encodings: [string, string, number[][]][] = [
    [SEED, 'txt', [[0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe6, 0x88], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x00]]],
    [join(CORPUS, 'encodings/utf8bom-page-sina_sina.html'), 'html', [[0xfe], [0xe6, 0x20], [0xf4, 0x90, 0x80, 0x80]]],
    [join(CORPUS, 'encodings/utf16le-page-guancha_3.html'), 'html', [[0x00, 0xd8], [0x00, 0xdc, 0x00, 0xdc], [0x41]]],
    [join(CORPUS, 'encodings/gbk-page-qq_qq.html'), 'html', [[0x81, 0x20], [0xff], [0x80], [0xfe, 0x7f]]],
    [join(CORPUS, 'encodings/big5-page-sina_3.html'), 'html', [[0x80], [0xff, 0xff], [0xa1, 0x20], [0xc8, 0x40]]],
  ];
  for (const [source, ext, sequences] of encodings) {
    const bytes = readFileSync(source);
    const variants = fc.sample(fc.array(fc.tuple(fc.nat(), fc.constantFrom(...sequences)), { minLength: 1, maxLength: 50 }), { numRuns: options.full ? 10 : 1, seed });
    variants.forEach((insertions, i) => add(`encoding-${source.split('/').pop()!.split('.')[0]}-${i}.${ext}`, `invalid bytes in ${source.split('/').pop()}`, insert(bytes, insertions)));
  }

  // Front matter that is not YAML.
  const body = '\n正文第一段。\n\n正文第二段。\n';
  FRONT_MATTER.forEach((fm, i) => add(`front-matter-${i}.md`, 'front matter that is not YAML', `---\n${fm}\n---\n${body}`));
  add('front-matter-deep.md', 'front matter that is not YAML', `---\ntitle: ${'['.repeat(n)}\n---\n${body}`);
  add('front-matter-huge.md', 'front matter that is not YAML', `---\ntitle: ${'长'.repeat(5_000_000)}\n---\n${body}`);
  add('front-matter-binary.md', 'front matter that is not YAML', Buffer.concat([Buffer.from('---\ntitle: '), Buffer.from(fc.sample(fc.uint8Array({ minLength: 2000, maxLength: 2000 }), { numRuns: 1, seed })[0]), Buffer.from(`\n---\n${body}`)]));

  files.push(savedPageWithTrap(join(dir, 'saved'), options.outside));
  return files;
}

const SOUP = [
  '<div>', '</div>', '<p>', '</p>', '<span>', '<b>', '</b>', '<a href="https://example.com/">', '</a>', '<ul>', '<li>', '</ul>', '<table>', '<tr>',
  '<td colspan="100000000">', '</table>', '<svg>', '<math>', '<mi>', '<style>', '</style>', '<script>', '</script>', '<template>', '<!--', '-->',
  '<![CDATA[', ']]>', '&amp;', '&#x0;', '&#xD800;', '&nbsp', '<img src="data:image/png;base64,iVBOR">', '<img src=x onerror=alert(1)>',
  '<base href="file:///">', '<meta charset="big5">', '<form>', '<select><option>', '<noscript>', '<pre>', '\n', '\u0000', '\u202e', '正文',
  'text', '<h1>', '</h1>', '<blockquote>', '<ol start="-1">', '<br/>', '</br>', '<!doctype html>', '<html>', '<body>', '</body>', '</html>',
  '<iframe srcdoc="<b>">', '<object>', '<frameset>', '<plaintext>', '<xmp>', '<title>', '<textarea>', '<keygen>', '<' , '>', '"', "'", '=',
];

const FRONT_MATTER = [
  '{{{ [[[ :\t: :',
  'title: "unterminated',
  'a: &a [*a, *a, *a]\nb: &b [*a, *a, *a]\nc: &c [*b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  '[toml]\ntitle = "不是 YAML"',
  '\ttitle:\t\tbad indentation\n  - a\n b',
  'title: !!python/object/apply:os.system ["echo pwned"]',
  '? [a, b]\n: c\n? {x: 1}\n: d',
  'title: 标题\ntitle: 又一个标题\n<<: *undefined',
  '%YAML 9.9\n---\ntitle: x',
  'date: 9999-99-99T99:99:99\ntags: {a: [b, {c: d}]}\ncategories: 7',
  '\u0000\u0001\u0002title: x',
  '"json": {"title": [1, 2, {"3": null}]}',
];

/** The article bodies of the corpus's hexo posts, repeated until `size` bytes (make-large.sh). */
function largePage(size: number): Buffer {
  const folder = join(CORPUS, 'hexo-zh');
  const bodies = readdirSync(folder)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(folder, f), 'utf8');
      const title = /^title: '(.*)'$/m.exec(text)?.[1] ?? f;
      return Buffer.from(`<article><h1>${title}</h1>\n${text.split(/^---$/m).slice(2).join('---')}</article>\n`);
    });
  const head = Buffer.from('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>Large page: 50 MB of real articles</title></head><body>\n');
  const tail = Buffer.from('</body></html>\n');
  const out = Buffer.alloc(size, 0x20);
  let at = head.copy(out, 0);
  for (let i = 0; at + tail.length < size; i++) at += bodies[i % bodies.length].copy(out, at, 0, Math.min(bodies[i % bodies.length].length, size - tail.length - at));
  tail.copy(out, size - tail.length);
  return out;
}

/** `bytes` with each sequence inserted at its position (wrapped to the length). */
function insert(bytes: Buffer, insertions: [number, number[]][]): Buffer {
  const at = insertions.map(([pos, seq]) => [pos % (bytes.length + 1), seq] as const).sort((a, b) => a[0] - b[0]);
  const parts: Buffer[] = [];
  let from = 0;
  for (const [pos, seq] of at) {
    parts.push(bytes.subarray(from, pos), Buffer.from(seq));
    from = pos;
  }
  parts.push(bytes.subarray(from));
  return Buffer.concat(parts);
}

function copyFolder(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) copyFileSync(join(from, name), join(to, name));
}

export const TRAP_ENTRIES = 10_000;

/**
 * A saved page whose `_files` folder holds its real images, 10,000 more entries and
 * symlinks: out of the folder (to a secret beside it and to /etc/passwd), to itself, in a
 * loop, dangling, to a device; the page points at each of them. Only its real images may
 * reach the library.
 */
function savedPageWithTrap(dir: string, outside: string): HostileFile {
  const files = join(dir, 'trap_files');
  copyFolder(SAVED_FILES, files);
  for (let i = 0; i < TRAP_ENTRIES; i++) writeFileSync(join(files, `entry-${String(i).padStart(5, '0')}.txt`), `${i}`);
  const links: [string, string][] = [
    ['secret.png', join(outside, 'secret.png')],
    ['passwd.png', '/etc/passwd'],
    ['zero.png', '/dev/zero'],
    ['self', '.'],
    ['up', '..'],
    ['loop-a.png', 'loop-b.png'],
    ['loop-b.png', 'loop-a.png'],
    ['dangling.png', 'nowhere.png'],
    ['image-link.png', 'image1.png'],
  ];
  for (const [name, target] of links) symlinkSync(target, join(files, name));
  const page = readFileSync(SAVED_PAGE, 'latin1').replaceAll('gbk-saved-163_6_files/', 'trap_files/');
  const images = [...links.map(([name]) => name), 'self/image2.png', 'up/trap_files/image3.png', 'entry-09999.txt'].map((n) => `<img src="trap_files/${n}">`).join('');
  const path = join(dir, 'trap.html');
  writeFileSync(path, Buffer.from(page.replace(/<\/body>/i, `${images}</body>`), 'latin1'));
  return { path, kind: 'a saved page whose _files folder holds symlinks and 10,000 entries' };
}
