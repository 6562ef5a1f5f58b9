import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from './main';
import { terminalSafe } from './terminal';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const TITLE = 'Evil\x1b]0;pwned\x07 \x1b[2J\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\ \u202etxt.exe\x9b31m';

describe('printing to a terminal', () => {
  it('escapes control characters and bidi overrides, and JSON still reads back the same text', async () => {
    dir = mkdtempSync(join(tmpdir(), 'gloss-term-'));
    const file = join(dir, 'evil.md');
    writeFileSync(file, `---\ntitle: "${TITLE.replace(/\\/g, '\\\\').replace(/\x1b/g, '\\e').replace(/\x07/g, '\\a').replace(/\x9b/g, '\\x9b')}"\n---\n\n正文 ${TITLE}\n`);
    const lines: string[] = [];
    const io = { out: (s: string) => lines.push(s), err: (s: string) => lines.push(s), stderr: process.stderr };
    const library = join(dir, 'g.db');
    expect(await main(['--library', library, 'import', file], io)).toBe(0);
    const json = lines.length;
    await main(['--library', library, 'list', '--json'], io);
    const [listed] = JSON.parse(lines[json]);
    expect(listed.title).toContain('\x1b]0;pwned');
    for (const command of [['list'], ['show', String(listed.id)], ['search', '正文']]) await main(['--library', library, ...command], io);
    const printed = lines.join('\n');
    expect(printed).not.toMatch(/[\x1b\x07\x9b\u202e]/);
    expect(printed).toContain('\\u001b]0;pwned');
  });

  it('leaves ordinary text, Chinese and line breaks alone', () => {
    expect(terminalSafe('拼多多\t7.88 亿\n“引号”')).toBe('拼多多\t7.88 亿\n“引号”');
  });
});
