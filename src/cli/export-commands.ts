// gloss export | import-json: the library leaves as Markdown (one file per article, updated
// in place on every export) or as JSON (everything, for import-json into another library).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { claimReviews } from '../core/export/claim-review';
import { writeJsonExport } from '../core/export/json-export';
import { importJsonFile } from '../core/export/json-import';
import { exportMarkdown } from '../core/export/markdown-export';
import { scopeArticleIds, type ExportScope } from '../core/export/scope';
import { writeFileAtomic } from '../core/export/atomic-write';
import { InvalidInputError, NotFoundError } from '../core/errors';
import { idArg, UsageError, type Command, type Io, type Values } from './command';
import { progressBar } from './progress';

function scopeOption(values: Values): ExportScope {
  const given = [values.article !== undefined, values.tag !== undefined, values.query !== undefined].filter(Boolean).length;
  if (given > 1) throw new UsageError('export takes one of --article, --tag, --query (or none, for the whole library)');
  if (values.article !== undefined) return { articleId: idArg(values.article, '--article') };
  if (values.tag !== undefined) {
    if (values.tag.length !== 1 || !values.tag[0].trim()) throw new UsageError('export takes one --tag');
    return { tag: values.tag[0] };
  }
  if (values.query !== undefined) {
    if (!values.query.trim()) throw new UsageError('--query needs a search query');
    return { query: values.query };
  }
  return { all: true };
}

/** A progress line on a terminal, for exports of more than a handful of articles. */
function progress(io: Io, values: Values, label: string) {
  const bar = !values.json && io.stderr.isTTY ? progressBar(io.stderr) : null;
  return {
    update: (done: number, total: number) => bar?.update({ done, total, path: label }),
    done: () => bar?.done(),
  };
}

export const exportCommands: Record<string, Command> = {
  export(lib, args, values, io) {
    if (args.length) throw new UsageError('export takes no arguments; choose with --format, --out, --article, --tag, --query');
    const format = values.format;
    if (format !== 'md' && format !== 'json') throw new UsageError('export needs --format md or --format json');
    if (!values.out) throw new UsageError('export needs --out DIR, the folder to write into');
    if (values['full-text'] && format !== 'md') throw new UsageError('--full-text is for --format md (the JSON export always holds the text)');
    if (values['claim-review'] && format !== 'json') throw new UsageError('--claim-review is for --format json');
    const scope = scopeOption(values);
    const dir = resolve(values.out);
    let ids: number[];
    try {
      ids = scopeArticleIds(lib, scope);
    } catch (err) {
      if (!(err instanceof NotFoundError)) throw err;
      io.err(`gloss: ${err.message}`);
      return 1;
    }
    const shown = progress(io, values, format === 'md' ? 'Markdown' : 'JSON');
    if (format === 'md') {
      const summary = exportMarkdown(lib, ids, dir, { fullText: values['full-text'], onProgress: shown.update });
      shown.done();
      if (values.json) io.out(JSON.stringify({ format, ...summary }));
      else {
        for (const f of summary.files) if (f.status === 'error') io.out(`✗ ${f.error}`);
        io.out(`${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.failed} failed, in ${dir}`);
      }
      return summary.failed > 0 ? 1 : 0;
    }
    mkdirSync(dir, { recursive: true });
    const day = new Date().toISOString().slice(0, 10);
    const file = join(dir, `gloss-export-${day}.json`);
    writeJsonExport(lib, ids, 'all' in scope, file, { onProgress: shown.update });
    shown.done();
    let reviews: string | null = null;
    if (values['claim-review']) {
      reviews = join(dir, `gloss-claim-reviews-${day}.jsonld`);
      writeFileAtomic(reviews, `${JSON.stringify(claimReviews(lib, ids), null, 2)}\n`);
    }
    if (values.json) io.out(JSON.stringify({ format, file, articles: ids.length, claimReviews: reviews }));
    else io.out(`${ids.length} article${ids.length === 1 ? '' : 's'} written to ${file}${reviews ? `; settled claims to ${reviews}` : ''}`);
    return 0;
  },

  async 'import-json'(lib, args, values, io) {
    if (args.length !== 1) throw new UsageError('import-json takes one file');
    try {
      const summary = await importJsonFile(lib, resolve(args[0]));
      if (values.json) io.out(JSON.stringify(summary));
      else {
        const { articles, highlights, claims } = summary;
        io.out(
          `${articles.added} articles, ${highlights.added} highlights and ${claims.added} claims added; ` +
            `${articles.existing + highlights.existing + claims.existing} already in the library` +
            (claims.skipped + summary.evidence.skipped ? `; ${claims.skipped + summary.evidence.skipped} skipped (a claim on a highlight that has one, or a link to what the export left out)` : ''),
        );
      }
      return 0;
    } catch (err) {
      if (!(err instanceof InvalidInputError)) throw err;
      io.err(`gloss: ${args[0]}: ${err.message} (nothing was imported)`);
      return 1;
    }
  },
};
