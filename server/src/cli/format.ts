// Output formats of the CLI: text lines that VS Code problem matchers read,
// and JSON with LSP ranges.

import type { Finding, Range } from '../core/types';

export type Format = 'text' | 'json' | 'sarif';

export interface FileFinding {
  file: string;
  range: Range;
  severity: string;
  code: string;
  message: string;
  text: string;
  /** Other places the finding points to (the other statements of a conflicting figure...). */
  related?: { file: string; range: Range; message: string }[];
}

/** `file:line:col severity code message`, 1-based line and column. */
export function textLine(f: FileFinding): string {
  return `${f.file}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.code} ${f.message}`;
}

export function toFileFinding(file: string, f: Finding, pathOf?: (uri: string) => string): FileFinding {
  const out: FileFinding = { file, range: f.range, severity: f.severity, code: f.code, message: f.message, text: f.text };
  if (f.related?.length && pathOf) out.related = f.related.map((r) => ({ file: pathOf(r.uri), range: r.range, message: r.message }));
  return out;
}
