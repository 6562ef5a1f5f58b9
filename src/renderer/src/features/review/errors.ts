import { GlossApiError } from '../../../../shared/api';

/** What to tell the user about a failed call: the core's own message when it sent one. */
export function messageOf(e: unknown): string {
  if (e instanceof GlossApiError) return e.error.message;
  return e instanceof Error ? e.message : String(e);
}
