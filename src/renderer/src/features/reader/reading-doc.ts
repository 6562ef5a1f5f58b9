// The stored reading document, made ready for the screen: stored images point at the
// transport's URL, and web images are left out unless the reader allows them.
import type { ReadingDoc, ReadingNode } from '../../../../shared/model';
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
  return { doc: { ...doc, content: map(doc.content ?? []) }, blockedImages: blocked };
}
