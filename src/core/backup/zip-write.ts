// Writing a backup's zip with yazl: entries stored (not deflated, see format.ts), the file
// flushed to disk before it is given its final name.
import { createWriteStream, fsyncSync, openSync, closeSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';

/** `later`: asked for its bytes only when the entries before it are written (a manifest that records their hash). */
export type ZipSource = { name: string; file: string } | { name: string; bytes: Buffer } | { name: string; later: () => Readable };

export async function writeZip(target: string, sources: ZipSource[]): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const s of sources) {
    if ('file' in s) zip.addFile(s.file, s.name, { compress: false });
    else if ('bytes' in s) zip.addBuffer(s.bytes, s.name, { compress: false });
    else {
      const later = s.later;
      zip.addReadStreamLazy(s.name, { compress: false }, (cb) => cb(null, later()));
    }
  }
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(target));
  syncFile(target);
}

/** Flushes a file's bytes to the disk, so a rename that follows never names a half-written file. */
export function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a folder's entries (a rename in it) where the platform allows it. */
export function syncFolder(path: string): void {
  if (process.platform === 'win32') return; // folders cannot be opened for fsync there
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
