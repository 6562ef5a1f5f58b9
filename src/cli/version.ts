// The version of Gloss the CLI and browser mode run as: written into every backup's manifest,
// and named when a backup from a newer Gloss is refused.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_VERSION = (JSON.parse(readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../package.json'), 'utf8')) as { version: string }).version;
