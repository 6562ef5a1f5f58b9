import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { tempLibrary } from '../test-support/corpus';
import { openLibrary } from './db';
import { LATEST_VERSION, LibraryTooNewError } from './migrate';

let t: ReturnType<typeof tempLibrary>;
afterEach(() => t?.dispose());

describe('the library file', () => {
  it('opens in WAL mode with foreign keys on and records its schema version', () => {
    t = tempLibrary();
    expect(t.lib.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(t.lib.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(t.lib.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const ids = t.lib.db.prepare('SELECT id FROM schema_migrations ORDER BY id').pluck().all();
    expect(ids).toEqual(Array.from({ length: LATEST_VERSION }, (_, i) => i + 1));
  });

  it('opening again applies nothing twice', () => {
    t = tempLibrary();
    t.lib.close();
    const again = openLibrary(t.path);
    expect(again.db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(LATEST_VERSION);
    t.lib = again;
  });

  it('refuses a library written by a newer Gloss and leaves it byte for byte untouched', () => {
    t = tempLibrary();
    t.lib.db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    t.lib.db.pragma('wal_checkpoint(TRUNCATE)');
    t.lib.db.pragma('journal_mode = DELETE');
    t.lib.close();
    const before = readFileSync(t.path);
    expect(() => openLibrary(t.path)).toThrow(LibraryTooNewError);
    expect(() => openLibrary(t.path)).toThrow(/newer version of Gloss/);
    expect(readFileSync(t.path).equals(before)).toBe(true);
  });

  it('cascades an article delete to its asset rows', () => {
    t = tempLibrary();
    const db = t.lib.db;
    const id = db
      .prepare(
        `INSERT INTO articles (title, format, encoding, hash, packed_text, packed_source, chars, imported_at, updated_at)
         VALUES ('t', 'text', 'utf-8', 'h', gloss_pack_text(''), gloss_pack_source('', '{}'), 0, '', '')`,
      )
      .run().lastInsertRowid;
    db.prepare('INSERT INTO article_assets (article_id, name, size) VALUES (?, ?, 1)').run(id, 'x.png');
    db.prepare('DELETE FROM articles WHERE id = ?').run(id);
    expect(db.prepare('SELECT count(*) FROM article_assets').pluck().get()).toBe(0);
  });
});
