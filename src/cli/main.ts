// gloss: the command line on the same core as the app, for scripts, tests and benchmarks.
import { parseArgs } from 'node:util';
import { HIGHLIGHT_COLORS, type Article, type ArticleSummary, type HighlightColor, type ImportResult, type SearchResults } from '../shared/model';
import { AnnotationError, createHighlight, findQuote, highlightAt, listHighlights } from '../core/annotations/highlights';
import { articleText, getArticle, listArticles } from '../core/library/articles';
import { isCorruption, LibraryDamagedError } from '../core/library/damage';
import { openLibrary, type Library } from '../core/library/db';
import { defaultLibraryPath } from '../core/library/paths';
import { importPaths, DEFAULT_MAX_BYTES } from '../core/ingest/import-files';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { progressBar } from './progress';
import { reindex, searchLibrary } from '../core/search/search';
import { snippetString } from '../core/search/snippets';
import { libraryCommands } from './library-commands';
import { lazyGroups } from './lazy-commands';
import { holdLibrary } from '../core/library/holder';
import { APP_VERSION } from './version';
import { UsageError, type Command, type Io, type RawIo } from './command';
import { highlightCommands } from './highlight-commands';
import { highlightJson } from './highlight-json';
import { snippetLine } from './snippet-line';
import { emphasise, terminalSafe } from './terminal';

const USAGE = `Usage: gloss [--library PATH] <command> [options]

Commands:
  import PATH…        import article files and folders (HTML, hexo/Jekyll posts, Markdown)
                      --max-size MB   refuse files larger than this (default ${DEFAULT_MAX_BYTES / 1024 / 1024})
  list                list the library's articles   --sort imported|published|title
  show ID             show one article with its plain text
  annotate ID --quote TEXT [--occurrence N] [--color C] [--note TEXT] [--tag T]…
                      highlight the N-th occurrence (default 1) of TEXT in article ID
  highlights [--article ID] [--tag T] [--color C]
                      list highlights with their notes
  delete-highlight ID delete a highlight (says so when a note or a claim goes with it)
  search QUERY…       search articles, highlights, notes and claims; every matching article
                      unless --limit N. QUERY: words (AND), "a phrase", -exclude, a OR b,
                      tag:T color:C in:articles|highlights|notes|claims site:S before:D after:D
                      is:claim status:S
  claim HIGHLIGHT_ID  make a highlight a claim, or change its claim
                      [--status S] [--reason T] [--statement T] [--note T] [--again YYYY-MM-DD|none]
  claims              list claims   [--status S] [--tag T] [--due]
  link CLAIM_ID       link evidence: --supports|--contradicts|--context HIGHLIGHT_ID|claim:ID|URL
                      [--title T] (a web page's title)
  review              the claims due for review, oldest due first, each with passages of
                      other articles that may bear on it
                      Statuses S: to-check, needs-source, supported, contradicted, mixed, unverifiable
  export --format md|json --out DIR [--article ID | --tag T | --query Q]
                      Markdown: one file per article, updated in place on every export
                      (--full-text adds the article's text); JSON: everything, for
                      import-json (--claim-review adds settled claims as ClaimReview)
  import-json FILE    merge a JSON export into the library (nothing is added twice)
  delete ID…          move articles to the Trash, with their highlights, notes and claims
  restore-article ID… bring articles back from the Trash
  archive ID…         move articles out of the Inbox into the Archive
  trash               list the Trash (kept 30 days)   --empty  delete what it holds for good
                      (on a terminal it asks first; --yes does not ask)
  merge-copy ID       merge a copy into its original (its highlights move over)
  unmerge MERGE_ID    undo a merge: the highlights go back to the copy, out of the Trash
  keep-copy ID        keep a copy as an article of its own
  reindex             rebuild the search index from the library
  backup FILE         write a verified backup of the library to FILE (.glossbackup)
  backups             list the backups in the backups folder
  restore FILE        restore a backup: checks it, keeps the current library in the
                      backups folder, then replaces it
  serve               browser mode: the app and its API on 127.0.0.1 (Ctrl-C stops it)
                      --port N        the port (default: any free port)

Every command takes --json for machine-readable output and
--library PATH (default: ${defaultLibraryPath()}). gloss --version prints the version.
Exit status: 0 success, 1 when any file failed or an article was not found, 2 for bad usage.`;

export async function main(argv: string[], rawIo: RawIo = defaultIo()): Promise<number> {
  const io: Io = {
    out: (s) => rawIo.out(typeof s === 'string' ? terminalSafe(s) : emphasise(s, rawIo.terminal === true)),
    err: (s) => rawIo.err(terminalSafe(s)),
    stderr: rawIo.stderr,
    ask: rawIo.ask && ((q) => rawIo.ask!(terminalSafe(q))),
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        library: { type: 'string' },
        json: { type: 'boolean', default: false },
        'max-size': { type: 'string' },
        sort: { type: 'string' },
        port: { type: 'string' },
        quote: { type: 'string' },
        occurrence: { type: 'string' },
        color: { type: 'string' },
        note: { type: 'string' },
        tag: { type: 'string', multiple: true },
        article: { type: 'string' },
        limit: { type: 'string' },
        status: { type: 'string' },
        statement: { type: 'string' },
        again: { type: 'string' },
        reason: { type: 'string' },
        due: { type: 'boolean' },
        supports: { type: 'string' },
        contradicts: { type: 'string' },
        context: { type: 'string' },
        title: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        query: { type: 'string' },
        'full-text': { type: 'boolean' },
        'claim-review': { type: 'boolean' },
        empty: { type: 'boolean' },
        yes: { type: 'boolean', short: 'y' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (err) {
    io.err(`gloss: ${usageLine(err as Error & { code?: string })} (gloss --help lists the commands and options)`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...args] = positionals;
  if (values.version) {
    io.out(APP_VERSION);
    return 0;
  }
  if (values.help || !command) {
    (values.help ? io.out : io.err)(USAGE);
    return values.help ? 0 : 2;
  }

  let lib: Library | null = null;
  try {
    const run = COMMANDS[command];
    // Restore runs on the path: the library it replaces may be damaged beyond opening.
    if (command === 'restore') return await (await import('./backup-commands')).restore(values.library ?? defaultLibraryPath(), args, values, io);
    if (!run) throw new UsageError(`unknown command '${command}'`);
    lib = openLibrary(values.library ?? defaultLibraryPath());
    const code = await run(lib, args, values, io);
    if (code === SERVING) {
      lib = null; // the server owns it now, until the process is stopped
      return 0;
    }
    return code;
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`gloss: ${err.message} (gloss --help lists the commands and options)`);
      return 2;
    }
    // Damage SQLite found only as the command read it: said as at open.
    const shown = isCorruption(err) ? new LibraryDamagedError(values.library ?? defaultLibraryPath(), (err as Error).message) : (err as Error);
    io.err(`gloss: ${shown instanceof LibraryDamagedError ? await (await import('./backup-commands')).damagedAdvice(shown) : shown.message}`);
    return 1;
  } finally {
    lib?.close();
  }
}

/** Returned by `serve`: the command keeps running and keeps the library open. */
const SERVING = -1;

/** parseArgs's complaint in one short line (its own explains `--` at length). */
function usageLine(err: Error & { code?: string }): string {
  const option = /'([^']+)'/.exec(err.message)?.[1];
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option ${option}`;
  return err.message.split(/\.\s/)[0];
}

const COMMANDS: Record<string, Command> = {
  ...lazyGroups,
  ...libraryCommands,
  ...highlightCommands,
  async annotate(lib, args, values, io) {
    if (args.length !== 1 || !/^\d+$/.test(args[0])) throw new UsageError('annotate takes one article id');
    if (!values.quote) throw new UsageError('annotate needs --quote TEXT');
    const occurrence = values.occurrence === undefined ? 1 : Number(values.occurrence);
    if (!Number.isInteger(occurrence) || occurrence < 1) throw new UsageError('--occurrence takes a whole number from 1');
    const color = (values.color ?? 'yellow') as HighlightColor;
    if (!HIGHLIGHT_COLORS.includes(color)) throw new UsageError(`--color is one of ${HIGHLIGHT_COLORS.join(', ')}`);
    const articleId = Number(args[0]);
    try {
      const { start, end } = findQuote(lib, articleId, values.quote, occurrence);
      // Run twice, a script gets the highlight it made the first time, and is told so.
      const existing = highlightAt(lib, articleId, start, end);
      if (existing) {
        io.out(values.json ? JSON.stringify({ ...highlightJson(existing), existed: true }) : `highlight ${existing.id} exists already: “${existing.quote}” (${existing.start}–${existing.end})`);
        return 0;
      }
      const h = createHighlight(lib, { articleId, start, end, color, note: values.note ? (await import('../shared/reading/note-schema')).noteFromText(values.note) : null, noteText: values.note ?? '', tags: values.tag ?? [] });
      io.out(values.json ? JSON.stringify({ ...highlightJson(h), existed: false }) : `highlight ${h.id}: “${h.quote}” (${h.start}–${h.end})`);
      return 0;
    } catch (err) {
      if (!(err instanceof AnnotationError)) throw err;
      io.err(`gloss: ${err.message}`);
      return 1;
    }
  },

  highlights(lib, args, values, io) {
    if (args.length) throw new UsageError('highlights takes no arguments; filter with --article, --tag, --color');
    if (values.article !== undefined && !/^\d+$/.test(values.article)) throw new UsageError('--article takes an article id');
    if (values.article !== undefined && articleText(lib, Number(values.article)) === undefined) {
      io.err(`gloss: no article with id ${values.article}`);
      return 1;
    }
    const list = listHighlights(lib, { articleId: values.article === undefined ? undefined : Number(values.article), tag: values.tag?.[0], color: values.color });
    if (values.json) io.out(JSON.stringify(list.map(highlightJson)));
    else if (list.length === 0) io.out('No highlights.');
    else
      for (const h of list) {
        io.out(`${String(h.id).padStart(5)}  [${h.color}${h.anchor === 'exact' ? '' : `, ${h.anchor}`}] article ${h.articleId}: “${h.quote}”${h.tags.length ? `  #${h.tags.join(' #')}` : ''}`);
        if (h.noteText.trim()) io.out(`       note: ${h.noteText.trim().replace(/\s*\n\s*/g, ' / ')}`);
      }
    return 0;
  },

  search(lib, args, values, io) {
    const query = args.join(' ').trim();
    if (!query) throw new UsageError('search needs a query');
    if (values.limit !== undefined && !/^\d+$/.test(values.limit)) throw new UsageError('--limit takes a whole number');
    const results = searchLibrary(lib, query, { limit: values.limit === undefined ? undefined : Number(values.limit) });
    if (values.json) {
      io.out(JSON.stringify(searchJson(results)));
      return 0;
    }
    if (results.total === 0) io.out('No matches.');
    for (const a of results.articles) {
      io.out(`${String(a.id).padStart(5)}  ${a.title}  (${a.occurrences} in the text)`);
      for (const h of a.hits) io.out([`       ${h.kind === 'article' ? '' : `[${h.kind} ${h.id}] `}`, ...snippetLine(h.snippet)]);
    }
    if (results.total > results.articles.length) io.out(`… ${results.total - results.articles.length} more articles`);
    return 0;
  },

  reindex(lib, args, _values, io) {
    if (args.length) throw new UsageError('reindex takes no arguments');
    const started = performance.now();
    const rows = reindex(lib);
    io.out(`Indexed ${rows} items in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    return 0;
  },

  async serve(lib, args, values, io) {
    if (args.length) throw new UsageError('serve takes no arguments');
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port takes a port number');
    const rendererDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../out/renderer');
    // Held, not just open: a restore from the app replaces the library while it is served.
    lib.close();
    const holder = holdLibrary(lib.path);
    lib = holder.lib;
    const { startServer } = await import('../server/serve');
    const server = await startServer({ lib, rendererDir, port, backups: { holder, appVersion: APP_VERSION, automatic: true } });
    io.err(`Gloss is running in browser mode on 127.0.0.1 only. Open this address (it carries this session's key):`);
    io.out(server.openUrl);
    const stop = () => void server.close().then(() => {
      lib.close();
      process.exit(0);
    });
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return SERVING;
  },

  async import(lib, args, values, io) {
    if (args.length === 0) throw new UsageError('import needs at least one file or folder');
    let maxBytes = DEFAULT_MAX_BYTES;
    if (values['max-size'] !== undefined) {
      const mb = Number(values['max-size']);
      if (!(mb > 0)) throw new UsageError('--max-size takes a number of megabytes');
      maxBytes = mb * 1024 * 1024;
    }
    const bar = !values.json && io.stderr.isTTY ? progressBar(io.stderr) : null;
    const controller = new AbortController();
    const stop = () => controller.abort();
    process.once('SIGINT', stop);
    const summary = await importPaths(lib, args, {
      maxBytes,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.result && values.json) io.out(JSON.stringify(resultJson(p.result)));
        bar?.update(p);
      },
    });
    process.off('SIGINT', stop);
    bar?.done();
    // After one object per file, one for the whole import: a script reads the last line.
    if (values.json) {
      const { imported, duplicate, updated, failed, skipped, cancelled } = summary;
      io.out(JSON.stringify({ summary: { files: summary.results.length, imported, duplicate, updated, failed, skipped, cancelled } }));
    } else {
      for (const r of summary.results) {
        if (r.status === 'error') io.out(`✗ ${r.path}: ${r.error}`);
        else if (r.warnings.length) io.out(`! ${r.path}: ${r.warnings.join('; ')}`);
      }
      io.out(
        `${summary.imported} imported, ${summary.duplicate} duplicate, ${summary.updated} updated, ${summary.failed} failed` +
          (summary.skipped ? `, ${summary.skipped} skipped (not articles)` : '') +
          (summary.cancelled ? ' — cancelled; run again to import the rest' : ''),
      );
    }
    return summary.failed > 0 || summary.cancelled ? 1 : 0;
  },

  async list(lib, args, values, io) {
    if (args.length) throw new UsageError('list takes no arguments');
    const { Sort } = await import('../shared/api');
    const sort = Sort.safeParse(values.sort ?? 'imported');
    if (!sort.success) throw new UsageError(`--sort is ${Sort.options.join(', ')}`);
    const articles = listArticles(lib, sort.data);
    if (values.json) io.out(JSON.stringify(articles.map(summaryJson)));
    else if (articles.length === 0) io.out('The library is empty. Import articles with: gloss import PATH…');
    else for (const a of articles) io.out(`${String(a.id).padStart(5)}  ${a.date ?? '          '}  ${a.title}${a.author ? ` — ${a.author}` : ''}`);
    return 0;
  },

  show(lib, args, values, io) {
    if (args.length !== 1 || !/^\d+$/.test(args[0])) throw new UsageError('show takes one article id');
    const article = getArticle(lib, Number(args[0]));
    if (!article) {
      io.err(`gloss: no article with id ${args[0]}`);
      return 1;
    }
    if (values.json) io.out(JSON.stringify(articleJson(article)));
    else {
      io.out(article.title);
      io.out([article.author, article.site, article.date, article.url].filter(Boolean).join(' · '));
      io.out('');
      io.out(article.text);
    }
    return 0;
  },
};

/** The shape scripts rely on: {"total","articles":[{"id","title","occurrences","hits":[{"kind","id","snippet"}]}]}. */
function searchJson(r: SearchResults) {
  return {
    total: r.total,
    articles: r.articles.map((a) => ({
      id: a.id,
      title: a.title,
      occurrences: a.occurrences,
      hits: a.hits.map((h) => ({ kind: h.kind, id: h.id, ...(h.of ? { of: h.of } : {}), snippet: snippetString(h.snippet), ...(h.start === undefined ? {} : { start: h.start, end: h.end }) })),
    })),
  };
}

function resultJson(r: ImportResult) {
  return { path: r.path, status: r.status, id: r.id, title: r.title, copyOf: r.copyOf, error: r.error, warnings: r.warnings };
}

function summaryJson(a: ArticleSummary) {
  return { id: a.id, title: a.title, author: a.author, site: a.site, date: a.date, path: a.path, chars: a.chars, copyOf: a.copyOf };
}

function articleJson(a: Article) {
  return {
    ...summaryJson(a),
    /** The article's global id: the one exports name (`gloss-id`) and import-json matches on. */
    uid: a.uid,
    url: a.url,
    titleSuffix: a.titleSuffix,
    trashedAt: a.trashedAt,
    archivedAt: a.archivedAt,
    readAt: a.readAt,
    published: a.published,
    lang: a.lang,
    categories: a.categories,
    tags: a.sourceTags,
    encoding: a.encoding,
    format: a.format,
    warnings: a.warnings,
    text: a.text,
    /** The reading document: what the reader will draw, checkable from a script. */
    doc: a.doc,
  };
}

function defaultIo(): RawIo {
  return {
    out: (s) => process.stdout.write(`${s}\n`),
    err: (s) => process.stderr.write(`${s}\n`),
    stderr: process.stderr,
    terminal: process.stdout.isTTY === true,
    ask: process.stdin.isTTY && process.stderr.isTTY ? askOnTerminal : undefined,
  };
}

async function askOnTerminal(question: string): Promise<string> {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}
