import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { windowIcon } from './window-icon';

const ROOT = join(import.meta.dirname, '../..');

describe('the window icon', () => {
  it('is the generated PNG, found from where the built main process runs', () => {
    const icon = windowIcon(join(ROOT, 'out/main'));
    expect(existsSync(icon)).toBe(true);
    const png = readFileSync(icon);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(512); // width, from the IHDR chunk
  });

  it('and every icon electron-builder is told about exists', () => {
    const config = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8');
    const named = [...config.matchAll(/icon: (\S+)/g)].map((m) => m[1]);
    expect(named).toEqual(['resources/icons', 'resources/icon.icns', 'resources/icon.ico']);
    for (const path of named) expect(existsSync(join(ROOT, path)), path).toBe(true);
    expect(config).toContain('- resources/icons/512x512.png');
  });
});
