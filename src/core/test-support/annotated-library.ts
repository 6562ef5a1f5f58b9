// A small library with something of every kind a user makes: two articles (the seed and a
// corpus post), highlights with tags and notes, an article note and tags, a claim with a
// decision and evidence, a removed claim, and settings. Built through the core's API, as
// the app would build it.
import { join } from 'node:path';
import { noteFromText } from '../../shared/reading/note-schema';
import { createCoreApi } from '../api';
import type { Library } from '../library/db';
import { CORPUS, SEED } from './corpus';

export interface AnnotatedLibrary {
  articleId: number;
  otherArticleId: number;
  highlightIds: number[];
  claimId: number;
  /** The claim's latest decision, which undoDecision can take back. */
  decisionId: number;
  evidenceId: number;
  /** A highlight whose claim was removed, which restoreClaim can bring back. */
  removedClaimHighlightId: number;
  tag: string;
}

export const OTHER_ARTICLE = join(CORPUS, 'hexo-zh/2021全球最具价值品牌100强：亚马逊苹果领跑，腾讯阿里位列前十.md');

export async function annotate(lib: Library): Promise<AnnotatedLibrary> {
  const api = createCoreApi(lib);
  const imported = await api.importPaths({ paths: [SEED, OTHER_ARTICLE] });
  const [articleId, otherArticleId] = imported.results.map((r) => r.id!);
  const tag = '核实';
  const highlights = [
    await api.createHighlight({ articleId, start: 10, end: 40, color: 'green', tags: [tag, 'C2M'] }),
    await api.createHighlight({ articleId, start: 100, end: 160, tags: [tag] }),
    await api.createHighlight({ articleId, start: 200, end: 230, color: 'pink' }),
    await api.createHighlight({ articleId: otherArticleId, start: 20, end: 60, color: 'blue', tags: ['品牌'] }),
  ];
  await api.updateHighlight({ id: highlights[0].id, note: noteFromText('需要核实：来源？'), noteText: '需要核实：来源？' });
  await api.setArticleNote({ articleId, note: noteFromText('整体可信'), noteText: '整体可信' });
  await api.setArticleTags({ articleId, tags: ['阿里', tag] });
  const claim = await api.createClaim({ highlightId: highlights[0].id, statement: '淘宝特价版进入微信' });
  const decided = await api.decideClaim({ id: claim.id, status: 'needs-source', reason: '只有一个来源' });
  const evidence = await api.linkEvidence({ claimId: claim.id, relation: 'context', target: { url: 'https://example.com/report', title: '报告' } });
  await api.linkEvidence({ claimId: claim.id, relation: 'supports', target: { highlightId: highlights[3].id } });
  const removed = await api.createClaim({ highlightId: highlights[2].id });
  await api.deleteClaim({ id: removed.id });
  await api.setSettings({ settings: { theme: 'sepia', fontSize: 20 } });
  await api.setReadingPosition({ id: articleId, position: 0.25 });
  return {
    articleId,
    otherArticleId,
    highlightIds: highlights.map((h) => h.id),
    claimId: claim.id,
    decisionId: decided.history.at(-1)!.id,
    evidenceId: evidence.id,
    removedClaimHighlightId: highlights[2].id,
    tag,
  };
}
