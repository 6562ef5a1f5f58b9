// Tidying the library: trash, archive, read/unread, and copies of the same story.
//
// An article in the Trash keeps every row that hangs on it (highlights, notes, claims, search
// entries); `trashed_at` alone hides it, so a restore puts back exactly what was there. It is
// deleted for good (and its rows with it, by their cascades) 30 days later or when the Trash
// is emptied.
//
// A copy (the same story saved twice, or re-posted with a new title suffix and small edits)
// points at its original through `copy_of`. What detection compares is kept apart from the
// article in `article_fingerprints` (a normalised URL and a 64-value MinHash signature, 256
// bytes) and `article_minhash_bands` (16 locality-sensitive band keys per article), so a new
// import finds its likely twins with 16 index lookups rather than by reading 10,000 articles.
export default `
ALTER TABLE articles ADD COLUMN trashed_at TEXT;                   -- when it went to the Trash
ALTER TABLE articles ADD COLUMN archived_at TEXT;
ALTER TABLE articles ADD COLUMN read_at TEXT;
ALTER TABLE articles ADD COLUMN copy_of INTEGER REFERENCES articles(id) ON DELETE SET NULL;
ALTER TABLE articles ADD COLUMN title_suffix TEXT;                 -- the site suffix cleaned from the title ("_网易订阅")
CREATE INDEX articles_trashed ON articles(trashed_at) WHERE trashed_at IS NOT NULL;
CREATE INDEX articles_copy_of ON articles(copy_of) WHERE copy_of IS NOT NULL;

CREATE TABLE article_fingerprints (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  url        TEXT,                -- normalised: no scheme, www., fragment or tracking parameters
  minhash    BLOB                 -- 64 × uint32; NULL for texts too short to compare
) STRICT;
CREATE INDEX article_fingerprints_url ON article_fingerprints(url) WHERE url IS NOT NULL;

CREATE TABLE article_minhash_bands (
  band       INTEGER NOT NULL,    -- a hash of the band's number and its four values
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (band, article_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX article_minhash_bands_article ON article_minhash_bands(article_id);
`;
