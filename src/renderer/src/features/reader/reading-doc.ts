// The stored reading document, made ready for the screen: stored images point at the
// transport's URL, web images are left out unless the reader allows them, and table spans
// and list starts are held within bounds again (a stored document is not trusted to be
// the one import made).
import type { ReadingDoc, ReadingNode } from '../../../../shared/model';
import { boundedDoc } from '../../../../shared/reading/bounds';
import { isRemoteImage } from '../../../../shared/reading/urls';
import { imageSrc } from '../../api';

/** The app's own placeholder picture, from the app's origin (its box is styled in styles.css). */
const IMAGE_PLACEHOLDER = new URL('./image-placeholder.svg', document.baseURI).href;

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
        // A quiet box of the image's size in its place (its caption stays under it): the
        // text does not jump when it loads, and the reader sees something was there.
        return [{ ...node, attrs: { ...node.attrs, src: IMAGE_PLACEHOLDER, title: node.attrs?.alt ?? node.attrs?.title ?? null } }];
      }
      return node.content ? [{ ...node, content: map(node.content) }] : [node];
    });
  return { doc: boundedDoc({ ...doc, content: map(doc.content ?? []) }), blockedImages: blocked };
}
