// The app imports in many small calls (browser mode uploads a drop in batches, a person
// drops a file now and another later). Starting parser threads costs about a second of CPU
// each (jsdom and the rest load anew), so the app keeps its threads between imports and
// lets them go once it has been idle for a while, giving their memory back.
import { createParsePool, type Parser, type PoolOptions } from './parse-pool';

export const IDLE_MS = 30_000;

export interface WarmOptions extends PoolOptions {
  /** The built thread script; from a checkout it is bundled on first use. */
  workerFile?: string;
  idleMs?: number;
}

export function createWarmParser(options: WarmOptions = {}): Parser {
  let pool: Promise<Parser> | null = null;
  let busy = 0;
  let idleTimer: ReturnType<typeof setTimeout> | null = null;

  const start = async () => createParsePool(options.workerFile ?? (await import('./worker-bundle')).buildWorkerBundle(), options);
  const stopTimer = () => {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
  };
  const shut = async () => {
    stopTimer();
    const open = pool;
    pool = null;
    await (await open)?.close();
  };

  return {
    async parse(bytes, path) {
      stopTimer();
      pool ??= start();
      busy++;
      try {
        return await (await pool).parse(bytes, path);
      } finally {
        if (--busy === 0) idleTimer = setTimeout(() => void shut(), options.idleMs ?? IDLE_MS);
      }
    },
    close: shut,
  };
}
