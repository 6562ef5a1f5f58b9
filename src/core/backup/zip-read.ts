// Reading a backup's zip: the entry list first (a file that is no zip, or is cut short, fails
// here), then entries one at a time as streams. Names are checked against the format before
// anything is written, so no entry can name a path outside where it is extracted.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';
import yauzl from 'yauzl';

export interface ZipEntries {
  entries: Map<string, yauzl.Entry>;
  readText(name: string, maxBytes: number): Promise<string>;
  /** Writes an entry to `target`; returns its SHA-256. */
  extract(name: string, target: string, onBytes?: (n: number) => void): Promise<string>;
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

  const stream = (name: string) =>
    new Promise<Readable>((resolve, reject) => {
      const entry = entries.get(name);
      if (!entry) return reject(new Error(`no entry ${name}`));
      zip.openReadStream(entry, (err, s) => (err ? reject(err) : resolve(s)));
    });

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
    close: () => zip.close(),
  };
}
