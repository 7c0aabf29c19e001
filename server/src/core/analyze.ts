// One article, analysed: the per-document facts every feature reads.
// Pure and deterministic: the same text, registry and config give the same result.

import { LineIndex } from './text';
import { segment, KeptSegmentation } from './sentences';
import { findFigures, KeptFigures, type Figure } from './figures';
import { attribute, type Attribution } from './attribution';
import { findActors, type DocumentActors } from './actors';
import type { Registry } from './registry';
import type { Span } from './types';

export interface AnalysisLimits {
  /** Lines longer than this (in UTF-16 units) are not analysed; a finding says so. */
  maxLineLength: number;
}

export const DEFAULT_LIMITS: AnalysisLimits = { maxLineLength: 20_000 };

export interface JudgedFigure extends Figure {
  attribution: Attribution;
}

export interface DocumentAnalysis {
  uri: string;
  /** Workspace-relative path with forward slashes (what the CLI prints). */
  path: string;
  text: string;
  /** Editor version when the text came from an open document. */
  version?: number;
  lines: LineIndex;
  /** Sentences and quotations as numbers (`sentence(i)`, `quotation(i)` make one). */
  segmentation: KeptSegmentation;
  /** The figures in document order: a new list of new objects on each read (read it once per use; `figureAt(i)` makes one). */
  readonly figures: JudgedFigure[];
  /** How many figures. */
  readonly figureCount: number;
  /** Figure `i`, made when asked; undefined past the last. */
  figureAt(i: number): JudgedFigure | undefined;
  /** Where figure `i` starts, its span and its attribution (no figure made). */
  figureStart(i: number): number;
  figureSpan(i: number): Span;
  figureAttribution(i: number): Attribution | undefined;
  actors: DocumentActors;
  /** Lines left out of the analysis for their length (0-based line numbers). */
  longLines: readonly { line: number; length: number }[];
}

/** An analysis as analyzeDocument makes it: its figures kept as numbers (see KeptFigures). */
class Analysis implements DocumentAnalysis {
  readonly #figures: KeptFigures;
  constructor(
    readonly uri: string,
    readonly path: string,
    readonly text: string,
    readonly version: number | undefined,
    readonly lines: LineIndex,
    readonly segmentation: KeptSegmentation,
    figures: KeptFigures,
    readonly actors: DocumentActors,
    readonly longLines: readonly { line: number; length: number }[],
  ) {
    this.#figures = figures;
  }
  get figures(): JudgedFigure[] {
    return this.#figures.all() as JudgedFigure[];
  }
  get figureCount(): number {
    return this.#figures.length;
  }
  figureAt(i: number): JudgedFigure | undefined {
    return this.#figures.at(i) as JudgedFigure | undefined;
  }
  figureStart(i: number): number {
    return this.#figures.start(i);
  }
  figureSpan(i: number): Span {
    return { start: this.#figures.start(i), end: this.#figures.end(i) };
  }
  figureAttribution(i: number): Attribution | undefined {
    return this.#figures.attribution(i);
  }
}

/** The long lines of an article that has none (most): one shared empty list, never written to. */
const NO_LONG_LINES: readonly { line: number; length: number }[] = Object.freeze([]);

/**
 * The text the analysis reads: overlong lines blanked with spaces of the same
 * length, so every offset still points at the same character of the file.
 */
function blankLongLines(text: string, lines: LineIndex, max: number): { text: string; longLines: readonly { line: number; length: number }[] } {
  if (text.length <= max) return { text, longLines: NO_LONG_LINES };
  const longLines: { line: number; length: number }[] = [];
  let out = '';
  let last = 0;
  for (let line = 0; line < lines.lineCount; line++) {
    const start = lines.lineStart(line);
    const end = lines.lineEnd(line);
    if (end - start > max) {
      longLines.push({ line, length: end - start });
      out += text.slice(last, start) + ' '.repeat(end - start);
      last = end;
    }
  }
  return longLines.length ? { text: out + text.slice(last), longLines } : { text, longLines: NO_LONG_LINES };
}

export function analyzeDocument(
  uri: string,
  path: string,
  text: string,
  registry: Registry,
  version?: number,
  limits: AnalysisLimits = DEFAULT_LIMITS,
): DocumentAnalysis {
  const lines = new LineIndex(text);
  const { text: readable, longLines } = blankLongLines(text, lines, limits.maxLineLength);
  const segmentation = segment(readable);
  // Each figure is completed in place (a spread copy would give every figure a hidden class of its own).
  const figures = findFigures(readable, segmentation);
  for (const f of figures) f.attribution = attribute(readable, segmentation, f);
  const actors = findActors(readable, segmentation, registry);
  // Kept compact (sentences as numbers), arrays exact size: arrays grown by push keep spare room, and an analysis lives as long as the corpus.
  // the figures' texts are read from the file's text (the scan read a blanked copy when a line was too long)
  return new Analysis(uri, path, text, version, lines, new KeptSegmentation(segmentation), new KeptFigures(text, figures), actors, longLines);
}
