// `corpus-review check [paths...]`: the findings of the Problems panel.

import { findingsFor, reviewedUris } from '../core/diagnostics';
import type { Corpus } from '../core/corpus';
import { textLine, toFileFinding, type FileFinding, type Format } from './format';
import { toSarif, type SarifOptions } from './sarif';

export interface CheckResult {
  output: string;
  findings: FileFinding[];
  exitCode: number;
}

export function check(corpus: Corpus, pathOf: (uri: string) => string, format: Format, sarif: SarifOptions = { version: 'dev' }): CheckResult {
  const findings: FileFinding[] = [];
  const uris = reviewedUris(corpus).sort((a, b) => (pathOf(a) < pathOf(b) ? -1 : pathOf(a) > pathOf(b) ? 1 : 0));
  for (const uri of uris) {
    for (const f of findingsFor(corpus, uri)) findings.push(toFileFinding(pathOf(uri), f, pathOf));
  }
  const configBroken = findings.some((f) => f.code === 'config' && f.severity === 'error');
  const exitCode = configBroken ? 2 : findings.some((f) => f.severity === 'error') ? 1 : 0;
  if (format === 'sarif') return { output: JSON.stringify(toSarif(findings, sarif), null, 2), findings, exitCode };
  if (format === 'json') return { output: JSON.stringify({ findings }, null, 2), findings, exitCode };
  const lines = findings.map(textLine);
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  lines.push(
    `${corpus.size} article${corpus.size === 1 ? '' : 's'} reviewed: ${findings.length} finding${findings.length === 1 ? '' : 's'} ` +
      `(${count('error')} errors, ${count('warning')} warnings, ${count('information')} information, ${count('hint')} hints)`,
  );
  return { output: lines.join('\n'), findings, exitCode };
}
