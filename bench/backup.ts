// Backup and restore of a 10,000-article library (100,000 highlights; the search bench's
// builder), each against a plain file copy of the same bytes in the same run: the library
// file copied (for a backup), the backup file copied (for a restore). Each is repeated and
// the fastest run reported, the figure least disturbed by the rest of the machine. The
// backup's phases are timed too: the snapshot; the zip written while the snapshot is checked
// (integrity_check on a thread of its own reads every page and is most of the cost over a
// copy); the zip read back and compared with the checked snapshot.
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackup } from '../src/core/backup/create';
import { restoreBackup } from '../src/core/backup/restore';
import { openLibrary } from '../src/core/library/db';
import { report } from './report';
import { build, corpusSentences } from './search';

const RUNS = Number(process.env.BENCH_BACKUP_RUNS ?? 3);

export async function benchBackup(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-bench-backup-'));
  const path = join(dir, 'Gloss', 'library.db');
  try {
    const lib = openLibrary(path);
    build(lib, corpusSentences());
    lib.db.pragma('wal_checkpoint(TRUNCATE)');
    const articles = lib.db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    const highlights = lib.db.prepare('SELECT count(*) FROM highlights').pluck().get() as number;
    const bytes = statSync(path).size;

    const copy = { backup: Infinity, restore: Infinity };
    const took = { backup: Infinity, restore: Infinity, restoreOver: Infinity };
    let phases = { snapshot: 0, zip: 0, verify: 0 };
    let backupBytes = 0;
    for (let run = 0; run < RUNS; run++) {
      const target = join(dir, `b${run}.glossbackup`);
      let t0 = performance.now();
      copyFileSync(path, join(dir, 'copy.db'));
      copy.backup = Math.min(copy.backup, performance.now() - t0);
      rmSync(join(dir, 'copy.db'));

      const marks: Record<string, number> = {};
      t0 = performance.now();
      await createBackup(lib, target, { appVersion: 'bench', onProgress: (p) => (marks[p.phase] ??= performance.now()) });
      const elapsed = performance.now() - t0;
      if (elapsed < took.backup) {
        took.backup = elapsed;
        phases = { snapshot: marks.writing - t0, zip: marks.verifying - marks.writing, verify: t0 + elapsed - marks.verifying };
      }
      backupBytes = statSync(target).size;

      t0 = performance.now();
      copyFileSync(target, join(dir, 'copy.glossbackup'));
      copy.restore = Math.min(copy.restore, performance.now() - t0);
      rmSync(join(dir, 'copy.glossbackup'));

      // Into a new place (what replacing costs), then over the open library (which first keeps it as a backup).
      const fresh = join(dir, `fresh${run}`, 'library.db');
      t0 = performance.now();
      await restoreBackup(fresh, target, { backupsFolder: join(dir, 'kept'), appVersion: 'bench', current: null, release: () => undefined });
      took.restore = Math.min(took.restore, performance.now() - t0);
      rmSync(join(dir, `fresh${run}`), { recursive: true, force: true });
      rmSync(target);
    }
    lib.close();

    const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
    {
      // Restore over an open library: keeps a verified backup of it first, then replaces it.
      const target = join(dir, 'over.glossbackup');
      const source = openLibrary(path);
      await createBackup(source, target, { appVersion: 'bench' });
      source.close();
      for (let run = 0; run < RUNS; run++) {
        const current = openLibrary(path);
        const t0 = performance.now();
        await restoreBackup(path, target, { backupsFolder: join(dir, 'kept'), appVersion: 'bench', current, release: () => current.close() });
        took.restoreOver = Math.min(took.restoreOver, performance.now() - t0);
        rmSync(join(dir, 'kept'), { recursive: true, force: true });
      }
    }
    report('backup', [
      ['library', `${articles} articles, ${highlights} highlights, ${(bytes / 1024 / 1024).toFixed(0)} MB; backup file ${(backupBytes / 1024 / 1024).toFixed(0)} MB`],
      ['runs', `${RUNS}, fastest reported`],
      ['backup (written and verified)', `${seconds(took.backup)} = ${ratio(took.backup, copy.backup)} a copy of the library file (${seconds(copy.backup)})`],
      ['  snapshot (online backup API)', seconds(phases.snapshot)],
      ['  zip written and flushed, snapshot checked meanwhile', seconds(phases.zip)],
      ['  zip read back, compared with the snapshot', seconds(phases.verify)],
      ['restore into a new place (checked and replaced)', `${seconds(took.restore)} = ${ratio(took.restore, copy.restore)} a copy of the backup file (${seconds(copy.restore)})`],
      ['restore over the open library (its backup first)', `${seconds(took.restoreOver)} = ${ratio(took.restoreOver, copy.restore)} a copy of the backup file`],
      ['goal', '≤ 3× the copy and < 10 s, each'],
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
