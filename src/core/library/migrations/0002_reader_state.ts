// What the reader remembers: settings and where each article was left.
export default `
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL           -- JSON
) STRICT;

CREATE TABLE reading_positions (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  position   REAL NOT NULL,     -- fraction of the article scrolled, 0..1
  updated_at TEXT NOT NULL
) STRICT;
`;
