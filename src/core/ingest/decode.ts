// Bytes → text. Order: BOM, then strict UTF-8 (real pages often carry a meta that lies
// about UTF-8 bytes), then the declared charset, then detection. Never throws; invalid
// bytes become U+FFFD and the caller gets a warning that says so.
import iconv from 'iconv-lite';
import chardet from 'chardet';

export interface Decoded {
  text: string;
  /** The encoding used, in WHATWG-ish lower case: utf-8, utf-16le, gb18030, big5 … */
  encoding: string;
  warnings: string[];
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lossy = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Labels as pages write them → the decoder that reads them right (GBK/GB2312 ⊂ GB18030). */
function normaliseLabel(label: string): string | null {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (['utf-8', 'utf8', 'unicode-1-1-utf-8'].includes(l)) return 'utf-8';
  if (['gb2312', 'gbk', 'x-gbk', 'gb18030', 'cp936', 'chinese', 'csgb2312', 'euc-cn', 'gb_2312-80'].includes(l)) return 'gb18030';
  if (['big5', 'big5-hkscs', 'cn-big5', 'x-x-big5', 'csbig5'].includes(l)) return 'big5';
  if (['utf-16', 'utf-16le'].includes(l)) return 'utf-16le';
  if (l === 'utf-16be') return 'utf-16be';
  return iconv.encodingExists(l) ? l : null;
}

/** The charset an HTML page declares in its first bytes (meta charset, http-equiv, XML). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head);
  return m ? m[1] : null;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

function nonAsciiBytes(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) if (b > 0x7f) n++;
  return n;
}

export function decode(bytes: Uint8Array): Decoded {
  const warnings: string[] = [];
  const done = (text: string, encoding: string): Decoded => {
    if (text.includes('\u0000')) {
      const nuls = text.split('\u0000').length - 1;
      text = text.replaceAll('\u0000', '');
      warnings.push(`${nuls} NUL byte${nuls === 1 ? '' : 's'} removed: the file is damaged`);
    }
    return { text, encoding, warnings };
  };

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return done(decodeUtf8(bytes.subarray(3), warnings), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return done(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return done(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), 'utf-16be');

  try {
    return done(utf8Strict.decode(bytes), 'utf-8');
  } catch {
    // Not valid UTF-8: fall through to what the page says or what the bytes look like.
  }

  const label = declaredCharset(bytes);
  const declared = label ? normaliseLabel(label) : null;
  if (declared && declared !== 'utf-8' && !declared.startsWith('utf-16')) {
    const text = iconv.decode(Buffer.from(bytes), declared);
    const bad = countReplacements(text);
    if (bad === 0 || bad * 200 < nonAsciiBytes(bytes)) {
      if (bad > 0) warnings.push(`${bad} byte sequence${bad === 1 ? ' is' : 's are'} not valid ${label} and ${bad === 1 ? 'was' : 'were'} replaced with �`);
      return done(text, declared);
    }
  }

  // A UTF-8 page with a few damaged sequences is still UTF-8; GBK or Big5 bytes read as
  // UTF-8 fail on nearly every character.
  const lossy = utf8Lossy.decode(bytes);
  const bad = countReplacements(lossy);
  if (bad * 20 < nonAsciiBytes(bytes)) {
    warnUtf8Damage(lossy, warnings);
    return done(lossy, 'utf-8');
  }

  const guess = chardet
    .analyse(bytes)
    .map((m) => normaliseLabel(m.name))
    .find((enc): enc is string => enc !== null && enc !== 'utf-8');
  const encoding = guess ?? 'windows-1252';
  if (label) warnings.push(`the file says it is ${label} but its bytes are ${encoding}; read as ${encoding}`);
  return done(iconv.decode(Buffer.from(bytes), encoding), encoding);
}

function decodeUtf8(bytes: Uint8Array, warnings: string[]): string {
  try {
    return utf8Strict.decode(bytes);
  } catch {
    const text = utf8Lossy.decode(bytes);
    warnUtf8Damage(text, warnings);
    return text;
  }
}

function warnUtf8Damage(text: string, warnings: string[]): void {
  const bad = countReplacements(text);
  if (bad === 1 && text.trimEnd().endsWith('\uFFFD')) {
    warnings.push('the file ends in the middle of a character: it looks truncated');
  } else {
    warnings.push(`${bad} invalid UTF-8 byte sequence${bad === 1 ? ' was' : 's were'} replaced with �`);
  }
}
