// Rows per table: taken inside the snapshot's read transaction when a backup is written, and
// again from the copy when it is verified. The search index's shadow tables are counted too,
// so a copy missing index rows fails as surely as one missing articles.
import type Database from 'better-sqlite3';

export function tableCounts(db: Database.Database): Record<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t.replace(/"/g, '""')}"`).pluck().get() as number]));
}

/** What a list of backups shows of each: the reader's own things. */
export function headlineCounts(tables: Record<string, number>): { articles: number; highlights: number; claims: number } {
  return { articles: tables.articles ?? 0, highlights: tables.highlights ?? 0, claims: tables.claims ?? 0 };
}
