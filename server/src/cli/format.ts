// Output formats of the CLI: text lines that VS Code problem matchers read,
// and JSON with LSP ranges.

import type { Finding, Range } from '../core/types';

export type Format = 'text' | 'json';

export interface FileFinding {
  file: string;
  range: Range;
  severity: string;
  code: string;
  message: string;
  text: string;
}

/** `file:line:col severity code message`, 1-based line and column. */
export function textLine(f: FileFinding): string {
  return `${f.file}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.code} ${f.message}`;
}

export function toFileFinding(file: string, f: Finding): FileFinding {
  return { file, range: f.range, severity: f.severity, code: f.code, message: f.message, text: f.text };
}
