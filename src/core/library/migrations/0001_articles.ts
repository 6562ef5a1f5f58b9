// Articles and the images stored with them. Append-only: never edit a migration that has
// shipped; add the next number instead.
export default `
CREATE TABLE articles (
  id          INTEGER PRIMARY KEY,
  title       TEXT NOT NULL,
  author      TEXT,
  site        TEXT,
  url         TEXT,
  published   TEXT,            -- ISO timestamp, or YYYY-MM-DD when only the day is known
  date        TEXT,            -- YYYY-MM-DD, for sorting and display
  lang        TEXT,
  excerpt     TEXT,
  categories  TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings
  source_tags TEXT NOT NULL DEFAULT '[]',   -- tags the source gave (not the reader's own)
  cover       TEXT,
  format      TEXT NOT NULL,
  encoding    TEXT NOT NULL,
  path        TEXT,            -- where it was imported from; NULL for uploads
  hash        TEXT NOT NULL,   -- sha256 of the file's bytes
  html        TEXT NOT NULL,   -- sanitised HTML the document was built from
  doc         TEXT NOT NULL,   -- reading document (ProseMirror JSON)
  text        TEXT NOT NULL,   -- plain text derived from doc; all offsets index this
  chars       INTEGER NOT NULL,
  warnings    TEXT NOT NULL DEFAULT '[]',
  imported_at TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX articles_hash ON articles(hash);
CREATE INDEX articles_path ON articles(path);
CREATE INDEX articles_date ON articles(date);

CREATE TABLE article_assets (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  name       TEXT NOT NULL,    -- <sha256>.<ext> in the library's assets folder
  size       INTEGER NOT NULL,
  PRIMARY KEY (article_id, name)
) STRICT;
CREATE INDEX article_assets_name ON article_assets(name);
`;
