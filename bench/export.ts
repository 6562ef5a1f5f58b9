// Markdown export of a large library: 10,000 articles and 100,000 highlights (the search
// benchmark's library), some notes and claims among them. Three figures: the first export
// into an empty folder (goal < 30 s), a second export over it (every file found by its
// gloss id, read, merged and found unchanged), and the baseline, writing the same files'
// bytes with plain writeFileSync in the same run.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLibrary } from '../src/core/library/db';
import { exportMarkdown } from '../src/core/export/markdown-export';
import { noteFromText } from '../src/shared/reading/note-schema';
import { report } from './report';
import { build, corpusSentences } from './search';

const seconds = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

export async function benchExport(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-bench-export-'));
  const lib = openLibrary(join(dir, 'library.db'));
  try {
    build(lib, corpusSentences());
    // A note on every tenth highlight and a claim on every twentieth, as a reader leaves them.
    lib.db.transaction(() => {
      const note = JSON.stringify(noteFromText('需要核实：来源？'));
      lib.db.prepare("UPDATE highlights SET note = ?, note_text = '需要核实：来源？' WHERE id % 10 = 0").run(note);
      const at = new Date().toISOString();
      lib.db.prepare("INSERT INTO claims (highlight_id, statement, status, reviewed_at, status_at, created_at, updated_at) SELECT id, exact, 'needs-source', ?, ?, ?, ? FROM highlights WHERE id % 20 = 0").run(at, at, at, at);
    })();
    const ids = lib.db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[];
    const highlights = lib.db.prepare('SELECT count(*) FROM highlights').pluck().get() as number;

    const out = join(dir, 'vault');
    let t0 = performance.now();
    const first = exportMarkdown(lib, ids, out);
    const firstTime = seconds(t0);
    t0 = performance.now();
    const again = exportMarkdown(lib, ids, out);
    const againTime = seconds(t0);

    const files = readdirSync(out).map((name) => ({ name, bytes: readFileSync(join(out, name)) }));
    const copy = join(dir, 'copy');
    mkdirSync(copy);
    t0 = performance.now();
    for (const f of files) writeFileSync(join(copy, f.name), f.bytes);
    const copyTime = seconds(t0);
    const mb = files.reduce((n, f) => n + f.bytes.length, 0) / 1024 / 1024;

    report('export', [
      ['library', `${ids.length.toLocaleString('en')} articles, ${highlights.toLocaleString('en')} highlights`],
      ['Markdown export, first', `${firstTime} (goal < 30 s): ${first.created.toLocaleString('en')} files, ${mb.toFixed(0)} MB, ${first.failed} failed`],
      ['Markdown export, again in place', `${againTime}: ${again.unchanged.toLocaleString('en')} unchanged, ${again.updated} updated, ${again.created} created`],
      ['baseline: the same bytes with writeFileSync', copyTime],
    ]);
  } finally {
    lib.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
