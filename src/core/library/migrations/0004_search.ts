// The search index: one contentless FTS5 table over titles, article text, highlight quotes
// and notes, kept current by triggers, so every import, edit and delete updates it in the
// same transaction. `gloss_tokens()` is registered by openLibrary (src/core/search/tokens.ts
// explains the tokens). Snippets are cut from the original text, so the index stores none.
//
// A row's id says what it is: −2a for article a's title and text, −2a + 1 for its note,
// 2h for highlight h's quote and 2h + 1 for its note. Dense ids keep the index small (FTS5
// stores each row id as a varint of its distance from the previous one); a highlight's
// article comes from a cache that the insert trigger feeds (gloss_highlight_article).

/** Fills the (empty) index from the tables; also what `gloss reindex` runs. */
const populate = `
INSERT INTO search (rowid, title, body) SELECT -2 * id, gloss_tokens(title), gloss_tokens(text) FROM articles;
INSERT INTO search (rowid, title, body) SELECT 2 * id, '', gloss_tokens(exact) FROM highlights;
INSERT INTO search (rowid, title, body) SELECT 2 * id + 1, '', gloss_tokens(note_text) FROM highlights WHERE note_text <> '';
INSERT INTO search (rowid, title, body) SELECT -2 * article_id + 1, '', gloss_tokens(note_text) FROM article_notes;
`;

export default `
-- Ranking and the date, site and tag filters read these for thousands of articles at once: from
-- a narrow index, not from rows that carry whole articles.
CREATE INDEX articles_search_meta ON articles(date, imported_at, site, url, source_tags);

CREATE VIRTUAL TABLE search USING fts5(
  title, body, content='', contentless_delete=1, tokenize='ascii', prefix='1'
);

CREATE TRIGGER search_article_insert AFTER INSERT ON articles BEGIN
  INSERT INTO search (rowid, title, body) VALUES (-2 * new.id, gloss_tokens(new.title), gloss_tokens(new.text));
END;
CREATE TRIGGER search_article_update AFTER UPDATE OF title, text ON articles BEGIN
  DELETE FROM search WHERE rowid = -2 * old.id;
  INSERT INTO search (rowid, title, body) VALUES (-2 * new.id, gloss_tokens(new.title), gloss_tokens(new.text));
END;
CREATE TRIGGER search_article_delete AFTER DELETE ON articles BEGIN
  DELETE FROM search WHERE rowid = -2 * old.id;
END;

CREATE TRIGGER search_highlight_insert AFTER INSERT ON highlights BEGIN
  SELECT gloss_highlight_article(new.id, new.article_id);
  INSERT INTO search (rowid, title, body) VALUES (2 * new.id, '', gloss_tokens(new.exact));
  INSERT INTO search (rowid, title, body) SELECT 2 * new.id + 1, '', gloss_tokens(new.note_text) WHERE new.note_text <> '';
END;
CREATE TRIGGER search_highlight_quote AFTER UPDATE OF exact ON highlights BEGIN
  DELETE FROM search WHERE rowid = 2 * old.id;
  INSERT INTO search (rowid, title, body) VALUES (2 * new.id, '', gloss_tokens(new.exact));
END;
CREATE TRIGGER search_highlight_note AFTER UPDATE OF note_text ON highlights BEGIN
  DELETE FROM search WHERE rowid = 2 * old.id + 1;
  INSERT INTO search (rowid, title, body) SELECT 2 * new.id + 1, '', gloss_tokens(new.note_text) WHERE new.note_text <> '';
END;
CREATE TRIGGER search_highlight_delete AFTER DELETE ON highlights BEGIN
  DELETE FROM search WHERE rowid IN (2 * old.id, 2 * old.id + 1);
END;

CREATE TRIGGER search_article_note_insert AFTER INSERT ON article_notes BEGIN
  INSERT INTO search (rowid, title, body) VALUES (-2 * new.article_id + 1, '', gloss_tokens(new.note_text));
END;
CREATE TRIGGER search_article_note_update AFTER UPDATE OF note_text ON article_notes BEGIN
  DELETE FROM search WHERE rowid = -2 * old.article_id + 1;
  INSERT INTO search (rowid, title, body) VALUES (-2 * new.article_id + 1, '', gloss_tokens(new.note_text));
END;
CREATE TRIGGER search_article_note_delete AFTER DELETE ON article_notes BEGIN
  DELETE FROM search WHERE rowid = -2 * old.article_id + 1;
END;

${populate}
`;
