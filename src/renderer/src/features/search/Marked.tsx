import type { Snippet } from '../../../../shared/model';

/** Text with its matches in <mark>: a snippet or a title. */
export function Marked({ text, marks, cutBefore, cutAfter }: Pick<Snippet, 'text' | 'marks'> & Partial<Pick<Snippet, 'cutBefore' | 'cutAfter'>>) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  marks.forEach(([start, end], i) => {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={i}>{text.slice(start, end)}</mark>);
    at = end;
  });
  parts.push(text.slice(at));
  return (
    <>
      {cutBefore && '…'}
      {parts}
      {cutAfter && '…'}
    </>
  );
}
