// Custom requests of Corpus Review (beyond the LSP): re-scan, and the figures
// of one article for the client's "show figures" command.

import type { Corpus } from '../core/corpus';
import type { Range } from '../core/types';

export const RESCAN_REQUEST = 'corpusReview/rescan';
export const FIGURES_REQUEST = 'corpusReview/figures';

export interface FiguresParams {
  uri: string;
}

export interface FiguresResult {
  figures: { range: Range; text: string; sourced: boolean; source?: string }[];
}

export function figuresOf(corpus: Corpus, params: FiguresParams): FiguresResult {
  const doc = corpus.get(params.uri);
  if (!doc) return { figures: [] };
  return {
    figures: doc.figures.map((f) => ({
      range: doc.lines.rangeOf(f),
      text: f.text,
      sourced: f.attribution.sourced,
      ...(f.attribution.source ? { source: f.attribution.source.text } : {}),
    })),
  };
}
