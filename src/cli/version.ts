import { readFileSync } from 'node:fs';

/** Gloss's version, from the package.json the CLI runs from (the checkout's or the installed app's). */
export function glossVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
