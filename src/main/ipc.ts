// One IPC channel per API call, each validated twice: the sender must be the app's own
// main frame, and the input must match the call's schema (in `dispatch`).
import { calls, type CallName, type GlossApi } from '../shared/api';
import { dispatch, type DispatchResult } from '../core/api';
import { isTrustedSender } from './security';

export const channel = (name: CallName) => `gloss:${name}`;

export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame: { url: string; parent: unknown } | null }, input: unknown) => Promise<DispatchResult>): void;
}

export function registerIpc(ipc: IpcMainLike, api: GlossApi): string[] {
  const names = Object.keys(calls) as CallName[];
  for (const name of names) {
    ipc.handle(channel(name), async (event, input) => {
      if (!isTrustedSender(event.senderFrame)) return { ok: false, error: { code: 'failed', message: 'refused: not the app window' } };
      return dispatch(api, name, input);
    });
  }
  return names.map(channel);
}
