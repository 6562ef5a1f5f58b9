// The review's undo history lives as long as the app's window, not the view: a user who
// opens a passage in the reader (o) or looks at the dashboard and comes back can still
// take back what they decided. The App holds it; the review's actions write to it.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ClaimStatus, Evidence } from '../../../../shared/model';

export type Undoable =
  | { kind: 'decide'; claimId: number; change: number; status: ClaimStatus }
  | { kind: 'later'; claimId: number; previous: string | null; until: string }
  | { kind: 'link'; claimId: number; evidence: Evidence }
  | { kind: 'unlink'; claimId: number; evidence: Evidence };

/** The status line: what was just done (or undone), or what failed. */
export type Notice = { undone: boolean; action: Undoable } | { checkAgain: true } | { nothing: true } | { failed: string };

export interface ReviewHistory {
  notice: Notice | null;
  setNotice: (n: Notice | null) => void;
  canUndo: boolean;
  push: (a: Undoable) => void;
  pop: () => Undoable | undefined;
}

export function useReviewHistory(): ReviewHistory {
  const stack = useRef<Undoable[]>([]);
  const [size, setSize] = useState(0);
  const [notice, setNotice] = useState<Notice | null>(null);
  const push = useCallback((action: Undoable) => {
    stack.current.push(action);
    setSize(stack.current.length);
    setNotice({ undone: false, action });
  }, []);
  const pop = useCallback(() => {
    const action = stack.current.pop();
    setSize(stack.current.length);
    return action;
  }, []);
  return useMemo(() => ({ notice, setNotice, canUndo: size > 0, push, pop }), [notice, size, push, pop]);
}
