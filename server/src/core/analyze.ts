// One article, analysed: the per-document facts every feature reads.
// Pure and deterministic: the same text, registry and config give the same result.

import { LineIndex } from './text';
import { segment, type Segmentation } from './sentences';
import { findFigures, type Figure } from './figures';
import { attribute, type Attribution } from './attribution';
import { findActors, type DocumentActors } from './actors';
import type { Registry } from './registry';

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
  segmentation: Segmentation;
  figures: JudgedFigure[];
  actors: DocumentActors;
}

export function analyzeDocument(uri: string, path: string, text: string, registry: Registry, version?: number): DocumentAnalysis {
  const lines = new LineIndex(text);
  const segmentation = segment(text);
  const figures = findFigures(text, segmentation).map((f) => ({ ...f, attribution: attribute(text, segmentation, f) }));
  const actors = findActors(text, segmentation, registry);
  return { uri, path, text, version, lines, segmentation, figures, actors };
}
