// An article's text, sanitised HTML and reading document are stored compressed: the text in
// `packed_text`, the HTML and document together in `packed_source` (src/core/library/
// content.ts says why and how). The three held the same text three times over: most of a
// library's size. The search triggers on articles read the text through `gloss_text()`.

import { populateAnnotations } from './0005_search_chars';

/** Fills the (empty) search index from the tables; also what `gloss reindex` runs. */
export const populate = `
INSERT INTO search (rowid, body, title, tchars) SELECT -2 * id, gloss_tokens(gloss_text(packed_text)), gloss_tokens(title), gloss_chars(title) FROM articles;
INSERT INTO search_chars (rowid, chars) SELECT -2 * id, gloss_chars(title, gloss_text(packed_text)) FROM articles;
${populateAnnotations}`;

const indexArticle = `
  INSERT INTO search (rowid, body, title, tchars)
    VALUES (-2 * new.id, gloss_tokens(gloss_text(new.packed_text)), gloss_tokens(new.title), gloss_chars(new.title));
  INSERT INTO search_chars (rowid, chars) VALUES (-2 * new.id, gloss_chars(new.title, gloss_text(new.packed_text)));`;

export default `
-- The triggers name the columns that go; SQLite drops no column a trigger names.
DROP TRIGGER search_article_insert;
DROP TRIGGER search_article_update;

ALTER TABLE articles ADD COLUMN packed_text BLOB NOT NULL DEFAULT x'';
ALTER TABLE articles ADD COLUMN packed_source BLOB NOT NULL DEFAULT x'';
UPDATE articles SET packed_text = gloss_pack_text(text), packed_source = gloss_pack_source(html, doc);
ALTER TABLE articles DROP COLUMN html;
ALTER TABLE articles DROP COLUMN doc;
ALTER TABLE articles DROP COLUMN text;

CREATE TRIGGER search_article_insert AFTER INSERT ON articles BEGIN
  ${indexArticle}
END;
CREATE TRIGGER search_article_update AFTER UPDATE OF title, packed_text ON articles BEGIN
  DELETE FROM search WHERE rowid = -2 * old.id;
  DELETE FROM search_chars WHERE rowid = -2 * old.id;
  ${indexArticle}
END;
`;
