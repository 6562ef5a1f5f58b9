// Recognises files that are not text before any decoding, so a PNG renamed .html gets
// "this is a PNG image" rather than a page of mojibake.

const SIGNATURES: { name: string; bytes: number[]; offset?: number }[] = [
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a ZIP archive (or an Office/EPUB file)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'a 7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'a RAR archive', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { name: 'an old Microsoft Office document', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'an executable (ELF)', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'a WebP image', bytes: [0x57, 0x45, 0x42, 0x50], offset: 8 },
  { name: 'an MP4/MOV video', bytes: [0x66, 0x74, 0x79, 0x70], offset: 4 },
  { name: 'a SQLite database', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66] },
];

/** What a binary file looks like ("a PNG image"), or null when it may be text. */
export function sniffBinary(bytes: Uint8Array): string | null {
  for (const sig of SIGNATURES) {
    const at = sig.offset ?? 0;
    if (bytes.length >= at + sig.bytes.length && sig.bytes.every((b, i) => bytes[at + i] === b)) return sig.name;
  }
  if (hasUtf16Bom(bytes)) return null;
  // Text has almost no C0 controls besides tab, newlines, form feed and escape; a file
  // where they are common is binary whatever its name says. A few NULs in a page are
  // damage, not binary, and are dropped later with a warning.
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of sample) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  return sample.length > 0 && controls / sample.length > 0.1 ? 'binary data' : null;
}

export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/** Sniffs an image's type from its bytes; only raster types that cannot carry script. */
export function sniffImage(bytes: Uint8Array): 'png' | 'jpg' | 'gif' | 'webp' | 'avif' | 'bmp' | null {
  const starts = (sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
  if (starts([0x89, 0x50, 0x4e, 0x47])) return 'png';
  if (starts([0xff, 0xd8, 0xff])) return 'jpg';
  if (starts([0x47, 0x49, 0x46, 0x38])) return 'gif';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  if (starts([0x66, 0x74, 0x79, 0x70, 0x61, 0x76, 0x69, 0x66], 4)) return 'avif';
  if (starts([0x42, 0x4d])) return 'bmp';
  return null;
}
