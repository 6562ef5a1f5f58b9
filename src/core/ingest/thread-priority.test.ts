// Parser threads run below the writer, on Linux, where a priority belongs to one thread;
// the thread that writes the library (here, the test's) keeps its own.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED } from '../test-support/corpus';
import { createParsePool } from './parse-pool';
import { lowerThreadPriority, PARSER_NICENESS } from './thread-priority';
import { buildWorkerBundle } from './worker-bundle';

/** The niceness of each thread of this process (field 19 of /proc's stat, after the name). */
const niceness = (stat: string) => Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
const threadNiceness = () => readdirSync('/proc/self/task').map((tid) => niceness(readFileSync(join('/proc/self/task', tid, 'stat'), 'utf8')));
const ownNiceness = () => niceness(readFileSync('/proc/thread-self/stat', 'utf8'));

describe.runIf(process.platform === 'linux')('a parser thread', () => {
  it('runs at a lower priority than the thread that writes the library, which keeps its own', async () => {
    const own = ownNiceness();
    const pool = createParsePool(buildWorkerBundle(), { size: 2 });
    try {
      await Promise.all([pool.parse(readFileSync(SEED), SEED), pool.parse(readFileSync(SEED), SEED)]);
      expect(threadNiceness().filter((n) => n === PARSER_NICENESS)).toHaveLength(2);
      expect(ownNiceness()).toBe(own);
    } finally {
      await pool.close();
    }
    expect(threadNiceness().filter((n) => n === PARSER_NICENESS)).toHaveLength(0);
  }, 60_000);

  it('is left alone where a priority belongs to the whole app', () => {
    const before = threadNiceness();
    expect(lowerThreadPriority('darwin')).toBe(false);
    expect(lowerThreadPriority('win32')).toBe(false);
    expect(threadNiceness()).toEqual(before);
  });
});
