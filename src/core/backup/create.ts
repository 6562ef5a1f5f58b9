// Writing a backup. The database is copied with SQLite's online backup API from a separate
// read-only connection inside one read transaction: the copy is the library at one instant,
// whatever the app or another process writes meanwhile, and the row counts the manifest
// records are taken in that same transaction. The snapshot is verified (integrity_check on a
// thread of its own, schema version, row counts; see verify.ts) while it is written into the
// zip under a temporary name; the zip is then read back and its database entry compared byte
// for byte with the verified snapshot, and only then given its name: a file under a backup's
// name has passed verification, and one that fails is deleted and reported.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import Database from 'better-sqlite3';
import type { BackupInfo, BackupProgress } from '../../shared/model';
import type { Library } from '../library/db';
import { headlineCounts, tableCounts } from './counts';
import { BackupFailedError, BackupRefusedError } from './errors';
import { ASSETS_PREFIX, DATABASE_ENTRY, FORMAT, FORMAT_VERSION, MANIFEST_ENTRY, type Manifest } from './format';
import { checkDatabase, confirmWritten } from './verify';
import { syncFolder, writeZip } from './zip-write';

/** Large reads: fewer chunks through the hash, the CRC and the zip. */
const READ_CHUNK = 1 << 20;

const ASSET_NAME = /^[0-9a-f]{64}\.(png|jpg|gif|webp|avif|bmp)$/;

export interface CreateOptions {
  appVersion: string;
  kind?: BackupInfo['kind'];
  now?: Date;
  onProgress?: (p: BackupProgress) => void;
}

export async function createBackup(lib: Library, target: string, options: CreateOptions): Promise<BackupInfo> {
  const progress = (phase: BackupProgress['phase'], fraction: number) => options.onProgress?.({ action: 'backup', phase, fraction });
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  const copy = `${target}.${process.pid}.db.tmp`;
  const created = (options.now ?? new Date()).toISOString();
  try {
    progress('copying', 0);
    const { tables, schemaVersion, assets } = await snapshot(lib, copy, (f) => progress('copying', f * 0.4));
    const failed = (err: unknown) =>
      new BackupFailedError(`the backup was written but failed verification, so it was deleted: ${err instanceof BackupRefusedError ? err.message.replace(/ Nothing was changed\.$/, '') : (err as Error).message}`);
    // The snapshot is checked (integrity_check on a thread of its own, the schema version and
    // row counts here) while it is written into the zip: two cores, one pass each.
    const checking = checkDatabase(copy, { schemaVersion, tables }, lib.nativeBinding, (reason) => new BackupRefusedError(basename(target), reason));
    checking.catch(() => undefined);
    // The database's hash is taken as it is written into the zip, and the manifest that
    // records it written after it: one pass over the bytes, not two.
    const hash = createHash('sha256');
    let hashed = 0;
    const databaseBytes = statSync(copy).size;
    const hashing = new Transform({
      transform(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        hashed += chunk.length;
        progress('writing', 0.4 + (0.3 * hashed) / Math.max(1, databaseBytes));
        done(null, chunk);
      },
    });
    let manifest: Manifest | null = null;
    progress('writing', 0.4);
    try {
      await writeZip(partial, [
        { name: DATABASE_ENTRY, later: () => createReadStream(copy, { highWaterMark: READ_CHUNK }).pipe(hashing, { end: true }) },
        ...assets.map((a) => ({ name: ASSETS_PREFIX + a, file: join(lib.assetsPath, a) })),
        {
          name: MANIFEST_ENTRY,
          later: () => {
            manifest = {
              format: FORMAT,
              formatVersion: FORMAT_VERSION,
              schemaVersion,
              appVersion: options.appVersion,
              created,
              counts: headlineCounts(tables),
              tables,
              databaseSha256: hash.digest('hex'),
              databaseBytes,
              assets,
            };
            return Readable.from([Buffer.from(JSON.stringify(manifest, null, 2))]);
          },
        },
      ]);
    } finally {
      await checking.catch(() => undefined);
    }
    if (!manifest) throw new BackupFailedError('the backup was not written whole');
    const written: Manifest = manifest;
    progress('verifying', 0.7);
    try {
      await checking;
      // The zip read back: its database entry is the checked snapshot, byte for byte.
      await confirmWritten(partial, copy, written);
    } catch (err) {
      throw failed(err);
    }
    renameSync(partial, target);
    syncFolder(dirname(target));
    progress('done', 1);
    return { name: basename(target), created, bytes: statSync(target).size, ...written.counts, verified: true, kind: options.kind ?? 'backup', appVersion: options.appVersion };
  } finally {
    rmSync(copy, { force: true });
    rmSync(`${copy}-journal`, { force: true });
    rmSync(partial, { force: true });
  }
}

/** Pages copied per step: few steps (each yields to the event loop and reports progress), not one. */
const SNAPSHOT_STEP = 16_384;

/** Copies the library at one instant into `copy` (rollback-journal mode, so it is one file). */
async function snapshot(lib: Library, copy: string, onFraction: (f: number) => void) {
  const reader = new Database(lib.path, { readonly: true, fileMustExist: true, nativeBinding: lib.nativeBinding });
  try {
    reader.exec('BEGIN');
    // The first read starts the transaction: every count, and the copy below, see this instant.
    const tables = tableCounts(reader);
    const schemaVersion = reader.pragma('user_version', { simple: true }) as number;
    // Images are written before the article that names them commits (assets.ts): every image
    // the snapshot refers to is already in the folder.
    const assets = existsSync(lib.assetsPath) ? readdirSync(lib.assetsPath).filter((n) => ASSET_NAME.test(n)).sort() : [];
    await reader.backup(copy, {
      progress: ({ totalPages, remainingPages }) => {
        onFraction(totalPages ? 1 - remainingPages / totalPages : 1);
        return SNAPSHOT_STEP;
      },
    });
    reader.exec('COMMIT');
    const out = new Database(copy);
    try {
      out.pragma('journal_mode = DELETE');
    } finally {
      out.close();
    }
    return { tables, schemaVersion, assets };
  } finally {
    reader.close();
  }
}
