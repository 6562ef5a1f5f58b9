// Signs that a file was cut short (an interrupted download or copy). The text that is
// there is imported; the warning tells the reader it is not the whole article.

export function truncationWarning(html: string, kind: 'page' | 'body'): string | null {
  const tail = html.trimEnd();
  const lastOpen = tail.lastIndexOf('<');
  if (lastOpen > tail.lastIndexOf('>')) return 'the file looks truncated: it ends inside an HTML tag';
  if (kind === 'page' && /<html[\s>]/i.test(html.slice(0, 4096)) && !/<\/html\s*>/i.test(tail.slice(-4096))) {
    return 'the file looks truncated: it stops before the end of the page (no </html>)';
  }
  if (kind === 'body' && lastOpen !== -1 && !tail.endsWith('>')) {
    return 'the file looks truncated: it ends in the middle of the text';
  }
  return null;
}
