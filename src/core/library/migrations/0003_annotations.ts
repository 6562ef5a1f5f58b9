// The reader's own work: highlights with their anchors, notes and tags. Highlights are
// never deleted by a re-import: one that cannot be placed is kept as 'orphaned'.
export default `
CREATE TABLE highlights (
  id           INTEGER PRIMARY KEY,
  article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  exact        TEXT NOT NULL,            -- TextQuoteSelector
  prefix       TEXT NOT NULL,
  suffix       TEXT NOT NULL,
  start        INTEGER NOT NULL,         -- TextPositionSelector: where it sits now (or sat last)
  end          INTEGER NOT NULL,
  anchor       TEXT NOT NULL DEFAULT 'exact' CHECK (anchor IN ('exact', 'moved', 'changed', 'orphaned')),
  color        TEXT NOT NULL DEFAULT 'yellow',
  note         TEXT,                     -- the note as a TipTap document (JSON), or NULL
  note_text    TEXT NOT NULL DEFAULT '', -- its plain text, for search and previews
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
) STRICT;
CREATE INDEX highlights_article ON highlights(article_id, start);

CREATE TABLE tags (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE
) STRICT;

CREATE TABLE highlight_tags (
  highlight_id INTEGER NOT NULL REFERENCES highlights(id) ON DELETE CASCADE,
  tag_id       INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  PRIMARY KEY (highlight_id, tag_id)
) STRICT;
CREATE INDEX highlight_tags_tag ON highlight_tags(tag_id);

CREATE TABLE article_tags (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  PRIMARY KEY (article_id, tag_id)
) STRICT;
CREATE INDEX article_tags_tag ON article_tags(tag_id);

CREATE TABLE article_notes (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  note       TEXT NOT NULL,
  note_text  TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
`;
