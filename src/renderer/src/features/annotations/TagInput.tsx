import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Free-form tags, Chinese or English, with the library's existing tags offered as you type.
 * With `linkTo`, a chip's text is a link to that address (the × beside it still only removes).
 */
export function TagInput({ tags, known, onChange, autoFocus = false, linkTo }: { tags: string[]; known: string[]; onChange: (tags: string[]) => void; autoFocus?: boolean; linkTo?: (tag: string) => string }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const listId = useId();
  // The tags as typed, ahead of the saved ones: a second tag entered before the first has
  // been saved adds to the first instead of replacing it.
  const current = useRef(tags);
  useEffect(() => {
    current.current = tags;
  }, [tags]);
  const change = (next: string[]) => {
    current.current = next;
    onChange(next);
  };
  const add = () => {
    const name = draft.trim();
    if (name && !current.current.some((x) => x.toLowerCase() === name.toLowerCase())) change([...current.current, name]);
    setDraft('');
  };
  return (
    <div className="tag-input">
      {tags.map((tag) => (
        <span key={tag} className="chip">
          {linkTo ? (
            <a className="chip-link" href={linkTo(tag)} data-testid="card-tag">
              #{tag}
            </a>
          ) : (
            `#${tag}`
          )}
          <button aria-label={t('annotations.removeTag', { tag })} onClick={() => change(current.current.filter((x) => x !== tag))}>
            ×
          </button>
        </span>
      ))}
      <input
        value={draft}
        list={listId}
        autoFocus={autoFocus}
        placeholder={t('annotations.addTag')}
        data-testid="tag-input"
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          // Keys typed here are the field's, but Esc goes on to the card, which closes: a tag typed and not entered is dropped, as Esc drops what it cancels.
          if (e.key !== 'Escape') e.stopPropagation();
          if (e.key === 'Enter' || e.key === ',' || e.key === '，') {
            e.preventDefault();
            add();
          } else if (e.key === 'Backspace' && !draft && current.current.length) change(current.current.slice(0, -1));
        }}
        onBlur={add}
      />
      <datalist id={listId}>
        {known.filter((k) => !tags.includes(k)).map((k) => (
          <option key={k} value={k} />
        ))}
      </datalist>
    </div>
  );
}
