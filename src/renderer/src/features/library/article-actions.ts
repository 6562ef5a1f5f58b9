// What the library and the reader do to articles, each with its undo offered at once.
import type { TFunction } from 'i18next';
import { GlossApiError } from '../../../../shared/api';
import { call } from '../../api';
import { offerNotice, offerUndo } from './undo';

/** Tells lists to fetch again after an action (or its undo) changed articles. */
export const LIBRARY_CHANGED = 'gloss:library-changed';
const changed = () => window.dispatchEvent(new Event(LIBRARY_CHANGED));

export async function deleteArticles(ids: number[], t: TFunction): Promise<void> {
  await call('trashArticles', { ids });
  changed();
  offerUndo(t(ids.length === 1 ? 'shelf.deleted' : 'shelf.deletedMany', { count: ids.length }), async () => {
    await call('restoreArticles', { ids });
    changed();
  });
}

export async function restoreArticles(ids: number[], t: TFunction): Promise<void> {
  await call('restoreArticles', { ids });
  changed();
  offerUndo(t(ids.length === 1 ? 'shelf.restored' : 'shelf.restoredMany', { count: ids.length }), async () => {
    await call('trashArticles', { ids });
    changed();
  });
}

export async function archiveArticles(ids: number[], archived: boolean, t: TFunction): Promise<void> {
  await call('archiveArticles', { ids, archived });
  changed();
  offerUndo(t(`shelf.${archived ? 'archived' : 'unarchived'}${ids.length === 1 ? '' : 'Many'}`, { count: ids.length }), async () => {
    await call('archiveArticles', { ids, archived: !archived });
    changed();
  });
}

export async function markRead(ids: number[], read: boolean): Promise<void> {
  await call('markRead', { ids, read });
  changed();
}

/** The undo puts the copy and its highlights back as they were, unless they were changed since. */
export async function mergeCopy(id: number, t: TFunction): Promise<void> {
  const { mergeId, highlights } = await call('mergeCopy', { id });
  changed();
  const moved = highlights.exact + highlights.moved + highlights.changed + highlights.orphaned;
  offerUndo(t('shelf.merged', { count: moved }), async () => {
    try {
      await call('undoMerge', { mergeId });
    } catch (err) {
      if (!(err instanceof GlossApiError)) throw err;
      offerNotice(t(err.error.code === 'conflict' ? 'shelf.unmergeRefused' : 'shelf.unmergeGone'));
    }
    changed();
  });
}

export async function keepCopy(id: number): Promise<void> {
  await call('keepCopy', { id });
  changed();
}

export async function emptyTrash(): Promise<void> {
  await call('emptyTrash', {});
  changed();
}
