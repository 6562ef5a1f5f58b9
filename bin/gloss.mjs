#!/usr/bin/env node
// Runs the TypeScript CLI straight from the checkout (tsx compiles on the fly, cached).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/gloss.ts');
