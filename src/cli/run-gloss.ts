// The CLI run in-process on a library, its output caught: how the CLI's tests call it.
import { main } from './main';

export interface GlossRun {
  code: number;
  out: string[];
  err: string[];
  /** The first line of output, parsed. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test code reads whichever shape the command prints
  json: () => any;
}

export async function runGloss(library: string, args: string[]): Promise<GlossRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['--library', library, ...args], { out: (s) => out.push(s), err: (s) => err.push(s), stderr: process.stderr });
  return { code, out, err, json: () => JSON.parse(out[0]) };
}
