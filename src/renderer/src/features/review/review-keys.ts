// The review is driven from the keyboard: what each key means, apart from the view, so the
// mapping can be read (and tested) in one place.
import type { ClaimStatus, EvidenceRelation } from '../../../../shared/model';

export const DECISION_KEYS: [key: string, status: ClaimStatus][] = [
  ['1', 'supported'],
  ['2', 'contradicted'],
  ['3', 'mixed'],
  ['4', 'needs-source'],
  ['5', 'unverifiable'],
];

/** In the evidence list: the key that links the chosen passage with each relation. */
export const RELATION_KEYS: [key: string, relation: EvidenceRelation][] = [
  ['s', 'supports'],
  ['c', 'contradicts'],
  ['x', 'context'],
];

export type ReviewAction =
  | { do: 'decide'; status: ClaimStatus }
  | { do: 'later'; days: number }
  | { do: 'note' }
  | { do: 'link' }
  | { do: 'open' }
  | { do: 'move'; by: 1 | -1 }
  | { do: 'undo' };

type Key = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>;

export function reviewAction(e: Key): ReviewAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const decision = DECISION_KEYS.find(([k]) => k === e.key);
  if (decision) return { do: 'decide', status: decision[1] };
  switch (e.key) {
    case ' ':
      return { do: 'later', days: e.shiftKey ? 7 : 1 };
    case 'e':
      return { do: 'note' };
    case 'l':
      return { do: 'link' };
    case 'o':
      return { do: 'open' };
    case 'j':
      return { do: 'move', by: 1 };
    case 'k':
      return { do: 'move', by: -1 };
    case 'u':
      return { do: 'undo' };
    default:
      return null;
  }
}

export function relationFor(e: Key): EvidenceRelation | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  return RELATION_KEYS.find(([k]) => k === e.key.toLowerCase())?.[1] ?? null;
}

/** Whether a key goes to what has focus (a field, the note editor) rather than to the review. */

