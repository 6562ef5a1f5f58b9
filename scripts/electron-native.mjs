#!/usr/bin/env node
// better-sqlite3 is a native module, and Electron's ABI differs from Node's. The tests and
// the CLI use node_modules' build (for Node); the desktop app loads a second build, made
// here for the installed Electron and kept in native/electron/, through better-sqlite3's
// `nativeBinding` option. One checkout, both runtimes, no manual rebuild.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const sqliteVersion = require('better-sqlite3/package.json').version;
const outDir = join(root, 'native/electron');
const stamp = join(outDir, 'built-for.json');
const wanted = JSON.stringify({ electron: electronVersion, betterSqlite3: sqliteVersion, arch: process.arch });

if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted && existsSync(join(outDir, 'better_sqlite3.node'))) process.exit(0);

console.log(`Gloss: building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (once; takes a few minutes)…`);
const work = join(root, 'native/build/better-sqlite3');
rmSync(work, { recursive: true, force: true });
cpSync(dirname(require.resolve('better-sqlite3/package.json')), work, { recursive: true, filter: (src) => !src.includes(`${join('better-sqlite3', 'build')}`) });

const nodeGyp = process.env.npm_config_node_gyp ?? require.resolve('node-gyp/bin/node-gyp.js');
const env = { ...process.env };
// A nodedir set for Node's own headers (as on some machines' npm config) would build for the wrong ABI.
for (const key of Object.keys(env)) if (/^npm_config_nodedir$/i.test(key)) delete env[key];
const result = spawnSync(
  process.execPath,
  [nodeGyp, 'rebuild', '--release', `--target=${electronVersion}`, '--runtime=electron', `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers'],
  { cwd: work, stdio: 'inherit', env },
);
if (result.status !== 0) process.exit(result.status ?? 1);
mkdirSync(outDir, { recursive: true });
cpSync(join(work, 'build/Release/better_sqlite3.node'), join(outDir, 'better_sqlite3.node'));
writeFileSync(stamp, wanted);
rmSync(join(root, 'native/build'), { recursive: true, force: true });
