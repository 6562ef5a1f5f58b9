// Claims: a highlight the reader means to verify, with its status, evidence and history.
//
// One claim per highlight (the highlight carries its words, place and subjects, the tags).
// The history is append-only: an undo is a new entry that names the one it takes back.
// AUTOINCREMENT keeps ids from coming back after a delete, so an undo that restores a claim
// with its ids never meets a newer claim holding them.
//
// A claim's statement and evidence note are searched like notes. Their index rows live
// above every highlight's (2^40 + 2h for the statement of highlight h's claim, + 1 for its
// note): 0004's ids stay as they are and nothing has to be indexed again.

/** Indexes every claim's statement and note (also run by `gloss reindex`). */
export const populateClaims = `
INSERT INTO search (rowid, body) SELECT 1099511627776 + 2 * highlight_id, gloss_tokens(statement) FROM claims;
INSERT INTO search_chars (rowid, chars) SELECT 1099511627776 + 2 * highlight_id, gloss_chars(statement) FROM claims;
INSERT INTO search (rowid, body) SELECT 1099511627777 + 2 * highlight_id, gloss_tokens(note_text) FROM claims WHERE note_text <> '';
INSERT INTO search_chars (rowid, chars) SELECT 1099511627777 + 2 * highlight_id, gloss_chars(note_text) FROM claims WHERE note_text <> '';
`;

const STATUS = `CHECK (status IN ('to-check', 'needs-source', 'supported', 'contradicted', 'mixed', 'unverifiable'))`;

export default `
CREATE TABLE claims (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  highlight_id  INTEGER NOT NULL UNIQUE REFERENCES highlights(id) ON DELETE CASCADE,
  statement     TEXT NOT NULL,
  status        TEXT NOT NULL DEFAULT 'to-check' ${STATUS},
  note          TEXT,                    -- the evidence note as a TipTap document (JSON), or NULL
  note_text     TEXT NOT NULL DEFAULT '',
  check_again   TEXT,                    -- YYYY-MM-DD: a settled claim comes back then
  snoozed_until TEXT,                    -- YYYY-MM-DD: "later", not due before this day
  reviewed_at   TEXT NOT NULL,           -- the last decision: material found after it is new
  status_at     TEXT NOT NULL,           -- when the status last changed
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
) STRICT;
CREATE INDEX claims_status ON claims(status);

CREATE TABLE claim_history (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  claim_id  INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  status    TEXT NOT NULL ${STATUS},
  previous  TEXT,
  reason    TEXT,
  at        TEXT NOT NULL,
  undoes    INTEGER,                     -- the entry this one takes back
  before    TEXT NOT NULL DEFAULT '{}'   -- JSON: what the decision changed besides the status, for its undo
) STRICT;
CREATE INDEX claim_history_claim ON claim_history(claim_id, id);

CREATE TABLE claim_evidence (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  claim_id     INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  relation     TEXT NOT NULL CHECK (relation IN ('supports', 'contradicts', 'context')),
  highlight_id INTEGER REFERENCES highlights(id) ON DELETE CASCADE,
  target_claim INTEGER REFERENCES claims(id) ON DELETE CASCADE,
  url          TEXT,
  title        TEXT,
  created_at   TEXT NOT NULL,
  CHECK ((highlight_id IS NOT NULL) + (target_claim IS NOT NULL) + (url IS NOT NULL) = 1)
) STRICT;
CREATE INDEX claim_evidence_claim ON claim_evidence(claim_id);
CREATE INDEX claim_evidence_highlight ON claim_evidence(highlight_id) WHERE highlight_id IS NOT NULL;
CREATE INDEX claim_evidence_target ON claim_evidence(target_claim) WHERE target_claim IS NOT NULL;

-- Articles imported after a claim was decided that mention its subjects.
CREATE TABLE claim_material (
  claim_id   INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  found_at   TEXT NOT NULL,
  PRIMARY KEY (claim_id, article_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX claim_material_article ON claim_material(article_id);

-- A claim removed with its highlight (or alone), kept whole so that undo can bring it back.
CREATE TABLE removed_claims (
  highlight_id INTEGER PRIMARY KEY,
  snapshot     TEXT NOT NULL,            -- JSON: the claim's rows and the links to it
  removed_at   TEXT NOT NULL
) STRICT;

CREATE TRIGGER search_claim_insert AFTER INSERT ON claims BEGIN
  INSERT INTO search (rowid, body) VALUES (1099511627776 + 2 * new.highlight_id, gloss_tokens(new.statement));
  INSERT INTO search_chars (rowid, chars) VALUES (1099511627776 + 2 * new.highlight_id, gloss_chars(new.statement));
  INSERT INTO search (rowid, body) SELECT 1099511627777 + 2 * new.highlight_id, gloss_tokens(new.note_text) WHERE new.note_text <> '';
  INSERT INTO search_chars (rowid, chars) SELECT 1099511627777 + 2 * new.highlight_id, gloss_chars(new.note_text) WHERE new.note_text <> '';
END;
CREATE TRIGGER search_claim_statement AFTER UPDATE OF statement ON claims BEGIN
  DELETE FROM search WHERE rowid = 1099511627776 + 2 * old.highlight_id;
  DELETE FROM search_chars WHERE rowid = 1099511627776 + 2 * old.highlight_id;
  INSERT INTO search (rowid, body) VALUES (1099511627776 + 2 * new.highlight_id, gloss_tokens(new.statement));
  INSERT INTO search_chars (rowid, chars) VALUES (1099511627776 + 2 * new.highlight_id, gloss_chars(new.statement));
END;
CREATE TRIGGER search_claim_note AFTER UPDATE OF note_text ON claims BEGIN
  DELETE FROM search WHERE rowid = 1099511627777 + 2 * old.highlight_id;
  DELETE FROM search_chars WHERE rowid = 1099511627777 + 2 * old.highlight_id;
  INSERT INTO search (rowid, body) SELECT 1099511627777 + 2 * new.highlight_id, gloss_tokens(new.note_text) WHERE new.note_text <> '';
  INSERT INTO search_chars (rowid, chars) SELECT 1099511627777 + 2 * new.highlight_id, gloss_chars(new.note_text) WHERE new.note_text <> '';
END;
CREATE TRIGGER search_claim_delete AFTER DELETE ON claims BEGIN
  DELETE FROM search WHERE rowid IN (1099511627776 + 2 * old.highlight_id, 1099511627777 + 2 * old.highlight_id);
  DELETE FROM search_chars WHERE rowid IN (1099511627776 + 2 * old.highlight_id, 1099511627777 + 2 * old.highlight_id);
END;
`;
