// SARIF 2.1.0 output of `corpus-review check --format sarif`, for code-scanning
// tools: one run, the rules that fired with their descriptions, one result per
// finding with its region (1-based lines, UTF-16 columns as the LSP counts
// them) and the related statements of a finding as related locations.

import type { FileFinding } from './format';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** What each finding code means, for the run's rule list. */
const RULES: Record<string, { name: string; description: string }> = {
  'unsourced-figure': { name: 'UnsourcedFigure', description: 'A figure (a number that states a quantity) in a sentence that names no source.' },
  'conflicting-figure': { name: 'ConflictingFigure', description: 'The same claim is stated with a different number by another article.' },
  'quote-drift': { name: 'QuoteDrift', description: 'A direct quotation is worded differently in another article.' },
  'quote-speaker-mismatch': { name: 'QuoteSpeakerMismatch', description: 'The same quotation is attributed to another person in another article.' },
  'name-variant': { name: 'NameVariant', description: 'An actor spelled differently from the registry’s name and aliases.' },
  'long-line': { name: 'LongLine', description: 'A line over the analysis limit was not analysed.' },
  'skipped-file': { name: 'SkippedFile', description: 'An article that was not analysed (too large, binary or unreadable).' },
  config: { name: 'Config', description: 'A problem in corpus-review.yaml.' },
  registry: { name: 'Registry', description: 'A problem in the actor registry.' },
  'ignore-file': { name: 'IgnoreFile', description: 'A problem in the file of ignored findings.' },
};

function level(severity: string): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

function region(f: { range: FileFinding['range']; text?: string }) {
  return {
    startLine: f.range.start.line + 1,
    startColumn: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    ...(f.text ? { snippet: { text: f.text } } : {}),
  };
}

function artifact(file: string) {
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

export interface SarifOptions {
  version: string;
  /** The workspace root as a file URI ending in '/', what relative artifact URIs resolve against. */
  rootUri?: string;
}

/** One result of the run; `ruleIndex` maps each code to its place in the run's rules. */
export function sarifResult(f: FileFinding, ruleIndex: Map<string, number>): object {
  return {
    ruleId: f.code,
    ruleIndex: ruleIndex.get(f.code)!,
    level: level(f.severity),
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation: artifact(f.file), region: region(f) } }],
    ...(f.related?.length
      ? {
          relatedLocations: f.related.map((r, id) => ({
            id,
            physicalLocation: { artifactLocation: artifact(r.file), region: region(r) },
            message: { text: r.message },
          })),
        }
      : {}),
  };
}

/** The log with the rules of `codes` (sorted) and `results` as the run's results (an array, or a placeholder to stream them into). */
export function sarifLog(codes: string[], options: SarifOptions, results: unknown): object {
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'corpus-review',
            version: options.version,
            rules: codes.map((id) => ({
              id,
              name: RULES[id]?.name ?? id,
              shortDescription: { text: RULES[id]?.description ?? id },
            })),
          },
        },
        ...(options.rootUri ? { originalUriBaseIds: { '%SRCROOT%': { uri: options.rootUri } } } : {}),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function toSarif(findings: FileFinding[], options: SarifOptions): object {
  const codes = [...new Set(findings.map((f) => f.code))].sort();
  const ruleIndex = new Map(codes.map((c, i) => [c, i]));
  return sarifLog(codes, options, findings.map((f) => sarifResult(f, ruleIndex)));
}
