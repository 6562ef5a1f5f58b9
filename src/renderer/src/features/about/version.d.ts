/** Gloss's version from package.json, set by the build (electron.vite.config.ts `define`). */
declare const __GLOSS_VERSION__: string;
