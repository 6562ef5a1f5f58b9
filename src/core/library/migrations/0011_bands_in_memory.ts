// Copy detection's band keys are no longer stored: writing 16 of them per article, each at a
// random place in a B-tree, was most of what detection cost an import. They are computed from
// the stored signatures when a connection first looks for a copy (duplicates/band-index.ts).
export default `
DROP INDEX article_minhash_bands_article;
DROP TABLE article_minhash_bands;
`;
