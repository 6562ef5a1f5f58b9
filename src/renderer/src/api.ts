// The only module that touches a transport. In the desktop app the preload's bridge
// carries calls over IPC; in browser mode they go to the local server over HTTP, with
// events over a WebSocket. Both answer with the same replies from the same core.
import { GlossApiError, type CallInput, type CallName, type CallResults, type GlossEvents } from '../../shared/api';
import type { DesktopBridge } from '../../shared/bridge';
import type { DispatchReply } from '../../shared/reply';
import { assetName } from '../../shared/reading/urls';

type Listener = <E extends keyof GlossEvents>(event: E, payload: GlossEvents[E]) => void;

interface Transport {
  send(name: CallName, input: unknown): Promise<DispatchReply>;
  subscribe(listener: Listener): () => void;
  assetSrc(name: string): string;
  /** Paths on disk of dropped files, where the transport can see the disk (desktop only). */
  pathsOf(files: File[]): string[] | null;
}

declare global {
  interface Window {
    gloss?: DesktopBridge;
  }
}

function desktop(bridge: DesktopBridge): Transport {
  return {
    send: (name, input) => bridge.call[name](input),
    subscribe: (listener) => bridge.onEvent(listener),
    assetSrc: (name) => `gloss-asset://${name}`,
    pathsOf: (files) => files.map((f) => bridge.pathForFile(f)),
  };
}

/**
 * Browser mode's session key. The server hands it over once, in the fragment of the address
 * it redirects to (which no server receives); the tab keeps it in sessionStorage, out of
 * reach of other origins and of every other tab, and sends it with each call. The cookie
 * alone, which other servers on 127.0.0.1 can see, opens nothing.
 */
function sessionKey(): string | null {
  const given = /^#key=([\w-]+)$/.exec(location.hash);
  if (given) {
    sessionStorage.setItem('gloss-key', given[1]);
    history.replaceState(null, '', `${location.pathname}#/`);
  }
  return sessionStorage.getItem('gloss-key');
}

function browser(): Transport {
  const listeners = new Set<Listener>();
  let socket: WebSocket | null = null;
  const key = sessionKey() ?? '';
  const connect = () => {
    socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/events?key=${encodeURIComponent(key)}`);
    socket.onmessage = (m) => {
      const { event, payload } = JSON.parse(String(m.data)) as { event: keyof GlossEvents; payload: never };
      for (const l of listeners) l(event, payload);
    };
    socket.onclose = () => setTimeout(connect, 1000);
  };
  return {
    async send(name, input) {
      const res = await fetch(`./api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Gloss-Key': key },
        body: JSON.stringify(input ?? {}),
        credentials: 'same-origin',
      });
      return (await res.json()) as DispatchReply;
    },
    subscribe(listener) {
      if (!socket) connect();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    assetSrc: (name) => `./library-assets/${name}`,
    pathsOf: () => null,
  };
}

const transport: Transport = window.gloss ? desktop(window.gloss) : browser();

export async function call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallResults[N]> {
  const reply = await transport.send(name, input);
  if (!reply.ok) throw new GlossApiError(reply.error);
  return reply.value as CallResults[N];
}

export const onEvent = (listener: Listener) => transport.subscribe(listener);

/** Where the renderer loads an image stored in the library (gloss-asset://…). */
export function imageSrc(url: string): string | null {
  const name = assetName(url);
  return name ? transport.assetSrc(name) : null;
}

export const pathsOfDroppedFiles = (files: File[]) => transport.pathsOf(files);

/** Whether exports go into a folder the user picks (desktop) or come down as a file (browser mode). */
export const exportsToFolder = () => Boolean(window.gloss);
/** The desktop app, which can show and choose folders; browser mode only uploads. */
export const isDesktop = Boolean(window.gloss);
