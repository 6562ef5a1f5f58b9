import type { Editor } from '@tiptap/react';
import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

interface Heading {
  level: number;
  text: string;
  element: HTMLElement;
}

/** The article's headings as laid out, with the one being read marked as the reader scrolls. */
export function useHeadings(editor: Editor | null, scroller: RefObject<HTMLDivElement | null>): { list: Heading[]; current: number } {
  const [list, setList] = useState<Heading[]>([]);
  // -1: above the first heading, where no heading is being read.
  const [current, setCurrent] = useState(-1);
  useEffect(() => {
    if (!editor) return;
    const found = Array.from(editor.view.dom.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')).map((element) => ({
      level: Number(element.tagName[1]),
      text: element.textContent ?? '',
      element,
    }));
    setList(found.filter((h) => h.text.trim()));
  }, [editor]);
  useEffect(() => {
    const el = scroller.current;
    if (!el || list.length === 0) return;
    const onScroll = () => {
      const top = el.getBoundingClientRect().top + 80;
      let index = -1;
      list.forEach((h, i) => {
        if (h.element.getBoundingClientRect().top <= top) index = i;
      });
      setCurrent(index);
    };
    onScroll();
    el.addEventListener('scroll', onScroll);
    return () => el.removeEventListener('scroll', onScroll);
  }, [list, scroller]);
  return { list, current };
}

export function TableOfContents({ headings }: { headings: { list: Heading[]; current: number } }) {
  const { t } = useTranslation();
  if (headings.list.length === 0) return <nav className="toc empty" />;
  const min = Math.min(...headings.list.map((h) => h.level));
  return (
    <nav className="toc" aria-label={t('reader.contents')} data-testid="toc">
      <h2>{t('reader.contents')}</h2>
      <ol>
        {headings.list.map((h, i) => (
          <li key={i} style={{ paddingInlineStart: `${(h.level - min) * 0.9}em` }}>
            <button className={i === headings.current ? 'current' : ''} aria-current={i === headings.current ? 'location' : undefined} onClick={() => h.element.scrollIntoView({ block: 'start' })}>
              {h.text}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
