// A note shown in full and read-only, its rich text kept: the note schema's nodes and marks as
// React elements (never as HTML), links only where a reader may follow them.
import type { ReactNode } from 'react';
import type { ReadingNode } from '../../../../shared/model';
import { isAllowedLink } from '../../../../shared/reading/urls';

const BLOCK: Record<string, string> = { paragraph: 'p', blockquote: 'blockquote', bulletList: 'ul', orderedList: 'ol', listItem: 'li', codeBlock: 'pre' };
const MARK: Record<string, string> = { bold: 'strong', italic: 'em', strike: 's', code: 'code', underline: 'u' };

function renderText(node: ReadingNode, key: number): ReactNode {
  let out: ReactNode = node.text ?? '';
  for (const m of node.marks ?? []) {
    if (m.type === 'link') {
      const href = typeof m.attrs?.href === 'string' ? m.attrs.href : '';
      out = isAllowedLink(href) ? (
        <a href={href} target="_blank" rel="noopener noreferrer" onClick={(e) => e.stopPropagation()}>
          {out}
        </a>
      ) : (
        out
      );
    } else if (MARK[m.type]) {
      const Tag = MARK[m.type] as 'strong';
      out = <Tag>{out}</Tag>;
    }
  }
  return <span key={key}>{out}</span>;
}

function renderNode(node: ReadingNode, key: number): ReactNode {
  if (node.type === 'text') return renderText(node, key);
  if (node.type === 'hardBreak') return <br key={key} />;
  if (node.type === 'horizontalRule') return <hr key={key} />;
  const children = (node.content ?? []).map(renderNode);
  if (node.type === 'heading') {
    const level = Math.min(6, Math.max(3, Number(node.attrs?.level ?? 3)));
    const Tag = `h${level}` as 'h3';
    return <Tag key={key}>{children}</Tag>;
  }
  const Tag = (BLOCK[node.type] ?? 'div') as 'div';
  return <Tag key={key}>{children}</Tag>;
}

export function NoteView({ doc, className }: { doc: ReadingNode; className?: string }) {
  return <div className={className}>{(doc.content ?? []).map(renderNode)}</div>;
}
