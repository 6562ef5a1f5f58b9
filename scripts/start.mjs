#!/usr/bin/env node
// npm start: the desktop app where Electron's binary is installed; browser mode (the same
// app in the system browser, served on 127.0.0.1) where it is not.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

const build = spawnSync(bin('electron-vite'), ['build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);

function electronBinary() {
  try {
    const path = require('electron'); // the binary's path, or a throw when it was never downloaded
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

// npm install does not run Electron's download (package.json allowScripts), so that it
// never fails offline; the binary is fetched here, once, where the network allows.
function fetchElectron() {
  const install = join(root, 'node_modules/electron/install.js');
  if (!existsSync(install)) return;
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  spawnSync(process.execPath, [install], { cwd: join(root, 'node_modules/electron'), stdio: 'ignore', env, timeout: 10 * 60_000 });
}

let electron = electronBinary();
if (!electron && !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  fetchElectron();
  electron = electronBinary();
  if (electron) console.log('Gloss: Electron downloaded.');
}
if (electron) {
  const native = spawnSync(process.execPath, [join(root, 'scripts/electron-native.mjs')], { cwd: root, stdio: 'inherit' });
  if (native.status === 0) {
    const app = spawn(electron, ['.'], { cwd: root, stdio: 'inherit' });
    app.on('exit', (code) => process.exit(code ?? 0));
  } else {
    console.log('Gloss: better-sqlite3 could not be built for Electron (see above); starting browser mode instead.');
    browserMode();
  }
} else {
  console.log("Gloss: Electron's binary is not installed on this machine (it could not be downloaded), so Gloss starts in browser mode instead.");
  browserMode();
}

function browserMode() {
  const server = spawn(process.execPath, ['--v8-pool-size=0', join(root, 'bin/gloss.mjs'), 'serve', ...process.argv.slice(2)], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  let buffer = '';
  server.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    buffer += chunk;
    const url = /^(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/m.exec(buffer)?.[1];
    if (url) {
      buffer = '';
      openBrowser(url);
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => process.exit(code ?? 0));
}

function openBrowser(url) {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  const opener = spawn(command, args, { stdio: 'ignore', detached: true });
  opener.on('error', () => console.log('No system browser could be opened here: open the address above in a browser on this computer.'));
  opener.unref();
}
