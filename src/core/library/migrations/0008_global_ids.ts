// Stable global ids: a UUID for every article, highlight, claim, claim history entry and
// evidence link, so a JSON export can be merged into another library without duplicating
// what it holds already, and a Markdown export can name each highlight the same way on
// every re-export (its `^gloss-…` block id). Integer ids stay the library's own keys; the
// UUID is what leaves it.
//
// SQLite cannot add a column whose default is an expression, so existing rows are given
// their UUID here and every later insert gets one from a trigger when none was given (an
// import that brings its own UUID keeps it). UUIDs are version 4, from SQLite's randomblob().

const UUID = `lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' ||
  substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))`;

/** The column, the ids of existing rows, a unique index and the trigger for one table. */
function globalIds(table: string): string {
  return `
ALTER TABLE ${table} ADD COLUMN uid TEXT;
UPDATE ${table} SET uid = ${UUID};
CREATE UNIQUE INDEX ${table}_uid ON ${table}(uid);
CREATE TRIGGER ${table}_uid AFTER INSERT ON ${table} WHEN new.uid IS NULL BEGIN
  UPDATE ${table} SET uid = ${UUID} WHERE id = new.id;
END;
`;
}

export default ['articles', 'highlights', 'claims', 'claim_history', 'claim_evidence'].map(globalIds).join('');
