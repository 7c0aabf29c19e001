// Custom requests of Corpus Review (beyond the LSP): re-scan, the figures
// of one article for the client's "show figures" command, and the corpus
// report's HTML for the client's "Open Report" webview.

import type { Corpus } from '../core/corpus';
import type { Range } from '../core/types';
import { ReportStats } from '../core/reportStats';
import { buildReport } from '../core/report';

export const RESCAN_REQUEST = 'corpusReview/rescan';
export const FIGURES_REQUEST = 'corpusReview/figures';
export const REPORT_REQUEST = 'corpusReview/report';

export interface ReportParams {
  /** The webview's nonce for the page's style and script. */
  nonce: string;
  /** The webview's `cspSource`. */
  cspSource: string;
}

/** The report's counts: an index added on the first report, then kept by difference. */
const reportStats = new WeakMap<Corpus, ReportStats>();

export function reportOf(corpus: Corpus, params: ReportParams): { html: string } {
  let stats = reportStats.get(corpus);
  if (!stats) reportStats.set(corpus, (stats = corpus.addIndex(new ReportStats())));
  return { html: buildReport({ stats, conflicts: corpus.conflicts, quotes: corpus.quotes }, { nonce: params.nonce, webview: { cspSource: params.cspSource } }) };
}

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
