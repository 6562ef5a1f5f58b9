import MarkdownIt from 'markdown-it';

// Raw HTML inside Markdown is allowed here because the output is sanitised next.
const md = new MarkdownIt({ html: true, linkify: true, typographer: false });

export function renderMarkdown(source: string): string {
  return md.render(source);
}

/** Text as HTML text (`&`, `<`, `>` and `"` escaped). */
export const escapeHtml: (text: string) => string = md.utils.escapeHtml;

/** Whether a post body is HTML (as hexo's generated posts are) rather than Markdown. */
export function looksLikeHtml(body: string): boolean {
  const head = body.trimStart().slice(0, 4096);
  return head.startsWith('<') || /<(p|div|section|article|h[1-6]|ul|ol|table|blockquote|br|img)[\s>/]/i.test(head);
}
