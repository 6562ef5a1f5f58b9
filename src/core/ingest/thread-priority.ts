// A parser thread gives way to the thread that writes the library. Two parser threads, the
// writer and V8's collector share the cores; at equal priority the writer waited its turn
// behind the parsers about a third of the time, and a parser that had handed back both its
// files sat idle until the writer ran and sent it the next (8 % of each parser's time on two
// cores). Lowered, the parsers yield to the writer the moment it has work, and to whatever
// else the person is doing on the machine. Measured on `npm run bench -- import`, four runs
// each, taking turns: 93.5–99.1 % of the CPU ceiling against 87.1–96.9 % at equal priority.
import { setPriority } from 'node:os';

/** The niceness a parser thread runs at (0 is normal, 19 the lowest). */
export const PARSER_NICENESS = 10;

/**
 * Lowers the calling thread's priority. Only Linux keeps a priority per thread; on macOS and
 * Windows the same call would lower the whole app, writer and window included, so there the
 * threads run at the app's own.
 */
export function lowerThreadPriority(platform: NodeJS.Platform = process.platform): boolean {
  if (platform !== 'linux') return false;
  try {
    setPriority(0, PARSER_NICENESS);
    return true;
  } catch {
    // A sandbox that forbids it leaves the thread at its priority; parsing is the same.
    return false;
  }
}
