// The seed article annotated as the Markdown export's golden file expects: three highlights
// (one with a bold note, tags, and a claim with a decision), an article note and tags, and
// fixed global ids so the file comes out the same on every run.
import type { ReadingDoc } from '../../shared/model';
import { noteFromText } from '../../shared/reading/note-schema';
import { createCoreApi } from '../api';
import { findQuote } from '../annotations/highlights';
import type { Library } from '../library/db';
import { SEED } from './corpus';

export const SEED_QUOTES = ['阿里系已有不少产品做了微信小程序', '淘宝特价版与拼多多一样，主要面对下沉市场。', '1688上有上百万家批发商、工厂'];

export const fixedUid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export async function seedExportLibrary(lib: Library): Promise<{ articleId: number; highlightIds: number[]; claimId: number }> {
  const api = createCoreApi(lib);
  const [imported] = (await api.importPaths({ paths: [SEED] })).results;
  const articleId = imported.id!;
  lib.db.prepare('UPDATE articles SET uid = ? WHERE id = ?').run(fixedUid(1), articleId);
  const highlightIds: number[] = [];
  for (const [i, quote] of SEED_QUOTES.entries()) {
    const h = await api.createHighlight({ articleId, ...findQuote(lib, articleId, quote), color: (['yellow', 'green', 'blue'] as const)[i], tags: i === 1 ? ['拼多多', '下沉 市场'] : [] });
    lib.db.prepare('UPDATE highlights SET uid = ? WHERE id = ?').run(fixedUid(100 + i), h.id);
    highlightIds.push(h.id);
  }
  const bold: ReadingDoc = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: '需要核实', marks: [{ type: 'bold' }] }, { type: 'text', text: '：对标拼多多，见 ' }, { type: 'text', text: '财报', marks: [{ type: 'link', attrs: { href: 'https://investor.pinduoduo.com/' } }] }] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: '年活用户 7.88 亿' }] }] }] },
    ],
  };
  await api.updateHighlight({ id: highlightIds[1], note: bold, noteText: '需要核实：对标拼多多，见 财报\n年活用户 7.88 亿' });
  await api.setArticleNote({ articleId, note: noteFromText('阿里与腾讯的博弈'), noteText: '阿里与腾讯的博弈' });
  await api.setArticleTags({ articleId, tags: ['阿里', '电商'] });
  const claim = await api.createClaim({ highlightId: highlightIds[1], statement: '淘宝特价版对标拼多多' });
  await api.decideClaim({ id: claim.id, status: 'needs-source', reason: '只有一个来源' });
  return { articleId, highlightIds, claimId: claim.id };
}
