// What the desktop preload puts on `window.gloss`. The renderer's api.ts is its only user.
import type { CallName, GlossEvents } from './api';
import type { DispatchReply } from './reply';

export interface DesktopBridge {
  call: { [N in CallName]: (input: unknown) => Promise<DispatchReply> };
  onEvent(listener: <E extends keyof GlossEvents>(event: E, payload: GlossEvents[E]) => void): () => void;
  /** The path of a dropped file on disk (Electron only). */
  pathForFile(file: File): string;
}
