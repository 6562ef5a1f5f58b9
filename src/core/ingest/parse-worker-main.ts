import { parentPort } from 'node:worker_threads';
import { ImportError } from './errors';
import { parseArticle } from './parse-article';
import type { WorkerReply } from './parse-pool';

parentPort!.on('message', ({ id, bytes, path }: { id: number; bytes: Uint8Array; path: string }) => {
  let reply: WorkerReply;
  try {
    reply = { id, ok: true, article: parseArticle(bytes, path) };
  } catch (err) {
    const e = err as Error;
    const message = e instanceof RangeError && /call stack/i.test(e.message) ? 'the HTML is nested too deeply to read' : e.message;
    reply = { id, ok: false, importError: err instanceof ImportError, message };
  }
  parentPort!.postMessage(reply);
});
