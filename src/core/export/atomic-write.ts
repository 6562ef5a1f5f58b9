// Writes that a crash cannot leave half done: the new content goes to a temporary file in
// the same folder and is renamed over the old one (atomic on one file system), so a reader,
// a sync tool or Obsidian sees the old file or the new, never a mix. A file that replaces
// one (holding what the user wrote) is flushed to disk before the rename, so a power cut
// cannot leave it empty; a new file has nothing to lose, and skipping the flush is what
// lets 10,000 of them be written in seconds.
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

export function writeFileAtomic(path: string, content: string | Buffer): void {
  writeChunksAtomic(path, [content]);
}

/** The same for content made piece by piece (an export too large to hold as one string). */
export function writeChunksAtomic(path: string, chunks: Iterable<string | Buffer>): void {
  const replacing = existsSync(path);
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.gloss-tmp`);
  const fd = openSync(temp, 'wx');
  try {
    for (const chunk of chunks) writeSync(fd, typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    if (replacing) fsyncSync(fd);
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
