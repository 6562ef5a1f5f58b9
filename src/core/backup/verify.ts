// Checks a backup file before anything trusts it: when it has just been written, and before a
// restore. A zip with exactly the entries the format names; a manifest Gloss understands; a
// database whose bytes match the manifest's hash, that SQLite finds whole (integrity_check,
// every page), at a schema this Gloss knows, with the row counts the snapshot had.
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { LATEST_VERSION } from '../library/migrate';
import { tableCounts } from './counts';
import { BackupRefusedError } from './errors';
import { ASSETS_PREFIX, DATABASE_ENTRY, FORMAT, FORMAT_VERSION, MANIFEST_ENTRY, Manifest } from './format';
import { integrityCheckOnThread } from './integrity-thread';
import { openZip, type ZipEntries } from './zip-read';

export interface CheckedBackup {
  manifest: Manifest;
  /** The database, extracted and checked, beside where it was asked to go. */
  databaseFile: string;
  /** Writes the backup's images into `dir`, each checked against its name (its SHA-256). */
  extractAssets(dir: string): Promise<void>;
  /** Closes the zip and deletes the extracted database unless it was moved away. */
  dispose(): void;
}

export interface CheckOptions {
  /** Where to extract the database: on the same filesystem as where it will go. */
  workDir: string;
  nativeBinding?: string;
  onBytes?: (done: number, total: number) => void;
  /** Called once the file is known to be a backup this Gloss reads (manifest, entries), before its database is extracted and checked. */
  onReadable?: () => void;
}

export async function checkBackup(file: string, options: CheckOptions): Promise<CheckedBackup> {
  const { zip, refuse } = await openBackup(file, 'it is not a Gloss backup, or it was cut short');
  mkdirSync(options.workDir, { recursive: true });
  const databaseFile = join(options.workDir, `.gloss-restore-${randomBytes(6).toString('hex')}.db`);
  const dispose = () => {
    zip.close();
    rmSync(databaseFile, { force: true });
    rmSync(`${databaseFile}-journal`, { force: true });
  };
  try {
    const manifest = await readManifest(zip, refuse);
    const expected = entriesOf(manifest);
    const stray = [...zip.entries.keys()].find((n) => !expected.has(n));
    if (stray !== undefined) throw refuse(`it holds “${stray.slice(0, 100)}”, which no Gloss backup holds (the file was changed)`);
    const missing = [...expected].find((n) => !zip.entries.has(n));
    if (missing !== undefined) throw refuse(`${missing} is missing from it`);

    options.onReadable?.();
    let done = 0;
    const total = zip.entries.get(DATABASE_ENTRY)!.uncompressedSize;
    let sha: string;
    try {
      sha = await zip.extract(DATABASE_ENTRY, databaseFile, (n) => options.onBytes?.((done += n), total));
    } catch (err) {
      throw refuse(`its database cannot be read (${(err as Error).message})`);
    }
    if (sha !== manifest.databaseSha256 || total !== manifest.databaseBytes) throw refuse('its database is not the one its manifest describes (the file was changed or damaged)');
    await checkDatabase(databaseFile, manifest, options.nativeBinding, refuse);

    return {
      manifest,
      databaseFile,
      async extractAssets(dir) {
        mkdirSync(dir, { recursive: true });
        for (const name of manifest.assets) {
          const target = join(dir, name);
          const tmp = `${target}.${process.pid}.tmp`;
          const hash = await zip.extract(ASSETS_PREFIX + name, tmp);
          if (!name.startsWith(`${hash}.`)) {
            rmSync(tmp, { force: true });
            throw refuse(`the image ${name} in it is not what its name says (the file was changed)`);
          }
          renameSync(tmp, target);
        }
      },
      dispose,
    };
  } catch (err) {
    dispose();
    throw err;
  }
}

async function readManifest(zip: ZipEntries, refuse: (reason: string) => Error): Promise<Manifest> {
  if (!zip.entries.has(MANIFEST_ENTRY)) throw refuse('it has no manifest; it is not a Gloss backup');
  let raw: unknown;
  try {
    raw = JSON.parse(await zip.readText(MANIFEST_ENTRY, 256 * 1024 * 1024));
  } catch (err) {
    throw refuse(`its manifest cannot be read (${(err as Error).message})`);
  }
  const head = raw as { format?: unknown; formatVersion?: unknown; schemaVersion?: unknown; appVersion?: unknown };
  const writer = typeof head?.appVersion === 'string' ? `Gloss ${head.appVersion.slice(0, 40)}` : 'another Gloss';
  if (head?.format !== FORMAT) throw refuse('its manifest is not a Gloss backup’s');
  // Said before the full check: a newer format may have fields this Gloss does not know.
  if (typeof head.formatVersion === 'number' && head.formatVersion > FORMAT_VERSION) {
    throw refuse(`it was written by ${writer} in backup format ${head.formatVersion}; this Gloss reads format ${FORMAT_VERSION}. Update Gloss to restore it`);
  }
  if (typeof head.schemaVersion === 'number' && head.schemaVersion > LATEST_VERSION) {
    throw refuse(`it was written by ${writer} (library version ${head.schemaVersion}; this Gloss reads up to ${LATEST_VERSION}). Update Gloss to restore it`);
  }
  const parsed = Manifest.safeParse(raw);
  if (!parsed.success) throw refuse(`its manifest is malformed (${parsed.error.issues[0].path.join('.')}: ${parsed.error.issues[0].message})`);
  return parsed.data;
}

/** What a database must be: the schema version and row counts its snapshot had. */
export interface ExpectedDatabase {
  schemaVersion: number;
  tables: Record<string, number>;
}

/**
 * Checks a database file: integrity_check (every page) on a thread of its own, while this
 * thread reads its schema version and counts its rows. Refuses with `refuse(reason)`.
 */
export async function checkDatabase(file: string, expected: ExpectedDatabase, nativeBinding: string | undefined, refuse: (reason: string) => Error): Promise<void> {
  const integrity = integrityCheckOnThread(file, nativeBinding);
  let contents: unknown = null;
  try {
    checkContents(file, expected, nativeBinding, refuse);
  } catch (err) {
    contents = err;
  }
  let verdict: string[];
  try {
    verdict = await integrity;
  } catch (err) {
    throw refuse(`its database cannot be opened (${(err as Error).message})`);
  }
  // Damage is named first: it explains whatever the counts found.
  if (verdict.join() !== 'ok') throw refuse(`its database is damaged (${verdict[0]})`);
  if (contents) throw contents;
}

function checkContents(file: string, expected: ExpectedDatabase, nativeBinding: string | undefined, refuse: (reason: string) => Error): void {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version !== expected.schemaVersion) throw refuse(`its database is at library version ${version}, not the ${expected.schemaVersion} its manifest says`);
    if (version > LATEST_VERSION) throw refuse(`its library version ${version} is newer than this Gloss reads (${LATEST_VERSION}). Update Gloss to restore it`);
    const counts = tableCounts(db);
    const differs = Object.keys({ ...counts, ...expected.tables }).find((t) => counts[t] !== expected.tables[t]);
    if (differs !== undefined) throw refuse(`its table ${differs} has ${counts[differs] ?? 'no'} rows where the snapshot had ${expected.tables[differs] ?? 'none'}`);
  } catch (err) {
    if (err instanceof BackupRefusedError) throw err;
    throw refuse(`its database cannot be opened (${(err as Error).message})`);
  } finally {
    db?.close();
  }
}

/**
 * Reads a just-written backup back: a zip with exactly the format's entries, the manifest it
 * was given, and a database entry equal byte for byte to `databaseFile` — the snapshot that
 * checkDatabase passed. The zip then holds exactly the checked bytes, without extracting a
 * second copy of them and checking that again.
 */
export async function confirmWritten(file: string, databaseFile: string, written: Manifest): Promise<void> {
  const { zip, refuse } = await openBackup(file, 'it cannot be read back');
  try {
    const manifest = await readManifest(zip, refuse);
    if (JSON.stringify(manifest) !== JSON.stringify(written)) throw refuse('its manifest is not the one written');
    const expected = entriesOf(manifest);
    if (zip.entries.size !== expected.size || [...zip.entries.keys()].some((n) => !expected.has(n))) throw refuse('its entries are not the ones written');
    const entry = zip.entries.get(DATABASE_ENTRY)!;
    if (entry.compressionMethod !== 0 || entry.uncompressedSize !== written.databaseBytes) throw refuse('its database entry is not the one written');
    if (!(await zip.equals(DATABASE_ENTRY, databaseFile))) throw refuse('its database is not the snapshot that was checked');
  } finally {
    zip.close();
  }
}

/** The zip of a backup, and how to refuse it by name; `unreadable` says why when it does not open as a zip. */
async function openBackup(file: string, unreadable: string): Promise<{ zip: ZipEntries; refuse: (reason: string) => BackupRefusedError }> {
  const shown = basename(file);
  const refuse = (reason: string) => new BackupRefusedError(shown, reason);
  try {
    return { zip: await openZip(file), refuse };
  } catch (err) {
    throw refuse(`${unreadable} (${(err as Error).message})`);
  }
}

/** Every entry a backup with this manifest holds, and nothing else. */
function entriesOf(manifest: Manifest): Set<string> {
  return new Set([MANIFEST_ENTRY, DATABASE_ENTRY, ...manifest.assets.map((a) => ASSETS_PREFIX + a)]);
}
