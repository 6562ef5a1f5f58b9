// Whether a library is whole: SQLite's own checks, and every row of the search index
// belonging to a row of the library and back (the rowids of migrations 0004, 0005 and 0007:
// −2a an article, −2a + 1 its note, 2h a highlight, 2h + 1 its note, 2^40 + 2h the claim on
// highlight h, + 1 the claim's note). Used after killing a process that was writing.
import type Database from 'better-sqlite3';

const CLAIMS = 2 ** 40;

/** Everything wrong with the library, in words; empty when it is whole. */
export function libraryProblems(db: Database.Database): string[] {
  const problems: string[] = [];
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
  const fk = db.pragma('foreign_key_check') as unknown[];
  if (fk.length) problems.push(`foreign_key_check: ${JSON.stringify(fk.slice(0, 5))}`);

  const expected = new Map<number, string>();
  const ids = (sql: string) => db.prepare(sql).pluck().all() as number[];
  for (const a of ids('SELECT id FROM articles')) expected.set(-2 * a, `article ${a}`);
  for (const a of ids('SELECT article_id FROM article_notes')) expected.set(-2 * a + 1, `the note of article ${a}`);
  for (const h of ids('SELECT id FROM highlights')) expected.set(2 * h, `highlight ${h}`);
  for (const h of ids("SELECT id FROM highlights WHERE note_text <> ''")) expected.set(2 * h + 1, `the note of highlight ${h}`);
  for (const h of ids('SELECT highlight_id FROM claims')) expected.set(CLAIMS + 2 * h, `the claim on highlight ${h}`);
  for (const h of ids("SELECT highlight_id FROM claims WHERE note_text <> ''")) expected.set(CLAIMS + 2 * h + 1, `the note of the claim on highlight ${h}`);

  for (const table of ['search', 'search_chars']) {
    const indexed = new Set(ids(`SELECT rowid FROM ${table}`));
    for (const [rowid, what] of expected) if (!indexed.has(rowid)) problems.push(`${what} has no row in ${table}`);
    for (const rowid of indexed) if (!expected.has(rowid)) problems.push(`${table} row ${rowid} belongs to nothing`);
  }
  const orphans = ids('SELECT c.id FROM claims c LEFT JOIN highlights h ON h.id = c.highlight_id WHERE h.id IS NULL');
  if (orphans.length) problems.push(`claims without their highlight: ${orphans.join(', ')}`);
  return problems;
}
