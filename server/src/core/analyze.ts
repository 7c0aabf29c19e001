// One article, analysed: the per-document facts every feature reads.
// Pure and deterministic: the same text, registry and config give the same result.

import { LineIndex, shareInts, type PackedInts } from './text';
import { segment, KeptSegmentation } from './sentences';
import { findFigures, FoundFigure, KINDS, KIND_CODES, type Figure } from './figures';
import { attribute, ownWords, sourcedByWords, type Attribution } from './attribution';
import { findActors, packedActors, type DocumentActors } from './actors';
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

/**
 * Fifteen 32-bit integers a figure: start, end, sentence, kind * 2 + vague, counted noun start and end (-1: none),
 * approximator and unit in `refs` (-1: none), its attribution (in `refs`; -1: none; SOURCED_IN_SENTENCE or
 * SOURCED_BY_QUOTATION: sourced by words of the article, whose start and end follow the value and high), then
 * value and high as the two halves of a double each (NaN: none; a figure's value is always finite), then the
 * source words' start and end.
 */
const FIGURE_INTS = 15;
const SOURCED_IN_SENTENCE = -2;
const SOURCED_BY_QUOTATION = -3;
/** A double seen as two 32-bit integers (to keep a figure's value in its integers). */
const DOUBLE = new Float64Array(1);
const DOUBLE_HALVES = new Int32Array(DOUBLE.buffer);
function putDouble(ints: Int32Array, at: number, x: number): void {
  DOUBLE[0] = x;
  ints[at] = DOUBLE_HALVES[0];
  ints[at + 1] = DOUBLE_HALVES[1];
}
function getDouble(ints: Int32Array, at: number): number {
  DOUBLE_HALVES[0] = ints[at];
  DOUBLE_HALVES[1] = ints[at + 1];
  return DOUBLE[0];
}

/**
 * The figures of an analysis as it keeps them: numbers (fifteen 32-bit
 * integers a figure, in one typed array; an attribution by the article's own
 * words as its span), the approximators, units and other attributions they
 * point to kept once per article; a figure object made when asked. An object a figure took 112 bytes on the heap and a list slot, for
 * 110,000 figures at 10k articles.
 */
class KeptFigures implements PackedInts {
  #ints: Int32Array;
  readonly #refs: readonly (string | Attribution)[];
  /** The text the figures' spans are read from. */
  readonly #source: string;
  constructor(source: string, figures: readonly FoundFigure[]) {
    const n = figures.length;
    const ints = new Int32Array(n * FIGURE_INTS);
    const refs: (string | Attribution)[] = [];
    const slots = new Map<string | Attribution, number>();
    const slot = (x: string | Attribution | undefined): number => {
      if (x === undefined) return -1;
      let k = slots.get(x);
      if (k === undefined) {
        slots.set(x, (k = refs.length));
        refs.push(x);
      }
      return k;
    };
    for (let i = 0; i < n; i++) {
      const f = figures[i];
      const o = i * FIGURE_INTS;
      const counted = f.counted;
      ints[o] = f.start;
      ints[o + 1] = f.end;
      ints[o + 2] = f.sentence;
      ints[o + 3] = KIND_CODES.get(f.kind)! * 2 + (f.vague ? 1 : 0);
      ints[o + 4] = counted ? counted.start : -1;
      ints[o + 5] = counted ? counted.end : -1;
      ints[o + 6] = slot(f.approximator);
      ints[o + 7] = slot(f.unit);
      const a = f.attribution;
      const words = a && ownWords(a);
      if (words) {
        ints[o + 8] = words.via === 'quotation' ? SOURCED_BY_QUOTATION : SOURCED_IN_SENTENCE;
        ints[o + 13] = words.start;
        ints[o + 14] = words.end;
      } else ints[o + 8] = slot(a);
      putDouble(ints, o + 9, f.value ?? NaN);
      putDouble(ints, o + 11, f.high ?? NaN);
    }
    this.#ints = ints;
    this.#refs = refs.slice();
    this.#source = source;
  }
  get length(): number {
    return this.#ints.length / FIGURE_INTS;
  }
  get ints(): Int32Array {
    return this.#ints;
  }
  moveInts(to: Int32Array): void {
    this.#ints = to;
  }
  /** Figure `i` (in document order), made when asked; undefined past the last. */
  at(i: number): FoundFigure | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    const p = this.#ints;
    const o = i * FIGURE_INTS;
    const refs = this.#refs;
    const value = getDouble(p, o + 9);
    const high = getDouble(p, o + 11);
    const f = new FoundFigure(
      this.#source,
      p[o],
      p[o + 1],
      KINDS[p[o + 3] >> 1],
      p[o + 2],
      p[o + 6] < 0 ? undefined : (refs[p[o + 6]] as string),
      Number.isNaN(value) ? undefined : value,
      Number.isNaN(high) ? undefined : high,
      p[o + 3] & 1 ? true : undefined,
      p[o + 7] < 0 ? undefined : (refs[p[o + 7]] as string),
      p[o + 4],
      p[o + 5],
    );
    f.attribution = this.attribution(i);
    return f;
  }
  /** Where figure `i` starts, ends, and its attribution (no object made). */
  start(i: number): number {
    return this.#ints[i * FIGURE_INTS];
  }
  end(i: number): number {
    return this.#ints[i * FIGURE_INTS + 1];
  }
  attribution(i: number): Attribution | undefined {
    const o = i * FIGURE_INTS;
    const k = this.#ints[o + 8];
    if (k >= 0) return this.#refs[k] as Attribution;
    if (k === -1) return undefined;
    return sourcedByWords(k === SOURCED_BY_QUOTATION ? 'quotation' : 'sentence', this.#ints[o + 13], this.#ints[o + 14], this.#source);
  }
  /** Every figure, made: a new list of new objects on each call. */
  all(): FoundFigure[] {
    const n = this.length;
    const out = new Array<FoundFigure>(n);
    for (let i = 0; i < n; i++) out[i] = this.at(i)!;
    return out;
  }
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
  const kept = new KeptSegmentation(segmentation);
  const keptFigures = new KeptFigures(text, figures);
  const packed = packedActors(actors);
  // one buffer for all the article's numbers: line starts, sentences and quotations, figures, mentions, roles and quotes
  shareInts(packed ? [lines, kept, keptFigures, packed] : [lines, kept, keptFigures]);
  return new Analysis(uri, path, text, version, lines, kept, keptFigures, actors, longLines);
}
