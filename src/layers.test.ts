// The layering rules of eslint.config.js bite: each file in lint-fixtures/ breaks one of
// them (statically or through import()) and must be reported; the allowed one must not.
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

describe('layering', () => {
  it('fails every import across layers, static or dynamic, and passes the allowed one', async () => {
    const eslint = new ESLint({ cwd: root, ignore: false });
    const results = await eslint.lintFiles(['lint-fixtures/**/*.ts']);
    const layerErrors = Object.fromEntries(
      results.map((r) => [r.filePath.slice(root.length + 1), r.messages.filter((m) => /may not import/.test(m.message)).length]),
    );
    expect(layerErrors).toEqual({
      'lint-fixtures/core/allowed.ts': 0,
      'lint-fixtures/core/dynamic-server.ts': 1,
      'lint-fixtures/core/imports-cli.ts': 1,
      'lint-fixtures/core/imports-server.ts': 1,
      'lint-fixtures/main/imports-server.ts': 1,
      'lint-fixtures/server/dynamic-main.ts': 1,
      'lint-fixtures/shared/dynamic-core.ts': 1,
    });
  }, 60_000);
});
