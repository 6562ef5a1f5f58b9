// The stored reading document, made ready for the screen: stored images point at the
// transport's URL, web images are left out unless the reader allows them, and table spans
// and list starts are held within bounds again (a stored document is not trusted to be
// the one import made).
import type { ReadingDoc, ReadingNode } from '../../../../shared/model';
import { boundedDoc } from '../../../../shared/reading/bounds';
import { isRemoteImage } from '../../../../shared/reading/urls';
import { imageSrc } from '../../api';

export function forDisplay(doc: ReadingDoc, remoteImages: boolean): { doc: ReadingDoc; blockedImages: number } {
  let blocked = 0;
  const map = (nodes: ReadingNode[]): ReadingNode[] =>
    nodes.flatMap((node) => {
      if (node.type === 'image') {
        const src = String(node.attrs?.src ?? '');
        const local = imageSrc(src);
        if (local) return [{ ...node, attrs: { ...node.attrs, src: local } }];
        if (remoteImages && isRemoteImage(src)) return [node];
        blocked++;
        return [];
      }
      return node.content ? [{ ...node, content: map(node.content) }] : [node];
    });
  return { doc: boundedDoc({ ...doc, content: map(doc.content ?? []) }), blockedImages: blocked };
}
