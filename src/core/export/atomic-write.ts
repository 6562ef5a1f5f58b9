// Writes that a crash cannot leave half done: the new content goes to a temporary file in
// the same folder, is flushed to disk, and is renamed over the old one (atomic on one file
// system), so a reader, a sync tool or Obsidian sees the old file or the new, never a mix.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

export function writeFileAtomic(path: string, content: string | Buffer): void {
  writeChunksAtomic(path, [content]);
}

/** The same for content made piece by piece (an export too large to hold as one string). */
export function writeChunksAtomic(path: string, chunks: Iterable<string | Buffer>): void {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.gloss-tmp`);
  const fd = openSync(temp, 'wx');
  try {
    for (const chunk of chunks) writeSync(fd, typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw err;
  }
  closeSync(fd);
  try {
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}
