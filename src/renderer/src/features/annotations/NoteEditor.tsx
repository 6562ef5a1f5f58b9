// A rich-text note (TipTap), saved as you type: half a second after the last keystroke,
// at least every 800 ms while typing goes on without a pause, and at once when the editor
// loses focus or closes, so a crash loses at most the last second of typing.
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import type { ReadingDoc } from '../../../../shared/model';
import { noteExtensions } from '../../../../shared/reading/note-schema';

const DEBOUNCE_MS = 500;
const MAX_WAIT_MS = 800;

export function NoteEditor({ value, placeholder, onSave, autoFocus = false, testId }: { value: ReadingDoc | null; placeholder: string; onSave: (doc: ReadingDoc | null, text: string) => void; autoFocus?: boolean; testId?: string }) {
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** When the oldest unsaved change was made. */
  const dirtySince = useRef<number | null>(null);
  const save = useRef(onSave);
  save.current = onSave;

  const editor = useEditor({
    extensions: noteExtensions,
    content: value ?? '',
    autofocus: autoFocus ? 'end' : false,
    editorProps: { attributes: { class: 'note-editor', 'aria-label': placeholder, ...(testId ? { 'data-testid': testId } : {}) } },
    onUpdate: ({ editor: e }) => {
      if (pending.current) clearTimeout(pending.current);
      dirtySince.current ??= Date.now();
      const waited = Date.now() - dirtySince.current;
      pending.current = setTimeout(() => flush(e), Math.max(0, Math.min(DEBOUNCE_MS, MAX_WAIT_MS - waited)));
    },
    onBlur: ({ editor: e }) => flush(e),
  });

  function flush(e: NonNullable<typeof editor>) {
    if (pending.current) clearTimeout(pending.current);
    pending.current = null;
    dirtySince.current = null;
    const text = e.getText().trim();
    save.current(text ? (e.getJSON() as ReadingDoc) : null, text);
  }

  useEffect(() => {
    if (!editor) return;
    const onLeave = () => pending.current && flush(editor);
    window.addEventListener('beforeunload', onLeave);
    return () => {
      window.removeEventListener('beforeunload', onLeave);
      onLeave();
    };
  }, [editor]);

  const [empty, setEmpty] = useState(!value);
  useEffect(() => {
    if (!editor) return;
    const update = () => setEmpty(editor.isEmpty);
    editor.on('update', update);
    return () => {
      editor.off('update', update);
    };
  }, [editor]);

  return (
    <div className="note-wrap">
      {empty && <span className="note-placeholder">{placeholder}</span>}
      <EditorContent editor={editor} />
    </div>
  );
}
