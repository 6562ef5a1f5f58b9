import { afterEach, describe, expect, it } from 'vitest';
import { listHighlights } from '../annotations/highlights';
import { listTags } from '../annotations/tags';
import { claimStats, listClaims } from '../claims';
import { NotFoundError } from '../errors';
import { matchingIds } from '../search/search';
import { annotate } from '../test-support/annotated-library';
import { tempLibrary } from '../test-support/corpus';
import { getArticle, listArticles } from './articles';
import { archiveArticles, emptyTrash, listTrash, markRead, purgeExpired, restoreArticles, trashArticles } from './trash';

let t: ReturnType<typeof tempLibrary>;
afterEach(() => t?.dispose());

const DAY = 86_400_000;

describe('the Trash', () => {
  it('hides a deleted article with its highlights, notes and claims from the library, search, the queue and the counts', async () => {
    t = tempLibrary();
    const a = await annotate(t.lib);
    expect(matchingIds(t.lib, '需要核实').notes.highlights).toHaveLength(1);
    expect(listClaims(t.lib, {}, new Date())).toHaveLength(1);

    expect(trashArticles(t.lib, [a.articleId])).toBe(1);
    expect(listArticles(t.lib).map((x) => x.id)).toEqual([a.otherArticleId]);
    expect(listTrash(t.lib).map((x) => x.id)).toEqual([a.articleId]);
    expect(matchingIds(t.lib, '微信').articles).not.toContain(a.articleId);
    expect(matchingIds(t.lib, '需要核实').notes.highlights).toEqual([]);
    expect(matchingIds(t.lib, '整体可信').notes.articles).toEqual([]);
    expect(listClaims(t.lib, {}, new Date())).toEqual([]);
    expect(listClaims(t.lib, { due: true }, new Date())).toEqual([]);
    expect(claimStats(t.lib).total).toBe(0);
    expect(listTags(t.lib).find((x) => x.name === a.tag)).toMatchObject({ highlights: 0, articles: 0 });
    // Nothing is gone: the article can still be opened from the Trash.
    expect(getArticle(t.lib, a.articleId)!.trashedAt).not.toBeNull();
    expect(listHighlights(t.lib, { articleId: a.articleId })).toHaveLength(3);
  });

  it('restores an article with its highlights and search entries', async () => {
    t = tempLibrary();
    const a = await annotate(t.lib);
    const before = { highlights: listHighlights(t.lib, { articleId: a.articleId }), claims: listClaims(t.lib, {}, new Date()), search: matchingIds(t.lib, '核实') };
    trashArticles(t.lib, [a.articleId]);
    expect(restoreArticles(t.lib, [a.articleId])).toBe(1);
    expect(listHighlights(t.lib, { articleId: a.articleId })).toEqual(before.highlights);
    expect(listClaims(t.lib, {}, new Date())).toEqual(before.claims);
    expect(matchingIds(t.lib, '核实')).toEqual(before.search);
    expect(matchingIds(t.lib, '微信').articles).toContain(a.articleId);
    expect(listArticles(t.lib).map((x) => x.id).sort()).toEqual([a.articleId, a.otherArticleId].sort());
  });

  it('purges what has been in the Trash for 30 days, and nothing sooner', async () => {
    t = tempLibrary();
    const a = await annotate(t.lib);
    const deleted = new Date('2026-03-01T10:00:00Z');
    trashArticles(t.lib, [a.articleId], deleted);
    expect(listTrash(t.lib)[0].purgeAt).toBe('2026-03-31T10:00:00.000Z');
    expect(purgeExpired(t.lib, new Date(deleted.getTime() + 30 * DAY - 1))).toBe(0);
    expect(getArticle(t.lib, a.articleId)).not.toBeNull();
    expect(purgeExpired(t.lib, new Date(deleted.getTime() + 30 * DAY))).toBe(1);
    expect(getArticle(t.lib, a.articleId)).toBeNull();
    expect(listHighlights(t.lib, { articleId: a.articleId })).toEqual([]);
    expect(t.lib.db.prepare('SELECT count(*) FROM claims').pluck().get()).toBe(0);
    expect(matchingIds(t.lib, '需要核实').notes.highlights).toEqual([]);
    expect(getArticle(t.lib, a.otherArticleId)).not.toBeNull();
    expect(t.lib.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('lists the last deleted first, whatever order they were imported in', async () => {
    t = tempLibrary();
    const a = await annotate(t.lib);
    trashArticles(t.lib, [a.otherArticleId], new Date('2026-11-01T00:00:00Z'));
    trashArticles(t.lib, [a.articleId], new Date('2026-11-02T00:00:00Z'));
    expect(listArticles(t.lib, 'imported', 'trash').map((x) => x.id)).toEqual([a.articleId, a.otherArticleId]);
    restoreArticles(t.lib, [a.articleId, a.otherArticleId]);
    trashArticles(t.lib, [a.articleId], new Date('2026-11-01T00:00:00Z'));
    trashArticles(t.lib, [a.otherArticleId], new Date('2026-11-02T00:00:00Z'));
    expect(listArticles(t.lib, 'title', 'trash').map((x) => x.id)).toEqual([a.otherArticleId, a.articleId]);
  });

  it('empties the Trash on request; an unknown id changes nothing', async () => {
    t = tempLibrary();
    const a = await annotate(t.lib);
    expect(() => trashArticles(t.lib, [a.articleId, 99999])).toThrow(NotFoundError);
    expect(listTrash(t.lib)).toEqual([]);
    trashArticles(t.lib, [a.articleId, a.otherArticleId]);
    expect(emptyTrash(t.lib)).toBe(2);
    expect(listArticles(t.lib, 'imported', 'trash')).toEqual([]);
    expect(t.lib.db.prepare('SELECT count(*) FROM search').pluck().get()).toBe(0);
  });
});

describe('archive and read', () => {
  it('moves articles between the Inbox and the Archive and marks them read or unread', async () => {
    t = tempLibrary();
    const a = await annotate(t.lib);
    archiveArticles(t.lib, [a.articleId], true);
    expect(listArticles(t.lib, 'imported', 'inbox').map((x) => x.id)).toEqual([a.otherArticleId]);
    expect(listArticles(t.lib, 'imported', 'archive').map((x) => x.id)).toEqual([a.articleId]);
    expect(listArticles(t.lib, 'imported', 'all')).toHaveLength(2);
    archiveArticles(t.lib, [a.articleId], false);
    expect(listArticles(t.lib, 'imported', 'archive')).toEqual([]);
    markRead(t.lib, [a.otherArticleId], true, new Date('2026-03-01T08:00:00Z'));
    expect(getArticle(t.lib, a.otherArticleId)!.readAt).toBe('2026-03-01T08:00:00.000Z');
    // Opened again: it stays read since the first time, and nothing is written.
    expect(markRead(t.lib, [a.otherArticleId], true, new Date('2026-03-02T08:00:00Z'))).toBe(0);
    expect(getArticle(t.lib, a.otherArticleId)!.readAt).toBe('2026-03-01T08:00:00.000Z');
    markRead(t.lib, [a.otherArticleId], false);
    expect(getArticle(t.lib, a.otherArticleId)!.readAt).toBeNull();
  });

  it('lists each article with its highlight, note and claim counts, tags and reading progress', async () => {
    t = tempLibrary();
    const a = await annotate(t.lib);
    const row = listArticles(t.lib).find((x) => x.id === a.articleId)!;
    expect(row).toMatchObject({ highlights: 3, notes: 1, claims: 1, progress: 0.25 });
    expect(row.tags).toEqual(['C2M', '核实', '阿里']);
  });
});
