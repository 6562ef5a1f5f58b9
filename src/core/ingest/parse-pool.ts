// Parsing is the slow part of an import (jsdom, DOMPurify, Readability), and it is pure,
// so it runs on worker threads while the main thread reads files and writes the library.
// Hostile files are parsed there too: a thread has a heap of its own, capped, and a time
// limit per file, so a file that would exhaust memory or never finish costs its own result
// ("could not be read in time"), never the app, the batch or the files beside it.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ImportError } from './errors';
import type { StoredArticle } from './parse-article';

export interface Parser {
  parse(bytes: Uint8Array, path: string): Promise<StoredArticle>;
  close(): Promise<void>;
}

/** Answers from a worker, for the one file it was given: the article, or the error as data (an Error does not clone). */
export type WorkerReply = { ok: true; article: StoredArticle } | { ok: false; importError: boolean; message: string };

/**
 * Parses on the calling thread: for a file or two from the CLI or tests, where starting a
 * thread costs more than it saves. The parser (jsdom and the rest, tens of megabytes) is
 * loaded on first use, so a process that parses on threads never holds a copy of it.
 */
export const inlineParser: Parser = {
  parse: async (bytes, path) => (await import('./parse-article')).parseArticle(bytes, path),
  close: async () => undefined,
};

export interface PoolOptions {
  size?: number;
  /** How long one file may take to parse before its thread is stopped and the file refused. */
  timeLimitMs?: number;
  /** The heap one thread may use, in MB. */
  heapMb?: number;
  /** The heap of the thread a file gets to itself when it needed more than that, in MB. */
  largeHeapMb?: number;
}

/**
 * The import's memory is mostly its parser threads': each keeps its young generation for
 * the whole import and lets its old generation grow towards its limit before collecting.
 * jsdom allocates a few objects per node of every article, so a larger young generation
 * parses faster (fewer collections), but each thread keeps all of it: 8 MB instead of 16 cost
 * about 4 % of a 3,000-file import's time and saved 33 MB of its peak. These sizes keep an
 * import of any length under 400 MB on two threads (npm run bench -- import prints the peak). A file whose document
 * needs more than a thread's heap is parsed again on a thread of its own with a large heap,
 * which is stopped afterwards: big articles still come in, one at a time.
 */
const YOUNG_GENERATION_MB = 8;
const OLD_GENERATION_MB = 192;
const LARGE_OLD_GENERATION_MB = 1536;
export const DEFAULT_TIME_LIMIT_MS = 120_000;

export function workerCount(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

interface Job {
  bytes: Uint8Array;
  path: string;
  resolve: (a: StoredArticle) => void;
  reject: (e: Error) => void;
  /** Parsed on a large-heap thread of its own, after its first thread ran out of memory. */
  alone?: boolean;
}

const OUT_OF_MEMORY = 'the file needs more memory to read than one article may use; it was not imported';

/**
 * Files a thread holds at once: the one it parses and the next, already in its inbox, so it
 * never waits for the main thread (busy writing the previous article) to hand it work. That
 * wait cost a tenth of the import's throughput on two cores. The threads also run below the
 * main thread (thread-priority.ts), so it is not kept waiting for a core to hand it out.
 */
export const THREAD_DEPTH = 2;

/**
 * A pool of parser threads running `workerFile` (a build of parse-worker-main.ts). A thread
 * parses its files one after another and answers each in order, so the time limit runs for
 * the file at the head of its list alone (from when the one before it was answered), and a
 * thread that dies takes only that file with it: the ones queued behind it are handed on.
 */
export function createParsePool(workerFile: string, options: PoolOptions = {}): Parser {
  const size = options.size ?? workerCount();
  const timeLimit = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  const queue: Job[] = [];
  /** Each thread, the files it holds in the order it parses them, and the head file's timer. */
  const threads = new Map<Worker, { jobs: Job[]; timer: ReturnType<typeof setTimeout> | null }>();
  let closing = false;

  const spawn = (heapMb = options.heapMb ?? OLD_GENERATION_MB, alone?: Job) => {
    const worker = new Worker(workerFile, {
      // Plain Node: a TypeScript loader the parent runs under (tsx) would also wrap every
      // npm module the parser loads, which makes parsing about 40 % slower.
      execArgv: [],
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: heapMb },
    });
    threads.set(worker, { jobs: [], timer: null });
    if (alone) send(worker, alone);
    worker.on('message', (reply: WorkerReply) => {
      const held = threads.get(worker);
      const job = held?.jobs.shift();
      if (!held || !job) return;
      clearTimeout(held.timer ?? undefined);
      held.timer = held.jobs.length ? timeHead(worker) : null;
      if (reply.ok) job.resolve(reply.article);
      else job.reject(reply.importError ? new ImportError(reply.message) : new Error(reply.message));
      if (job.alone) {
        threads.delete(worker);
        void worker.terminate();
      } else pump();
    });
    worker.on('error', (err: NodeJS.ErrnoException) => lose(worker, err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new ImportError(OUT_OF_MEMORY) : err));
    worker.on('exit', (code) => lose(worker, new Error(`the parser stopped unexpectedly (exit code ${code})`)));
  };

  const timeHead = (worker: Worker) =>
    setTimeout(() => {
      lose(worker, new ImportError(`the file could not be read within ${Math.round(timeLimit / 1000)} s; it was not imported`));
      void worker.terminate();
    }, timeLimit);

  const send = (worker: Worker, job: Job) => {
    const held = threads.get(worker)!;
    held.jobs.push(job);
    held.timer ??= timeHead(worker);
    worker.postMessage({ bytes: job.bytes, path: job.path });
  };

  /**
   * A thread is gone (out of memory, crashed, or stopped for taking too long): the file it
   * was parsing fails, the files queued behind it go back to the front of the queue, and a
   * new thread takes its place.
   */
  const lose = (worker: Worker, err: Error) => {
    const held = threads.get(worker);
    if (!held) return;
    threads.delete(worker);
    clearTimeout(held.timer ?? undefined);
    const [current, ...waiting] = held.jobs;
    queue.unshift(...waiting);
    if (current && !closing && !current.alone && err instanceof ImportError && err.message === OUT_OF_MEMORY) {
      // Once more, with room: on a thread of its own.
      spawn(options.largeHeapMb ?? LARGE_OLD_GENERATION_MB, { ...current, alone: true });
    } else current?.reject(err);
    if (!closing && !current?.alone) {
      spawn();
      pump();
    }
  };

  const pump = () => {
    for (const [worker, held] of threads) {
      if (held.jobs[0]?.alone) continue;
      while (held.jobs.length < THREAD_DEPTH && queue.length > 0) send(worker, queue.shift()!);
    }
  };

  for (let i = 0; i < size; i++) spawn();
  return {
    parse: (bytes, path) =>
      new Promise((resolve, reject) => {
        if (closing) return reject(new Error('the parser was closed'));
        queue.push({ bytes, path, resolve, reject });
        pump();
      }),
    async close() {
      closing = true;
      for (const job of queue.splice(0)) job.reject(new Error('the parser was closed'));
      for (const held of threads.values()) clearTimeout(held.timer ?? undefined);
      await Promise.all([...threads.keys()].map((w) => w.terminate()));
      threads.clear();
    },
  };
}
