// A zip's entries as text, by name: how the export tests read what the app handed over (a
// browser download, or the bytes of one).
import { readFileSync } from 'node:fs';
import yauzl from 'yauzl';

export function unzipTexts(zipFile: string | Buffer): Promise<Map<string, string>> {
  const bytes = typeof zipFile === 'string' ? readFileSync(zipFile) : zipFile;
  return new Promise((done, fail) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (err, zip) => {
      if (err) return fail(err);
      const files = new Map<string, string>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e) return fail(e);
          const parts: Buffer[] = [];
          stream.on('data', (b: Buffer) => parts.push(b)).on('end', () => {
            files.set(entry.fileName, Buffer.concat(parts).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => done(files)).on('error', fail);
      zip.readEntry();
    });
  });
}
