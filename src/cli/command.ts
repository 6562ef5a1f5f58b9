// What every command of the CLI is: a function of the open library, its arguments and
// options, and where to write; the number it returns is the exit status.
import type { Library } from '../core/library/db';
import type { Emphasised } from './terminal';

/** The caller's mistake in how a command was written: one line, and exit status 2. */
export class UsageError extends Error {}

/** Where the CLI writes, as the process (or a test) gives it. */
export interface RawIo {
  out: (s: string) => void;
  err: (s: string) => void;
  stderr: NodeJS.WriteStream;
  /** Whether stdout is a terminal: then matches are printed as emphasis. */
  terminal?: boolean;
  /** Asks a person a question and returns their answer; absent when no one can answer (not a terminal). */
  ask?: (question: string) => Promise<string>;
}

/** What a command writes through: text made terminal-safe, and lines with emphasised parts. */
export interface Io {
  out: (s: string | Emphasised) => void;
  err: (s: string) => void;
  stderr: NodeJS.WriteStream;
  ask?: (question: string) => Promise<string>;
}

export type Values = {
  json?: boolean;
  'max-size'?: string;
  sort?: string;
  port?: string;
  quote?: string;
  occurrence?: string;
  color?: string;
  note?: string;
  tag?: string[];
  article?: string;
  limit?: string;
  status?: string;
  statement?: string;
  again?: string;
  reason?: string;
  due?: boolean;
  supports?: string;
  contradicts?: string;
  context?: string;
  title?: string;
  format?: string;
  out?: string;
  query?: string;
  'full-text'?: boolean;
  'claim-review'?: boolean;
  empty?: boolean;
  yes?: boolean;
};

export type Command = (lib: Library, args: string[], values: Values, io: Io) => number | Promise<number>;

/** A positional id (a whole number from 1), or a usage error naming what it should be. */
export function idArg(value: string | undefined, what: string): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${what} is a number, not “${value ?? ''}”`);
  return Number(value);
}
