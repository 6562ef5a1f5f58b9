// Backups and restore (issue 13): a library with every kind of thing a user makes goes out
// and comes back identical, row by row over every table and image by image; files that are
// not good backups are refused with the library left byte for byte as it was.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHighlight, findQuote, getHighlight } from '../annotations/highlights';
import { importPaths } from '../ingest/import-files';
import { openLibrary, type Library } from '../library/db';
import { LATEST_VERSION } from '../library/migrate';
import { annotate } from '../test-support/annotated-library';
import { CORPUS, SEED } from '../test-support/corpus';
import { libraryState } from '../test-support/library-state';
import { createBackup } from './create';
import { BackupRefusedError } from './errors';
import { listBackups } from './list';
import { restoreBackup } from './restore';
import { openZip } from './zip-read';
import { writeZip, type ZipSource } from './zip-write';

const dir = mkdtempSync(join(tmpdir(), 'gloss-backup-'));
const libraryPath = join(dir, 'Gloss', 'library.db');
const backupsFolder = join(dir, 'Gloss Backups');
let lib: Library;
let backupFile: string;

beforeAll(async () => {
  lib = openLibrary(libraryPath);
  await annotate(lib);
  // A saved page brings its images into the library's assets folder.
  await importPaths(lib, [join(CORPUS, 'saved-pages/gbk-saved-163_6.html')]);
  // An orphaned highlight: its passage removed from the article by a re-import.
  const seedCopy = join(dir, 'seed.md');
  writeFileSync(seedCopy, `${readFileSync(SEED, 'utf8')}\n<p>a copy of its own</p>\n`);
  const [seed] = (await importPaths(lib, [seedCopy])).results;
  const orphan = createHighlight(lib, { articleId: seed.id!, ...findQuote(lib, seed.id!, '在漫长的等待与煎熬中，市场非常关注') });
  writeFileSync(seedCopy, readFileSync(seedCopy, 'utf8').replace('<p>在漫长的等待与煎熬中，市场非常关注。</p>', ''));
  await importPaths(lib, [seedCopy]);
  expect(getHighlight(lib, orphan.id)!.anchor).toBe('orphaned');
  backupFile = join(backupsFolder, 'round-trip.glossbackup');
}, 120_000);
afterAll(() => {
  lib.close();
  rmSync(dir, { recursive: true, force: true });
});

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const images = (folder: string) => Object.fromEntries(readdirSync(folder).sort().map((n) => [n, sha(join(folder, n))]));

/** The library file, its journals and its images, byte for byte. */
function fileState(path: string) {
  const held = (f: string) => (existsSync(f) ? sha(f) : null);
  const assets = path.replace(/\.db$/, '.assets');
  return { db: sha(path), wal: held(`${path}-wal`), shm: existsSync(`${path}-shm`), assets: existsSync(assets) ? images(assets) : null };
}

describe('backup', () => {
  it('writes a verified backup whose manifest counts what the library holds', async () => {
    const info = await createBackup(lib, backupFile, { appVersion: '0.1.0' });
    const state = libraryState(lib.db);
    expect(info).toMatchObject({ name: 'round-trip.glossbackup', verified: true, kind: 'backup', articles: state.articles.rows, highlights: state.highlights.rows, claims: state.claims.rows });
    expect(info.articles).toBe(4);
    expect(info.bytes).toBe(statSync(backupFile).size);
    expect(readdirSync(backupsFolder)).toEqual(['round-trip.glossbackup']); // no temporary file left
    const zip = await openZip(backupFile);
    const names = [...zip.entries.keys()];
    zip.close();
    // The database first, then the images, then the manifest that records the database's hash.
    expect(names[0]).toBe('library.db');
    expect(names.at(-1)).toBe('manifest.json');
    expect(names.slice(1, -1).map((n) => n.replace(/^assets\//, ''))).toEqual(readdirSync(lib.assetsPath).sort());
    expect(names.length).toBeGreaterThan(2);
    expect(await listBackups(backupsFolder)).toEqual([info]);
  });

  it('round trip: restored into a fresh library, every table and every image is identical', async () => {
    const fresh = join(dir, 'fresh', 'library.db');
    const result = await restoreBackup(fresh, backupFile, { backupsFolder, appVersion: '0.1.0', current: null, release: () => undefined });
    expect(result.keptAs).toBeNull();
    const restored = openLibrary(fresh);
    try {
      expect(libraryState(restored.db)).toEqual(libraryState(lib.db));
      expect(images(restored.assetsPath)).toEqual(images(lib.assetsPath));
      expect(restored.db.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      restored.close();
    }
  });

  it('restore over a library keeps a copy of it first, then replaces it with the backup', async () => {
    const target = join(dir, 'other', 'library.db');
    const other = openLibrary(target);
    await importPaths(other, [join(CORPUS, 'saved-pages/nytimes-1.html')]);
    const before = libraryState(other.db);
    const result = await restoreBackup(target, backupFile, { backupsFolder: join(dir, 'other Backups'), appVersion: '0.1.0', current: other, release: () => other.close() });
    expect(result.keptAs && 'backup' in result.keptAs && result.keptAs.backup).toMatchObject({ kind: 'before-restore', articles: 1, verified: true });
    const restored = openLibrary(target);
    expect(libraryState(restored.db)).toEqual(libraryState(lib.db));
    expect(images(restored.assetsPath)).toEqual(images(lib.assetsPath));
    restored.close();
    // …and the copy kept before brings the replaced library back.
    const [kept] = await listBackups(join(dir, 'other Backups'));
    const undo = join(dir, 'undo', 'library.db');
    await restoreBackup(undo, join(dir, 'other Backups', kept.name), { backupsFolder, appVersion: '0.1.0', current: null, release: () => undefined });
    const undone = openLibrary(undo);
    expect(libraryState(undone.db)).toEqual(before);
    undone.close();
  });

  it('restore over a library with damage that opening does not reach: the damaged file is moved aside whole', async () => {
    const target = join(dir, 'hurt', 'library.db');
    const hurt = openLibrary(target);
    await importPaths(hurt, readdirSync(join(CORPUS, 'hexo-zh')).slice(0, 30).map((n) => join(CORPUS, 'hexo-zh', n)));
    hurt.db.pragma('wal_checkpoint(TRUNCATE)');
    hurt.close();
    // An articles page in the middle of the file overwritten, as a failing disk leaves it.
    const probe = new Database(target, { readonly: true });
    const pageSize = probe.pragma('page_size', { simple: true }) as number;
    const pages = probe.prepare("SELECT pageno FROM dbstat WHERE name = 'articles' ORDER BY pageno").pluck().all() as number[];
    probe.close();
    const page = pages[Math.floor(pages.length / 2)];
    const bytes = readFileSync(target);
    bytes.fill(0x5a, (page - 1) * pageSize + 100, page * pageSize - 100);
    writeFileSync(target, bytes);
    const current = openLibrary(target); // the damage is not where opening looks
    const result = await restoreBackup(target, backupFile, { backupsFolder: join(dir, 'hurt Backups'), appVersion: '0.1.0', current, release: () => current.close() });
    expect(result.keptAs && 'movedTo' in result.keptAs && result.keptAs.movedTo).toMatch(/^library\.db\.damaged-/);
    const movedTo = join(dir, 'hurt', (result.keptAs as { movedTo: string }).movedTo);
    expect(sha(movedTo)).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(existsSync(join(dir, 'hurt Backups')) ? readdirSync(join(dir, 'hurt Backups')) : []).toEqual([]); // no half-good copy counted
    const restored = openLibrary(target);
    expect(libraryState(restored.db)).toEqual(libraryState(lib.db));
    restored.close();
  }, 60_000);

  it('refuses a restore while another connection has the library open, replacing nothing', async () => {
    const target = join(dir, 'busy', 'library.db');
    const mine = openLibrary(target);
    const theirs = openLibrary(target); // another process, as far as the file can tell
    await importPaths(mine, [SEED]);
    const before = libraryState(theirs.db);
    await expect(restoreBackup(target, backupFile, { backupsFolder: join(dir, 'busy Backups'), appVersion: '0.1.0', current: mine, release: () => mine.close() })).rejects.toThrow(/has this library open/);
    expect(libraryState(theirs.db)).toEqual(before);
    theirs.close();
  });
});

describe('restore refuses a file that is not a good backup, and changes nothing', () => {
  const cases: [string, (file: string) => void | Promise<void>, RegExp][] = [
    ['a truncated backup', (f) => writeFileSync(f, readFileSync(backupFile).subarray(0, Math.floor(statSync(backupFile).size * 0.6))), /not a Gloss backup, or it was cut short/],
    ['a truncated backup (its end)', (f) => writeFileSync(f, readFileSync(backupFile).subarray(0, statSync(backupFile).size - 10)), /not a Gloss backup, or it was cut short/],
    ['random bytes', (f) => writeFileSync(f, createHash('sha512').update('random').digest().toString('hex').repeat(5000)), /not a Gloss backup/],
    ['an empty file', (f) => writeFileSync(f, ''), /not a Gloss backup/],
    ['a backup with a byte of its database changed', (f) => tamper(f, (bytes, at) => (bytes[at + 5000] ^= 0xff)), /not the one its manifest describes/],
    ['a backup from a newer Gloss', (f) => rezip(f, (m) => ({ ...m, schemaVersion: LATEST_VERSION + 1, appVersion: '9.0.0' })), new RegExp(`written by Gloss 9\\.0\\.0 \\(library version ${LATEST_VERSION + 1}; this Gloss reads up to ${LATEST_VERSION}\\)`)],
    ['a backup in a newer format', (f) => rezip(f, (m) => ({ ...m, formatVersion: 2, appVersion: '9.0.0' })), /written by Gloss 9\.0\.0 in backup format 2/],
    ['a backup whose database is from a newer Gloss', (f) => rezip(f, (m) => m, (db) => db.pragma(`user_version = ${LATEST_VERSION + 1}`)), /library version \d+, not the \d+ its manifest says|newer than this Gloss reads/],
    ['a backup whose manifest miscounts', (f) => rezip(f, (m) => ({ ...m, tables: { ...(m.tables as object), highlights: 1 } })), /table highlights has \d+ rows where the snapshot had 1/],
    ['a zip that is not a backup', (f) => rezip(f, () => ({ hello: 'world' })), /manifest is not a Gloss backup’s/],
  ];

  it.each(cases)('%s', async (_what, make, message) => {
    const target = join(dir, 'victim', 'library.db');
    const victim = openLibrary(target);
    if (!victim.db.prepare('SELECT count(*) FROM articles').pluck().get()) await importPaths(victim, [SEED, join(CORPUS, 'saved-pages/gbk-saved-163_6.html')]);
    const bad = join(dir, `bad.glossbackup`);
    await make(bad);
    const before = fileState(target);
    await expect(restoreBackup(target, bad, { backupsFolder: join(dir, 'victim Backups'), appVersion: '0.1.0', current: victim, release: () => victim.close() })).rejects.toThrow(BackupRefusedError);
    await expect(restoreBackup(target, bad, { backupsFolder: join(dir, 'victim Backups'), appVersion: '0.1.0', current: victim, release: () => victim.close() })).rejects.toThrow(message);
    expect(fileState(target)).toEqual(before);
    expect(existsSync(join(dir, 'victim Backups'))).toBe(false); // not even the copy kept before a restore
    expect(readdirSync(join(dir, 'victim')).filter((n) => n.startsWith('.gloss-restore'))).toEqual([]);
    victim.close();
  });
});

/** A copy of the good backup with bytes of its database entry changed (stored, so at a known offset). */
function tamper(file: string, change: (bytes: Buffer, databaseAt: number) => void): void {
  const bytes = Buffer.from(readFileSync(backupFile));
  change(bytes, bytes.indexOf('SQLite format 3\0'));
  writeFileSync(file, bytes);
}

/** The good backup rewritten, with its manifest (and database) changed. */
async function rezip(file: string, manifest: (m: Record<string, unknown>) => unknown, database?: (db: Database.Database) => void): Promise<void> {
  const work = mkdtempSync(join(dir, 'rezip-'));
  const zip = await openZip(backupFile);
  const m = JSON.parse(await zip.readText('manifest.json', 1e8)) as Record<string, unknown>;
  const sources: ZipSource[] = [];
  for (const name of zip.entries.keys()) {
    if (name === 'manifest.json') continue;
    const target = join(work, name.replace('/', '_'));
    await zip.extract(name, target);
    sources.push({ name, file: target });
  }
  zip.close();
  if (database) {
    const db = new Database(join(work, 'library.db'));
    database(db);
    db.close();
    m.databaseSha256 = sha(join(work, 'library.db'));
    m.databaseBytes = statSync(join(work, 'library.db')).size;
  }
  await writeZip(file, [{ name: 'manifest.json', bytes: Buffer.from(JSON.stringify(manifest(m))) }, ...sources]);
}
