import type { Page } from '@playwright/test';

/** Selects text in the article the way a drag does: a DOM range from one text node into another. */
export async function select(page: Page, from: { text: string; offset: number }, to: { text: string; offset: number }) {
  await page.evaluate(
    ([a, b]) => {
      const body = document.querySelector('[data-testid="article-body"]')!;
      // Text nodes in order, so a phrase is found even where highlights split it into spans.
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      const nodes: { node: Text; at: number }[] = [];
      let all = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n as Text, at: all.length });
        all += (n as Text).data;
      }
      const locate = (index: number) => {
        const hit = [...nodes].reverse().find((n) => n.at <= index)!;
        return { node: hit.node, offset: index - hit.at };
      };
      const start = locate(all.indexOf(a.text) + a.offset);
      const end = locate(all.indexOf(b.text) + b.offset);
      // A person selects what is on screen: bring the passage into view first.
      start.node.parentElement!.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    },
    [from, to] as const,
  );
}
