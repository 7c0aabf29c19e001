// The command-line review: the same core as the language server, for CI and
// terminals. Exit codes: 0 no error finding, 1 error findings, 2 usage or
// config errors.

import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadCorpus } from '../node/loadCorpus';
import { keepHeapNearLiveSize } from '../node/heapGrowth';
import { checkStream } from './check';
import { figureChunks } from './figures';
import { actorChunks } from './actors';
import { joinChunks, writeChunks } from './stream';
import { writeReport } from './report';
import type { Format } from './format';

const USAGE = `Usage: corpus-review <command> [paths...] [options]

Commands:
  check [paths...]     The review: unsourced figures and other findings, as the
                       Problems panel shows them.
  figures [paths...]   Every figure found, sourced or not.
  actors [paths...]    Every actor named: registry identity, roles as stated,
                       spellings and every mention.
  report --html FILE [paths...]
                       Write the corpus report (charts of sourced and
                       unsourced figures and of actors by article, conflicting
                       figures, quotations across articles, unsourced claims)
                       as one self-contained HTML page.

Paths are article files or folders; with none, the articles of the workspace
(the current folder) as its corpus-review.yaml decides.

Options:
  --format text|json|sarif
                       Output format (default: text; text lines read
                       file:line:col severity code message; sarif: SARIF
                       2.1.0 for code-scanning tools, check only).
  --html FILE          The report's output file (report only).
  --root DIR           The workspace root (default: the current folder).
  --max-file-size N    Skip articles larger than N bytes (default 2000000).
  --max-line-length N  Leave lines longer than N characters out of the
                       analysis, with a finding (default 20000).
  -h, --help           This help.
  -v, --version        The version.

Exit status: 0 no error-severity finding, 1 some, 2 usage or config errors,
the corpus did not fit in memory (most of Node's heap filled before every
article was analysed: nothing is written), or the output could not be written
(a closed pipe: "| head" stops the review early).`;

declare const CORPUS_REVIEW_VERSION: string | undefined;

/**
 * Runs the CLI. `out` and `err` take whole lines (without their newline). With
 * `stdout`, the output of check, figures and actors is streamed to it in chunks
 * as it is computed (the program does this); without, it goes to `out` as one
 * string.
 */
export async function main(argv: string[], out: (s: string) => void, err: (s: string) => void, stdout?: NodeJS.WritableStream): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        html: { type: 'string' },
        root: { type: 'string' },
        'max-file-size': { type: 'string' },
        'max-line-length': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    err(`corpus-review: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(USAGE);
    return 0;
  }
  if (values.version) {
    out(typeof CORPUS_REVIEW_VERSION === 'string' ? CORPUS_REVIEW_VERSION : 'dev');
    return 0;
  }
  const [command, ...paths] = positionals;
  const format = values.format as Format;
  if (format !== 'text' && format !== 'json' && format !== 'sarif') {
    err(`corpus-review: --format must be text, json or sarif, not "${values.format}".`);
    return 2;
  }
  if (format === 'sarif' && command !== 'check') {
    err('corpus-review: --format sarif is for check only.');
    return 2;
  }
  if (command === 'report' && !values.html) {
    err('corpus-review: report needs --html FILE.');
    return 2;
  }
  const maxFileSize = values['max-file-size'] !== undefined ? Number(values['max-file-size']) : undefined;
  if (maxFileSize !== undefined && !(maxFileSize >= 0)) {
    err('corpus-review: --max-file-size must be a number of bytes.');
    return 2;
  }
  const maxLineLength = values['max-line-length'] !== undefined ? Number(values['max-line-length']) : undefined;
  if (maxLineLength !== undefined && !(maxLineLength > 0)) {
    err('corpus-review: --max-line-length must be a positive number of characters.');
    return 2;
  }
  if (command !== 'check' && command !== 'figures' && command !== 'actors' && command !== 'report') {
    err(command ? `corpus-review: unknown command "${command}".\n\n${USAGE}` : USAGE);
    return 2;
  }
  const root = path.resolve(values.root ?? process.cwd());
  const { corpus, missing, stopped } = await loadCorpus(root, paths, { maxFileSize, maxLineLength, log: (m) => err(`corpus-review: ${m}`) });
  if (missing.length) {
    err(`corpus-review: no such file or folder: ${missing.join(', ')}`);
    return 2;
  }
  if (stopped) {
    // a review of part of the corpus would pass for the whole: nothing is written
    err(
      `corpus-review: stopped after analysing ${stopped.analysed} of ${stopped.total} articles: ${stopped.reason}. ` +
        'Give Node a larger heap (for example NODE_OPTIONS=--max-old-space-size=8192), or name fewer articles.',
    );
    return 2;
  }
  // asked for every finding and every related location (about 600,000 times at 10k articles): each file's path worked out once
  const knownPaths = new Map<string, string>();
  const pathOf = (uri: string): string => {
    let p = knownPaths.get(uri);
    if (p === undefined) {
      try {
        p = path.relative(root, fileURLToPath(uri)).split(path.sep).join('/');
      } catch {
        p = uri;
      }
      knownPaths.set(uri, p);
    }
    return p;
  };
  const emit = async (chunks: Iterable<string>): Promise<void> => {
    if (!stdout) return out(joinChunks(chunks));
    await writeChunks(stdout, (function* () {
      yield* chunks;
      yield '\n';
    })());
  };
  if (command === 'figures') {
    await emit(figureChunks(corpus, format));
    return 0;
  }
  if (command === 'actors') {
    await emit(actorChunks(corpus, format));
    return 0;
  }
  if (command === 'report') {
    writeReport(corpus, root, path.resolve(values.html!));
    err(`corpus-review: report of ${corpus.size} article${corpus.size === 1 ? '' : 's'} written to ${values.html}`);
    return 0;
  }
  const version = typeof CORPUS_REVIEW_VERSION === 'string' ? CORPUS_REVIEW_VERSION : 'dev';
  const result = checkStream(corpus, pathOf, format, { version, rootUri: pathToFileURL(root + path.sep).href });
  await emit(result.chunks);
  return result.exitCode();
}

if (require.main === module) {
  keepHeapNearLiveSize();
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    // The reader went away (`| head`): stop without a stack trace and without
    // computing the rest of the output.
    if (e.code === 'EPIPE') process.exit(2);
    throw e;
  });
  main(process.argv.slice(2), (s) => process.stdout.write(s + '\n'), (s) => process.stderr.write(s + '\n'), process.stdout).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`corpus-review: internal error: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 2;
    },
  );
}
