// API fuzzing over IPC (../shared/design/SECURITY.md; issue 14): every call of the contract,
// through the real channel registration and the real core, with hostile input from the app
// window's frame. Every reply is a success or a typed refusal that changed nothing.
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createCoreApi } from '../core/api';
import { CALL_NAMES, FuzzTally, fuzzInputs, fuzzLibraries, INPUTS_PER_CALL, judge, knownBreakers, validInputs } from '../core/test-support/api-fuzz';
import { libraryState } from '../core/test-support/library-state';
import type { DispatchReply } from '../shared/reply';
import { channel, registerIpc, type IpcMainLike } from './ipc';

type Handler = Parameters<IpcMainLike['handle']>[1];
const appFrame = { senderFrame: { url: 'app://gloss/index.html', parent: null } };

let libraries: Awaited<ReturnType<typeof fuzzLibraries>>;
const tally = new FuzzTally();
beforeAll(async () => {
  libraries = await fuzzLibraries();
});
afterAll(() => {
  console.log(tally.line('IPC'));
  libraries.dispose();
});

/** importPaths reads whatever path it is given: while fuzzed, only names inside an empty folder. */
function confine(dir: string) {
  return (input: unknown) => {
    const paths = (input as { paths?: unknown } | null)?.paths;
    if (!Array.isArray(paths)) return input;
    return { ...(input as object), paths: paths.map((p) => (typeof p === 'string' ? join(dir, p.replace(/[/\\.]/g, '_') || '_') : p)) };
  };
}

describe('every IPC call, fuzzed', () => {
  it.each(CALL_NAMES)('%s answers hostile input with data or a typed refusal, and a refusal changes nothing', async (name) => {
    const lib = libraries.copy(name);
    const handlers = new Map<string, Handler>();
    registerIpc({ handle: (c, h) => void handlers.set(c, h) }, createCoreApi(lib));
    const handler = handlers.get(channel(name))!;
    const all = validInputs(libraries.fixture, join(libraries.dir, 'empty', 'missing.html'));
    const bases = all[name];
    const examples = (knownBreakers(libraries.fixture, all)[name] ?? []).map((input) => [input] as [typeof input]);
    let state = libraryState(lib.db);
    tally.calls.add(name);
    try {
      await fc.assert(
        fc.asyncProperty(fuzzInputs(bases, confine(join(libraries.dir, 'empty'))), async (input) => {
          // Electron clones what the renderer sends (structured clone), as this does.
          const sent = structuredClone('value' in input ? input.value : input.raw);
          let reply: DispatchReply;
          try {
            reply = await handler(appFrame, sent);
          } catch (err) {
            tally.crashes++;
            throw new Error(`${name} threw instead of answering: ${(err as Error).stack}`);
          }
          const judged = judge(tally, reply, state, lib);
          state = judged.state;
          if (judged.problem) throw new Error(`${name}: ${judged.problem}`);
        }),
        { numRuns: INPUTS_PER_CALL, examples },
      );
    } finally {
      lib.close();
    }
  });
});
