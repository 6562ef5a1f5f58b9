// Layering is enforced here, not remembered: each folder may import only what its
// environment has (see ../shared/design/EXAMPLES.md §2).
import tseslint from 'typescript-eslint';

const electronAndUi = ['electron', 'electron/*', 'react', 'react-dom', 'react-dom/*', '@tiptap/react', 'react-i18next'];
const upTo = (f) => `^(\\.\\./)+${f}(/|$)`;
const noUp = (folders) => folders.map((f) => ({ regex: upTo(f), message: `this layer may not import from src/${f}` }));
/**
 * The same rule for `import()`, which no-restricted-imports does not see: a dynamic import
 * across layers would pass lint and break the layering at run time.
 */
const noDynamicUp = (folders) => ({
  'no-restricted-syntax': ['error', ...folders.map((f) => ({
    selector: `ImportExpression[source.value=/${upTo(f).replace(/\//g, '\\/')}/]`,
    message: `this layer may not import from src/${f}, dynamically either`,
  }))],
});
/** Files of a layer, in src/ and in the lint fixtures that prove the rules bite (src/layers.test.ts). */
const layer = (folder) => [`src/${folder}`, `lint-fixtures/${folder}`];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'native/**', 'test-results/**', 'playwright-report/**', 'lint-fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: layer('shared').map((d) => `${d}/**/*.ts`),
    rules: {
      ...noDynamicUp(['core', 'server', 'cli', 'main', 'preload', 'renderer']),
      'no-restricted-imports': ['error', {
        paths: electronAndUi.filter((p) => !p.includes('*')).map((name) => ({ name, message: 'src/shared is plain data and types' })),
        patterns: [...noUp(['core', 'server', 'cli', 'main', 'preload', 'renderer']), { group: ['node:*', 'better-sqlite3', 'jsdom'], message: 'src/shared runs in every process, the renderer included' }],
      }],
    },
  },
  {
    files: ['src/renderer/src/api.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'node:*', 'better-sqlite3', 'jsdom', 'ws'], message: 'the renderer never touches the disk or Node: go through src/renderer/src/api.ts' },
          ...noUp(['core', 'server', 'cli', 'main', 'preload']),
        ],
      }],
    },
  },
  {
    files: layer('renderer').map((d) => `${d}/**/*.{ts,tsx}`),
    rules: noDynamicUp(['core', 'server', 'cli', 'main', 'preload']),
  },
  {
    // Only api.ts knows how calls travel; everything else calls its functions.
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/src/api.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'node:*', 'better-sqlite3', 'jsdom', 'ws'], message: 'the renderer never touches the disk or Node: go through src/renderer/src/api.ts' },
          { regex: '^(\\.\\./)+shared/(bridge|reply)$', message: 'only src/renderer/src/api.ts talks to the transport' },
          ...noUp(['core', 'server', 'cli', 'main', 'preload']),
        ],
      }],
    },
  },
  {
    files: layer('preload').map((d) => `${d}/**/*.ts`),
    rules: {
      'no-restricted-imports': ['error', { patterns: [...noUp(['core', 'server', 'cli', 'main', 'renderer'])] }],
      ...noDynamicUp(['core', 'server', 'cli', 'main', 'renderer']),
    },
  },
  {
    // The desktop transport: a sibling of src/server, which it never reaches into.
    files: layer('main').map((d) => `${d}/**/*.ts`),
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: electronAndUi.filter((p) => !p.startsWith('electron')), message: 'main wires the core to the window: no React' }, ...noUp(['server', 'cli', 'preload', 'renderer'])] }],
      ...noDynamicUp(['server', 'cli', 'preload', 'renderer']),
    },
  },
  {
    // The core knows no transport and no client: not the browser-mode server, not the CLI.
    files: layer('core').map((d) => `${d}/**/*.ts`),
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: electronAndUi, message: 'the core runs in plain Node: no Electron, React or DOM' }, ...noUp(['server', 'cli', 'main', 'preload', 'renderer'])],
      }],
      ...noDynamicUp(['server', 'cli', 'main', 'preload', 'renderer']),
    },
  },
  {
    // Browser mode's transport: the core behind HTTP, as src/main is the core behind IPC.
    files: layer('server').map((d) => `${d}/**/*.ts`),
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: electronAndUi, message: 'the server runs in plain Node: no Electron, React or DOM' }, ...noUp(['cli', 'main', 'preload', 'renderer'])],
      }],
      ...noDynamicUp(['cli', 'main', 'preload', 'renderer']),
    },
  },
  {
    files: [...layer('cli').map((d) => `${d}/**/*.ts`), 'bench/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: electronAndUi, message: 'the CLI runs in plain Node: no Electron, React or DOM' }, ...noUp(['main', 'preload', 'renderer'])],
      }],
      ...noDynamicUp(['main', 'preload', 'renderer']),
    },
  },
);
