// The only SQL about settings and reading positions.
import { DEFAULT_SETTINGS, Settings } from '../../shared/api';
import type { Library } from './db';

export function getSettings(lib: Library): Settings {
  const rows = lib.db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  // A value written by another version that no longer fits falls back to the default.
  const parsed = Settings.partial().safeParse(stored);
  return { ...DEFAULT_SETTINGS, ...(parsed.success ? parsed.data : {}) };
}

export function setSettings(lib: Library, changes: Partial<Settings>): Settings {
  const put = lib.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  lib.db.transaction(() => {
    for (const [key, value] of Object.entries(changes)) if (value !== undefined) put.run(key, JSON.stringify(value));
  })();
  return getSettings(lib);
}

export function getReadingPosition(lib: Library, id: number): number | null {
  return (lib.db.prepare('SELECT position FROM reading_positions WHERE article_id = ?').pluck().get(id) as number | undefined) ?? null;
}

export function setReadingPosition(lib: Library, id: number, position: number): void {
  lib.db
    .prepare(
      `INSERT INTO reading_positions (article_id, position, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(article_id) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at`,
    )
    .run(id, position, new Date().toISOString());
}
