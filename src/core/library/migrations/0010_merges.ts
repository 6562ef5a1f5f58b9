// Merges of a copy into its original, kept so that a merge can be undone: the highlights it
// moved with where each sat on the copy, the tags it added to the original, whether the copy's
// note moved, and what the copy's Trash state was before.
//
// A merge is dropped with either article (their cascades): once the copy or the original is
// deleted for good there is nothing left to put back. `merge_highlights.highlight_id` has no
// foreign key on purpose: a highlight deleted since the merge must still be seen as missing,
// so the undo can refuse rather than put back half the merge.
export default `
CREATE TABLE merges (
  id               INTEGER PRIMARY KEY,
  copy_id          INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  original_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  merged_at        TEXT NOT NULL,
  note_moved       INTEGER NOT NULL CHECK (note_moved IN (0, 1)),  -- the copy's note went to the original
  copy_trashed_at  TEXT                                            -- the copy's trashed_at before the merge
) STRICT;
CREATE INDEX merges_copy ON merges(copy_id);
CREATE INDEX merges_original ON merges(original_id);

CREATE TABLE merge_highlights (
  merge_id     INTEGER NOT NULL REFERENCES merges(id) ON DELETE CASCADE,
  highlight_id INTEGER NOT NULL,
  article_id   INTEGER NOT NULL,           -- where it was before the merge (the copy)
  start        INTEGER NOT NULL,
  end          INTEGER NOT NULL,
  anchor       TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  placed_start INTEGER NOT NULL,           -- where the merge put it on the original
  placed_end   INTEGER NOT NULL,
  placed_anchor TEXT NOT NULL,
  PRIMARY KEY (merge_id, highlight_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE merge_tags (
  merge_id INTEGER NOT NULL REFERENCES merges(id) ON DELETE CASCADE,
  tag_id   INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,  -- a tag the merge added to the original
  PRIMARY KEY (merge_id, tag_id)
) STRICT, WITHOUT ROWID;
`;
