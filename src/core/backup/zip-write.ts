// Writing a backup's zip with yazl: entries stored (not deflated, see format.ts), the file
// flushed to disk before it is given its final name.
import { createWriteStream, fsyncSync, openSync, closeSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';

export type ZipSource = { name: string; file: string } | { name: string; bytes: Buffer };

export async function writeZip(target: string, sources: ZipSource[]): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const s of sources) {
    if ('file' in s) zip.addFile(s.file, s.name, { compress: false });
    else zip.addBuffer(s.bytes, s.name, { compress: false });
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
