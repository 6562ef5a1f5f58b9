// The search index, rebuilt smaller and faster for one-character queries.
//
// 0004 answered a one-character query (阿) with FTS5's prefix index, which stores the first
// character of every token with its positions: as large again as the bigrams themselves,
// and for a common character (的) megabytes to read to list every row. Now:
// - `search` holds the bigram and word tokens of the body and title (body first: FTS5 marks
//   every column but the first in each posting list, and most postings are the body's), and
//   `tchars`, the distinct characters of an article's title, for ranking title matches first.
// - `search_chars` holds each row's distinct one-character keys (every CJK character, every
//   word's first character) with `detail=none`: row ids only, which is all a one-character
//   query needs, since a row holds the character or it does not.
// Row ids keep 0004's meaning (−2a article, −2a + 1 its note, 2h quote, 2h + 1 its note).
// `gloss_tokens()` and `gloss_chars()` are registered by openLibrary (src/core/search).

/** Indexes every highlight, highlight note and article note (0006 reuses it unchanged). */
export const populateAnnotations = `
INSERT INTO search (rowid, body) SELECT 2 * id, gloss_tokens(exact) FROM highlights;
INSERT INTO search_chars (rowid, chars) SELECT 2 * id, gloss_chars(exact) FROM highlights;
INSERT INTO search (rowid, body) SELECT 2 * id + 1, gloss_tokens(note_text) FROM highlights WHERE note_text <> '';
INSERT INTO search_chars (rowid, chars) SELECT 2 * id + 1, gloss_chars(note_text) FROM highlights WHERE note_text <> '';
INSERT INTO search (rowid, body) SELECT -2 * article_id + 1, gloss_tokens(note_text) FROM article_notes;
INSERT INTO search_chars (rowid, chars) SELECT -2 * article_id + 1, gloss_chars(note_text) FROM article_notes;
`;

/** Fills the (empty) index from the tables (0006 has the version `gloss reindex` runs). */
const populate = `
INSERT INTO search (rowid, body, title, tchars) SELECT -2 * id, gloss_tokens(text), gloss_tokens(title), gloss_chars(title) FROM articles;
INSERT INTO search_chars (rowid, chars) SELECT -2 * id, gloss_chars(title, text) FROM articles;
${populateAnnotations}`;

/** The statements that index one row (`id` and `text` are SQL expressions; `title` only for articles). */
function indexRow(id: string, text: string, title?: string): string {
  return title
    ? `INSERT INTO search (rowid, body, title, tchars) VALUES (${id}, gloss_tokens(${text}), gloss_tokens(${title}), gloss_chars(${title}));
  INSERT INTO search_chars (rowid, chars) VALUES (${id}, gloss_chars(${title}, ${text}));`
    : `INSERT INTO search (rowid, body) VALUES (${id}, gloss_tokens(${text}));
  INSERT INTO search_chars (rowid, chars) VALUES (${id}, gloss_chars(${text}));`;
}

/** The statements that drop rows from the index (`ids`: a list of SQL expressions). */
function unindexRows(ids: string): string {
  return `DELETE FROM search WHERE rowid IN (${ids});
  DELETE FROM search_chars WHERE rowid IN (${ids});`;
}

export default `
DROP TRIGGER search_article_insert;
DROP TRIGGER search_article_update;
DROP TRIGGER search_article_delete;
DROP TRIGGER search_highlight_insert;
DROP TRIGGER search_highlight_quote;
DROP TRIGGER search_highlight_note;
DROP TRIGGER search_highlight_delete;
DROP TRIGGER search_article_note_insert;
DROP TRIGGER search_article_note_update;
DROP TRIGGER search_article_note_delete;
DROP TABLE search;

CREATE VIRTUAL TABLE search USING fts5(
  body, title, tchars, content='', contentless_delete=1, tokenize='ascii'
);
CREATE VIRTUAL TABLE search_chars USING fts5(
  chars, content='', contentless_delete=1, tokenize='ascii', detail='none'
);

CREATE TRIGGER search_article_insert AFTER INSERT ON articles BEGIN
  ${indexRow('-2 * new.id', 'new.text', 'new.title')}
END;
CREATE TRIGGER search_article_update AFTER UPDATE OF title, text ON articles BEGIN
  ${unindexRows('-2 * old.id')}
  ${indexRow('-2 * new.id', 'new.text', 'new.title')}
END;
CREATE TRIGGER search_article_delete AFTER DELETE ON articles BEGIN
  ${unindexRows('-2 * old.id')}
END;

CREATE TRIGGER search_highlight_insert AFTER INSERT ON highlights BEGIN
  SELECT gloss_highlight_article(new.id, new.article_id);
  ${indexRow('2 * new.id', 'new.exact')}
  INSERT INTO search (rowid, body) SELECT 2 * new.id + 1, gloss_tokens(new.note_text) WHERE new.note_text <> '';
  INSERT INTO search_chars (rowid, chars) SELECT 2 * new.id + 1, gloss_chars(new.note_text) WHERE new.note_text <> '';
END;
CREATE TRIGGER search_highlight_quote AFTER UPDATE OF exact ON highlights BEGIN
  ${unindexRows('2 * old.id')}
  ${indexRow('2 * new.id', 'new.exact')}
END;
CREATE TRIGGER search_highlight_note AFTER UPDATE OF note_text ON highlights BEGIN
  ${unindexRows('2 * old.id + 1')}
  INSERT INTO search (rowid, body) SELECT 2 * new.id + 1, gloss_tokens(new.note_text) WHERE new.note_text <> '';
  INSERT INTO search_chars (rowid, chars) SELECT 2 * new.id + 1, gloss_chars(new.note_text) WHERE new.note_text <> '';
END;
CREATE TRIGGER search_highlight_delete AFTER DELETE ON highlights BEGIN
  ${unindexRows('2 * old.id, 2 * old.id + 1')}
END;

CREATE TRIGGER search_article_note_insert AFTER INSERT ON article_notes BEGIN
  ${indexRow('-2 * new.article_id + 1', 'new.note_text')}
END;
CREATE TRIGGER search_article_note_update AFTER UPDATE OF note_text ON article_notes BEGIN
  ${unindexRows('-2 * old.article_id + 1')}
  ${indexRow('-2 * new.article_id + 1', 'new.note_text')}
END;
CREATE TRIGGER search_article_note_delete AFTER DELETE ON article_notes BEGIN
  ${unindexRows('-2 * old.article_id + 1')}
END;

${populate}
`;
