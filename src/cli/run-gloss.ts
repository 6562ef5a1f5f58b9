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

/** `answer`: what a person at a terminal answers a question with (none: no terminal, as in a script). */
export async function runGloss(library: string, args: string[], answer?: string): Promise<GlossRun> {
  const out: string[] = [];
  const err: string[] = [];
  const ask = answer === undefined ? undefined : async (question: string) => (err.push(question), answer);
  const code = await main(['--library', library, ...args], { out: (s) => out.push(s), err: (s) => err.push(s), stderr: process.stderr, ask });
  return { code, out, err, json: () => JSON.parse(out[0]) };
}
