// New material: an article imported after a claim was decided that mentions one of its
// subjects brings the claim back to the review queue, with that article's passages first.
import type { Library } from '../library/db';
import { prepared } from '../library/prepared';
import { fold } from '../search/fold';
import { mentions, termRegex } from './subjects';

/**
 * Records article `articleId` (its plain `text`) as new material for every claim of another
 * article whose subjects it mentions. Runs in the import's transaction.
 */
export function flagNewMaterial(lib: Library, articleId: number, text: string, now: Date): number {
  const subjects = prepared(lib.db, 'SELECT DISTINCT t.name FROM claims c JOIN highlight_tags ht ON ht.highlight_id = c.highlight_id JOIN tags t ON t.id = ht.tag_id')
    .pluck(true)
    .all() as string[];
  if (subjects.length === 0) return 0;
  const folded = fold(text);
  const mentioned = subjects.filter((s) => {
    const re = termRegex(s);
    return re !== null && mentions(folded, re);
  });
  if (mentioned.length === 0) return 0;
  const at = now.toISOString();
  const claims = lib.db
    .prepare(
      `SELECT DISTINCT c.id FROM claims c JOIN highlight_tags ht ON ht.highlight_id = c.highlight_id JOIN tags t ON t.id = ht.tag_id
       JOIN highlights h ON h.id = c.highlight_id
       WHERE t.name IN (SELECT value FROM json_each(?)) AND h.article_id <> ?`,
    )
    .pluck()
    .all(JSON.stringify(mentioned), articleId) as number[];
  const flag = lib.db.prepare('INSERT INTO claim_material (claim_id, article_id, found_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
  // What arrives is worth seeing now: a claim put off until later comes back with it.
  const wake = lib.db.prepare('UPDATE claims SET snoozed_until = NULL WHERE id = ?');
  let flagged = 0;
  for (const id of claims) {
    if (flag.run(id, articleId, at).changes > 0) {
      wake.run(id);
      flagged++;
    }
  }
  return flagged;
}
