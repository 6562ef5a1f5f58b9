// Parsing is the slow part of an import (jsdom, DOMPurify, Readability), and it is pure,
// so it runs on worker threads while the main thread reads files and writes the library.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ImportError } from './errors';
import { parseArticle, type StoredArticle } from './parse-article';

export interface Parser {
  parse(bytes: Uint8Array, path: string): Promise<StoredArticle>;
  close(): Promise<void>;
}

/** Answers from a worker: the article, or the error as data (an Error does not clone). */
export type WorkerReply = { id: number; ok: true; article: StoredArticle } | { id: number; ok: false; importError: boolean; message: string };

/** Parses on the calling thread: for single files, where starting workers costs more than it saves. */
export const inlineParser: Parser = {
  parse: async (bytes, path) => parseArticle(bytes, path),
  close: async () => undefined,
};

const YOUNG_GENERATION_MB = 192;

export function workerCount(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

/** A pool of parser threads running `workerFile` (a build of parse-worker-main.ts). */
export function createParsePool(workerFile: string, size = workerCount()): Parser {
  const pending = new Map<number, { resolve: (a: StoredArticle) => void; reject: (e: Error) => void; worker: Worker }>();
  const load = new Map<Worker, number>();
  let nextId = 0;

  const spawn = () => {
    // jsdom allocates a few objects per node of every article: with V8's default young
    // generation, collecting them takes a quarter of a parse; a larger one halves that.
    const worker = new Worker(workerFile, {
      // Plain Node: a TypeScript loader the parent runs under (tsx) would also wrap every
      // npm module the parser loads, which makes parsing about 40 % slower.
      execArgv: [],
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    load.set(worker, 0);
    worker.on('message', (reply: WorkerReply) => {
      const job = pending.get(reply.id);
      if (!job) return;
      pending.delete(reply.id);
      load.set(worker, (load.get(worker) ?? 1) - 1);
      if (reply.ok) job.resolve(reply.article);
      else job.reject(reply.importError ? new ImportError(reply.message) : new Error(reply.message));
    });
    // A worker that dies (out of memory on a hostile file) fails its own jobs only.
    worker.on('error', (err) => fail(worker, err));
    worker.on('exit', (code) => fail(worker, new Error(`the parser stopped unexpectedly (exit code ${code})`)));
    return worker;
  };
  const fail = (worker: Worker, err: Error) => {
    if (!load.has(worker)) return;
    load.delete(worker);
    for (const [id, job] of pending) {
      if (job.worker !== worker) continue;
      pending.delete(id);
      job.reject(err);
    }
    if (!closing) spawn();
  };
  let closing = false;
  for (let i = 0; i < size; i++) spawn();

  return {
    parse(bytes, path) {
      const [worker] = [...load.entries()].sort((a, b) => a[1] - b[1])[0];
      load.set(worker, (load.get(worker) ?? 0) + 1);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, worker });
        worker.postMessage({ id, bytes, path });
      });
    },
    async close() {
      closing = true;
      await Promise.all([...load.keys()].map((w) => w.terminate()));
      load.clear();
    },
  };
}
