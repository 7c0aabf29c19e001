// `corpus-review check [paths...]`: the findings of the Problems panel.
// The output is streamed: the findings of one file are computed, written and
// dropped before the next file's (SARIF first lists the rules that fired, so
// it goes over the files twice: once for their codes, once for the results).

import { findingsFor, reviewedUris } from '../core/diagnostics';
import type { Corpus } from '../core/corpus';
import { textLine, toFileFinding, type FileFinding, type Format } from './format';
import { sarifLog, sarifResult, type SarifOptions } from './sarif';
import { joinChunks, joinedLines, prettyJson, STREAMED_ITEMS } from './stream';

export interface CheckResult {
  output: string;
  findings: FileFinding[];
  exitCode: number;
}

export interface CheckStream {
  /** The output in chunks (no final newline); each file's findings are computed as its chunks are pulled. */
  chunks: Generator<string, void, undefined>;
  /** The exit code, once every chunk has been pulled. */
  exitCode(): number;
}

/** Counts of the findings seen so far, for the summary line and the exit code. */
class Tally {
  total = 0;
  readonly bySeverity = new Map<string, number>();
  configBroken = false;

  add(f: FileFinding): void {
    this.total++;
    this.bySeverity.set(f.severity, (this.bySeverity.get(f.severity) ?? 0) + 1);
    if (f.code === 'config' && f.severity === 'error') this.configBroken = true;
  }

  count(severity: string): number {
    return this.bySeverity.get(severity) ?? 0;
  }

  get exitCode(): number {
    return this.configBroken ? 2 : this.count('error') > 0 ? 1 : 0;
  }
}

function sortedUris(corpus: Corpus, pathOf: (uri: string) => string): string[] {
  return reviewedUris(corpus)
    .map((uri) => ({ uri, path: pathOf(uri) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((x) => x.uri);
}

/** The findings file by file in path order; a file's are computed when the previous file's have been used. */
function* fileFindings(corpus: Corpus, uris: string[], pathOf: (uri: string) => string, seen: (f: FileFinding) => void): Generator<FileFinding, void, undefined> {
  for (const uri of uris) {
    const file = pathOf(uri);
    for (const f of findingsFor(corpus, uri)) {
      const ff = toFileFinding(file, f, pathOf);
      seen(ff);
      yield ff;
    }
  }
}

function* mapped<T, U>(items: Iterable<T>, f: (x: T) => U): Generator<U, void, undefined> {
  for (const x of items) yield f(x);
}

export function checkStream(
  corpus: Corpus,
  pathOf: (uri: string) => string,
  format: Format,
  sarif: SarifOptions = { version: 'dev' },
  onFinding?: (f: FileFinding) => void,
): CheckStream {
  const tally = new Tally();
  const seen = (f: FileFinding): void => {
    tally.add(f);
    onFinding?.(f);
  };
  function* chunks(): Generator<string, void, undefined> {
    const uris = sortedUris(corpus, pathOf);
    if (format === 'sarif') {
      const codes = new Set<string>();
      for (const uri of uris) for (const f of findingsFor(corpus, uri)) codes.add(f.code);
      const sorted = [...codes].sort();
      const ruleIndex = new Map(sorted.map((c, i) => [c, i]));
      yield* prettyJson(
        sarifLog(sorted, sarif, STREAMED_ITEMS),
        mapped(fileFindings(corpus, uris, pathOf, seen), (f) => sarifResult(f, ruleIndex)),
      );
    } else if (format === 'json') {
      yield* prettyJson({ findings: STREAMED_ITEMS }, fileFindings(corpus, uris, pathOf, seen));
    } else {
      const lines = mapped(fileFindings(corpus, uris, pathOf, seen), textLine);
      yield* joinedLines(
        (function* () {
          yield* lines;
          yield `${corpus.size} article${corpus.size === 1 ? '' : 's'} reviewed: ${tally.total} finding${tally.total === 1 ? '' : 's'} ` +
            `(${tally.count('error')} errors, ${tally.count('warning')} warnings, ${tally.count('information')} information, ${tally.count('hint')} hints)`;
        })(),
      );
    }
  }
  return { chunks: chunks(), exitCode: () => tally.exitCode };
}

/** The whole output as one string, with the findings (for small corpora and tests). */
export function check(corpus: Corpus, pathOf: (uri: string) => string, format: Format, sarif: SarifOptions = { version: 'dev' }): CheckResult {
  const findings: FileFinding[] = [];
  const s = checkStream(corpus, pathOf, format, sarif, (f) => findings.push(f));
  const output = joinChunks(s.chunks);
  return { output, findings, exitCode: s.exitCode() };
}
