// The backup file: a zip (read and written with yauzl/yazl) holding, in this order,
//   library.db      the library's SQLite database, a consistent snapshot in rollback-journal mode
//   assets/<name>   each stored image, named by the SHA-256 of its bytes, as in the library
//   manifest.json   what the backup is (this file's schema below), last: it records the
//                   database's hash, taken as the database was written
// Entries are stored, not deflated: the database is most of the bytes and a backup must stay
// close to the speed of a file copy. Anything that is not exactly this is refused on restore.
import { z } from 'zod';

export const BACKUP_EXTENSION = '.glossbackup';
export const FORMAT = 'gloss-backup';
export const FORMAT_VERSION = 1;
export const MANIFEST_ENTRY = 'manifest.json';
export const DATABASE_ENTRY = 'library.db';
export const ASSETS_PREFIX = 'assets/';

const Count = z.number().int().min(0);

export const Manifest = z
  .object({
    format: z.literal(FORMAT),
    formatVersion: z.number().int().min(1),
    /** The library's schema version (its migration number): a newer one is refused on restore. */
    schemaVersion: z.number().int().min(1),
    /** The Gloss that wrote it, named when a newer backup is refused. */
    appVersion: z.string().max(100),
    created: z.string().datetime(),
    /** What the user sees in the list. */
    counts: z.object({ articles: Count, highlights: Count, claims: Count }),
    /** Every table's rows at the instant of the snapshot: what verification compares. */
    tables: z.record(z.string().max(200), Count),
    /** The database entry's SHA-256: a byte changed anywhere in it is found before it is used. */
    databaseSha256: z.string().regex(/^[0-9a-f]{64}$/),
    databaseBytes: Count,
    assets: z.array(z.string().regex(/^[0-9a-f]{64}\.(png|jpg|gif|webp|avif|bmp)$/)).max(10_000_000),
  })
  .strict();
export type Manifest = z.infer<typeof Manifest>;
