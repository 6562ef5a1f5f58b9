// The search index: one contentless FTS5 table over titles, article text, highlight quotes
// and notes, kept current by triggers, so every import, edit and delete updates it in the
// same transaction. `gloss_tokens()` is registered by openLibrary (src/core/search/tokens.ts
// explains the tokens). Snippets are cut from the original text, so the index stores none.
//
// A row's id says what it is and whose it is: article id × 2³², plus item id × 4 plus the
// kind (0 the article, 1 a highlight's quote, 2 a highlight's note, 3 the article's note).
// Rows sort by article, and a hit never needs a join to find its article.

/** Fills the (empty) index from the tables; also what `gloss reindex` runs. */
export const populate = `
INSERT INTO search (rowid, title, body) SELECT id * 4294967296, gloss_tokens(title), gloss_tokens(text) FROM articles;
INSERT INTO search (rowid, title, body) SELECT article_id * 4294967296 + id * 4 + 1, '', gloss_tokens(exact) FROM highlights;
INSERT INTO search (rowid, title, body) SELECT article_id * 4294967296 + id * 4 + 2, '', gloss_tokens(note_text) FROM highlights WHERE note_text <> '';
INSERT INTO search (rowid, title, body) SELECT article_id * 4294967296 + 3, '', gloss_tokens(note_text) FROM article_notes;
`;

export default `
CREATE VIRTUAL TABLE search USING fts5(
  title, body, content='', contentless_delete=1, tokenize='ascii', prefix='1'
);

CREATE TRIGGER search_article_insert AFTER INSERT ON articles BEGIN
  INSERT INTO search (rowid, title, body) VALUES (new.id * 4294967296, gloss_tokens(new.title), gloss_tokens(new.text));
END;
CREATE TRIGGER search_article_update AFTER UPDATE OF title, text ON articles BEGIN
  DELETE FROM search WHERE rowid = old.id * 4294967296;
  INSERT INTO search (rowid, title, body) VALUES (new.id * 4294967296, gloss_tokens(new.title), gloss_tokens(new.text));
END;
CREATE TRIGGER search_article_delete AFTER DELETE ON articles BEGIN
  DELETE FROM search WHERE rowid = old.id * 4294967296;
END;

CREATE TRIGGER search_highlight_insert AFTER INSERT ON highlights BEGIN
  INSERT INTO search (rowid, title, body) VALUES (new.article_id * 4294967296 + new.id * 4 + 1, '', gloss_tokens(new.exact));
  INSERT INTO search (rowid, title, body) SELECT new.article_id * 4294967296 + new.id * 4 + 2, '', gloss_tokens(new.note_text) WHERE new.note_text <> '';
END;
CREATE TRIGGER search_highlight_quote AFTER UPDATE OF exact ON highlights BEGIN
  DELETE FROM search WHERE rowid = old.article_id * 4294967296 + old.id * 4 + 1;
  INSERT INTO search (rowid, title, body) VALUES (new.article_id * 4294967296 + new.id * 4 + 1, '', gloss_tokens(new.exact));
END;
CREATE TRIGGER search_highlight_note AFTER UPDATE OF note_text ON highlights BEGIN
  DELETE FROM search WHERE rowid = old.article_id * 4294967296 + old.id * 4 + 2;
  INSERT INTO search (rowid, title, body) SELECT new.article_id * 4294967296 + new.id * 4 + 2, '', gloss_tokens(new.note_text) WHERE new.note_text <> '';
END;
CREATE TRIGGER search_highlight_delete AFTER DELETE ON highlights BEGIN
  DELETE FROM search WHERE rowid IN (old.article_id * 4294967296 + old.id * 4 + 1, old.article_id * 4294967296 + old.id * 4 + 2);
END;

CREATE TRIGGER search_article_note_insert AFTER INSERT ON article_notes BEGIN
  INSERT INTO search (rowid, title, body) VALUES (new.article_id * 4294967296 + 3, '', gloss_tokens(new.note_text));
END;
CREATE TRIGGER search_article_note_update AFTER UPDATE OF note_text ON article_notes BEGIN
  DELETE FROM search WHERE rowid = old.article_id * 4294967296 + 3;
  INSERT INTO search (rowid, title, body) VALUES (new.article_id * 4294967296 + 3, '', gloss_tokens(new.note_text));
END;
CREATE TRIGGER search_article_note_delete AFTER DELETE ON article_notes BEGIN
  DELETE FROM search WHERE rowid = old.article_id * 4294967296 + 3;
END;

${populate}
`;
