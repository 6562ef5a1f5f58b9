// How the hostile-HTML test packs vectors into files to import. Opening an article is the
// slow part of the test, so body fragments share a file, each behind a marker paragraph;
// a marker missing from the article's document means a neighbour swallowed the fragment
// (an unclosed comment or quote, a <textarea>, a <plaintext>), and it is packed again with
// fewer neighbours, in the end alone. Packed files are written in each encoding Gloss reads.
import iconv from 'iconv-lite';
import type { ReadingNode } from '../../src/shared/model';

export interface Vector {
  /** A file name: it says which vector this is, and (alone) how Gloss reads it. */
  name: string;
  html: string;
  /** A file on its own (front matter, a whole page), never packed with others. */
  whole: boolean;
}

export interface VectorFile {
  name: string;
  bytes: Uint8Array;
  vectors: Vector[];
}

const marker = (v: Vector) => `vector ${v.name}`;

/** Byte encodings, one per packed file in turn: mostly UTF-8, then each way Gloss decodes. */
const ENCODINGS: ((html: string) => Uint8Array)[] = [
  (html) => Buffer.from(html),
  (html) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]),
  (html) => Buffer.from(html),
  (html) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(html, 'utf16le').swap16()]),
  (html) => Buffer.from(html),
  (html) => iconv.encode(`<meta charset="gbk">${html}`, 'gb18030'),
  (html) => Buffer.from(html),
  (html) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html)]),
  (html) => Buffer.from(html),
  // Overlong and invalid UTF-8 spellings of < and >: they must become U+FFFD, never markup.
  (html) => Buffer.concat([Buffer.from(html), Buffer.from([0xc0, 0xbc]), Buffer.from('script'), Buffer.from([0xc0, 0xbe]), Buffer.from("__pwned('overlong')")]),
  (html) => Buffer.from(html),
  // UTF-7 is declared but never honoured over valid UTF-8 (a classic filter bypass).
  (html) => Buffer.from(`<meta charset="utf-7">${html}+ADw-script+AD4-__pwned('utf-7')+ADw-/script+AD4-`),
];

/**
 * Opens every packed file: Gloss reads a file as a whole page (through Readability) when
 * its first 4 KB show a <title> or <body>, which one vector's markup would decide for all.
 * Packed, every vector goes straight to the sanitizer; alone, each is also read its own way.
 */
const PREAMBLE = `<p>${'这篇文章由多个测试向量组成，每个向量前后各有一行标记。'.repeat(160)}</p>\n`;

/**
 * Closes what a vector may leave open (a comment, a quote, a raw-text element, foreign
 * content, a heading or preformatted block), so that fewer of the next ones are swallowed
 * and packed again. It comes after the vector, so the vector itself is as generated.
 */
const CLOSE = `<!-- -->"'>--></textarea></title></style></xmp></noembed></noframes></iframe></noscript></select></template></svg></math></table></pre></h1></h2></h3></h4></h5></h6></figcaption></a>`;

/** Files holding `vectors`: whole ones alone, fragments `perFile` to a file between their markers. */
export function pack(vectors: readonly Vector[], perFile: number, tag: string): VectorFile[] {
  const files: VectorFile[] = vectors.filter((v) => v.whole).map((v) => ({ name: v.name, bytes: Buffer.from(v.html), vectors: [v] }));
  const fragments = vectors.filter((v) => !v.whole);
  for (let i = 0, n = 0; i < fragments.length; i += perFile, n++) {
    const group = fragments.slice(i, i + perFile);
    const html = PREAMBLE + group.map((v) => `<p>${marker(v)}</p>\n${v.html}\n${CLOSE}<p>end of ${v.name}</p>`).join('\n');
    if (group.length === 1) files.push({ name: group[0].name, bytes: Buffer.from(html), vectors: group });
    else files.push({ name: `${tag}-${group[0].name}…${group.at(-1)!.name}.html`, bytes: ENCODINGS[n % ENCODINGS.length](html), vectors: group });
  }
  return files;
}

/** The vectors of a packed file whose marker is not a paragraph of the imported document. */
export function swallowed(file: VectorFile, doc: ReadingNode[] | undefined): Vector[] {
  if (file.vectors.length === 1) return [];
  const found = new Set<string>();
  const walk = (nodes: ReadingNode[] = []) => {
    for (const n of nodes) {
      if (n.type === 'paragraph') found.add((n.content ?? []).map((c) => c.text ?? '').join(''));
      else walk(n.content);
    }
  };
  walk(doc);
  return file.vectors.filter((v) => !found.has(marker(v)));
}
