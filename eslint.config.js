// Layering is enforced here, not remembered: each folder may import only what its
// environment has (see ../shared/design/EXAMPLES.md §2).
import tseslint from 'typescript-eslint';

const electronAndUi = ['electron', 'electron/*', 'react', 'react-dom', 'react-dom/*', '@tiptap/react', 'react-i18next'];
const noUp = (folders) => folders.map((f) => ({ regex: `^(\\.\\./)+${f}(/|$)`, message: `this layer may not import from src/${f}` }));

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'native/**', 'test-results/**', 'playwright-report/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: electronAndUi.filter((p) => !p.includes('*')).map((name) => ({ name, message: 'src/shared is plain data and types' })),
        patterns: [...noUp(['core', 'cli', 'main', 'preload', 'renderer']), { group: ['node:*', 'better-sqlite3', 'jsdom'], message: 'src/shared runs in every process, the renderer included' }],
      }],
    },
  },
  {
    files: ['src/renderer/src/api.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'node:*', 'better-sqlite3', 'jsdom', 'ws'], message: 'the renderer never touches the disk or Node: go through src/renderer/src/api.ts' },
          ...noUp(['core', 'cli', 'main', 'preload']),
        ],
      }],
    },
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
          ...noUp(['core', 'cli', 'main', 'preload']),
        ],
      }],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...noUp(['core', 'cli', 'main', 'renderer'])] }],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: electronAndUi.filter((p) => !p.startsWith('electron')), message: 'main wires the core to the window: no React' }, ...noUp(['cli', 'preload', 'renderer'])] }],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/cli/**/*.ts', 'bench/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: electronAndUi, message: 'the core and CLI run in plain Node: no Electron, React or DOM' }, ...noUp(['main', 'preload', 'renderer'])],
      }],
    },
  },
);
