#!/usr/bin/env -S node --v8-pool-size=0
// Runs the TypeScript CLI straight from the checkout (tsx compiles on the fly, cached).
//
// --v8-pool-size=0 (here, in package.json's gloss, serve and bench scripts, and in
// scripts/start.mjs) sizes V8's helper threads to the cores less one, not Node's fixed 4. An
// import keeps every core busy with its parser threads, and on two cores three extra
// collector helpers only contend with them: over 2,000 files, in eight runs taking turns, the
// import kept the cores 96–97 % busy with one helper and 95–96 % with four, for the same CPU
// an article. Node reads the size only at start, so it is a flag.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/gloss.ts');
