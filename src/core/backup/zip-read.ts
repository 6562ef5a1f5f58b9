// Reading a backup's zip: the entry list first (a file that is no zip, or is cut short, fails
// here), then entries one at a time as streams. Names are checked against the format before
// anything is written, so no entry can name a path outside where it is extracted.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { Readable, Transform } from 'node:stream';
import yauzl from 'yauzl';

/** Large reads: a few hundred for a 300 MB database, not twenty thousand. */
const READ_CHUNK = 1 << 20;

export interface ZipEntries {
  entries: Map<string, yauzl.Entry>;
  readText(name: string, maxBytes: number): Promise<string>;
  /** Writes an entry to `target`; returns its SHA-256. */
  extract(name: string, target: string, onBytes?: (n: number) => void): Promise<string>;
  /** Whether an entry's bytes are exactly `file`'s. */
  equals(name: string, file: string): Promise<boolean>;
  close(): void;
}

export async function openZip(file: string): Promise<ZipEntries> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false, strictFileNames: true, validateEntrySizes: true }, (err, z) => (err ? reject(err) : resolve(z))),
  );
  const entries = new Map<string, yauzl.Entry>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (e: yauzl.Entry) => {
      entries.set(e.fileName, e);
      zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  }).catch((err) => {
    zip.close();
    throw err;
  });

  /**
   * An entry's bytes. A stored entry (every entry of a backup) is read straight from its place
   * in the file in large reads: yauzl's own stream reads 16 KB at a time, which made reading a
   * 300 MB database back several times slower than copying it. Its size is checked here as
   * yauzl would (validateEntrySizes); a deflated entry goes through yauzl.
   */
  const stream = async (name: string): Promise<Readable> => {
    const entry = entries.get(name);
    if (!entry) throw new Error(`no entry ${name}`);
    if (entry.compressionMethod === 0 && entry.compressedSize === entry.uncompressedSize) {
      const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
      if (entry.compressedSize === 0) return Readable.from([]);
      return createReadStream(file, { start: fileDataStart, end: fileDataStart + entry.compressedSize - 1, highWaterMark: READ_CHUNK });
    }
    return zip.openReadStreamPromise(entry);
  };

  return {
    entries,
    async readText(name, maxBytes) {
      const entry = entries.get(name);
      if (!entry) throw new Error(`no ${name}`);
      if (entry.uncompressedSize > maxBytes) throw new Error(`${name} is larger than ${maxBytes} bytes`);
      const chunks: Buffer[] = [];
      for await (const c of await stream(name)) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    async extract(name, target, onBytes) {
      const hash = createHash('sha256');
      const tap = new Transform({
        transform(chunk: Buffer, _enc, done) {
          hash.update(chunk);
          onBytes?.(chunk.length);
          done(null, chunk);
        },
      });
      await pipeline(await stream(name), tap, createWriteStream(target));
      return hash.digest('hex');
    },
    async equals(name, file) {
      const other = await open(file, 'r');
      try {
        let at = 0;
        const theirs = Buffer.allocUnsafe(READ_CHUNK);
        for await (const c of await stream(name)) {
          const ours = c as Buffer;
          for (let i = 0; i < ours.length; i += theirs.length) {
            const part = ours.subarray(i, i + theirs.length);
            const { bytesRead } = await other.read(theirs, 0, part.length, at);
            if (bytesRead !== part.length || !theirs.subarray(0, bytesRead).equals(part)) return false;
            at += bytesRead;
          }
        }
        return at === (await other.stat()).size;
      } finally {
        await other.close();
      }
    },
    close: () => zip.close(),
  };
}
