// Plain data shared by every part of the core. Shapes follow the Language
// Server Protocol (0-based lines, UTF-16 code units) so the glue can pass them
// through unchanged, but nothing here depends on an LSP library.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A half-open span of UTF-16 code units in a document's text. */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Severity setting of a rule; `off` disables it. */
export type RuleSeverity = Severity | 'off';

export interface RelatedInformation {
  uri: string;
  range: Range;
  message: string;
}

/**
 * A finding of the review: what the Problems panel shows and the CLI prints.
 * `data` carries what a quick fix needs and is passed back unchanged.
 */
export interface Finding {
  uri: string;
  range: Range;
  severity: Severity;
  code: string;
  message: string;
  /** The exact text the range covers. */
  text: string;
  related?: RelatedInformation[];
  data?: unknown;
}

/** A problem with an input (config, registry, an unreadable file): also a finding. */
export interface Problem {
  message: string;
  /** Where in the input, when known. */
  span?: Span;
  severity: Severity;
  code: string;
}
