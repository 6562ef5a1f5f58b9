import { parentPort } from 'node:worker_threads';
import { ImportError } from './errors';
import { parseArticle, type StoredArticle } from './parse-article';
import type { WorkerReply } from './parse-pool';
import { lowerThreadPriority } from './thread-priority';

lowerThreadPriority();

parentPort!.on('message', ({ bytes, path }: { bytes: Uint8Array; path: string }) => {
  let reply: WorkerReply;
  try {
    // The document stays here: the main thread stores it from `packed.source`.
    const article: StoredArticle & { doc?: unknown } = parseArticle(bytes, path);
    delete article.doc;
    reply = { ok: true, article };
  } catch (err) {
    const e = err as Error;
    const message = e instanceof RangeError && /call stack/i.test(e.message) ? 'the HTML is nested too deeply to read' : e.message;
    reply = { ok: false, importError: err instanceof ImportError, message };
  }
  parentPort!.postMessage(reply);
});
