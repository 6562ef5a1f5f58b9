// API fuzzing over HTTP (../shared/design/SECURITY.md; issue 14): every call of the contract,
// sent by the page the server served (cookie and key), with hostile bodies. Every reply is
// a success or a typed 4xx refusal that changed nothing, and the server stays up.
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALL_NAMES, FuzzTally, fuzzInputs, fuzzLibraries, INPUTS_PER_CALL, judge, knownBreakers, validInputs } from '../core/test-support/api-fuzz';
import { libraryState } from '../core/test-support/library-state';
import type { DispatchReply } from '../shared/reply';
import { startServer, type RunningServer } from './serve';

let libraries: Awaited<ReturnType<typeof fuzzLibraries>>;
let rendererDir: string;
const tally = new FuzzTally();
beforeAll(async () => {
  libraries = await fuzzLibraries();
  rendererDir = join(libraries.dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Gloss</title>');
});
afterAll(() => {
  console.log(tally.line('HTTP'));
  libraries.dispose();
});

function post(server: RunningServer, name: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: `/api/${name}`,
        method: 'POST',
        headers: { Host: `127.0.0.1:${server.port}`, Cookie: `gloss_token=${server.token}`, 'X-Gloss-Key': server.key, 'Content-Type': 'application/json' },
      },
      (res) => {
        let data = '';
        res.on('data', (c) => (data += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('every HTTP call, fuzzed', () => {
  it.each(CALL_NAMES)('%s answers hostile input with data or a typed 4xx, and a refusal changes nothing', async (name) => {
    const lib = libraries.copy(name);
    const server = await startServer({ lib, rendererDir });
    const all = validInputs(libraries.fixture, join(libraries.dir, 'empty', 'missing.html'));
    const bases = all[name];
    const examples = (knownBreakers(libraries.fixture, all)[name] ?? []).map((input) => [input] as [typeof input]);
    let state = libraryState(lib.db);
    tally.calls.add(name);
    try {
      await fc.assert(
        fc.asyncProperty(fuzzInputs(bases), async (input) => {
          const body = 'raw' in input ? input.raw : (JSON.stringify(input.value) ?? '');
          let res;
          try {
            res = await post(server, name, body);
          } catch {
            // Node's client reuses idle keep-alive connections, and one the server closes
            // (after 5 s idle: generating megabytes of input on a loaded machine can take
            // that long) just as a request goes out is reset. Browsers retry those too;
            // asked again, the server must answer.
            try {
              res = await post(server, name, body);
            } catch (err) {
              tally.crashes++;
              throw new Error(`${name}: the server did not answer: ${(err as Error).message}`);
            }
          }
          if (res.status >= 500) {
            tally.serverErrors++;
            throw new Error(`${name}: ${res.status} ${res.body.slice(0, 500)}`);
          }
          const reply = JSON.parse(res.body) as DispatchReply;
          if (reply.ok !== (res.status === 200) || (!reply.ok && res.status < 400)) throw new Error(`${name}: status ${res.status} for ${res.body.slice(0, 200)}`);
          const judged = judge(tally, reply, state, lib);
          state = judged.state;
          if (judged.problem) throw new Error(`${name}: ${judged.problem}`);
        }),
        { numRuns: INPUTS_PER_CALL, examples },
      );
      // Still up, and still serving.
      expect((await post(server, 'listArticles', '{}')).status).toBe(200);
    } finally {
      await server.close();
      lib.close();
    }
  });
});
