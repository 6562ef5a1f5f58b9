// The hidden file input behind a "Choose…" button that takes one file. Its value is cleared
// as soon as a file is picked, so picking the same file again (after fixing it, or to retry)
// is a change the browser reports.
import type { Ref } from 'react';

interface Props {
  ref: Ref<HTMLInputElement>;
  accept: string;
  testId: string;
  onFile: (file: File) => void;
}

export function OneFileInput({ ref, accept, testId, onFile }: Props) {
  return (
    <input
      ref={ref}
      type="file"
      hidden
      accept={accept}
      data-testid={testId}
      onChange={(e) => {
        const file = e.currentTarget.files?.[0];
        e.currentTarget.value = '';
        if (file) onFile(file);
      }}
    />
  );
}
