// `corpus-review figures [paths...]`: every figure found, sourced or not; the
// figures table of a corpus.

import type { Corpus } from '../core/corpus';
import type { Range } from '../core/types';
import type { Format } from './format';

export interface FigureRow {
  file: string;
  range: Range;
  text: string;
  sourced: boolean;
  source?: string;
}

export function figures(corpus: Corpus, format: Format): string {
  const rows: FigureRow[] = [];
  const docs = [...corpus.documents()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const doc of docs) {
    for (const f of doc.figures) {
      const row: FigureRow = { file: doc.path, range: doc.lines.rangeOf(f), text: f.text, sourced: f.attribution.sourced };
      if (f.attribution.source) row.source = f.attribution.source.text;
      rows.push(row);
    }
  }
  if (format === 'json') return JSON.stringify({ figures: rows }, null, 2);
  const lines = rows.map(
    (r) => `${r.file}:${r.range.start.line + 1}:${r.range.start.character + 1} ${r.sourced ? 'sourced  ' : 'UNSOURCED'} ${r.text}${r.source ? `  (${r.source})` : ''}`,
  );
  const unsourced = rows.filter((r) => !r.sourced).length;
  lines.push(`${rows.length} figures in ${docs.length} articles: ${rows.length - unsourced} sourced, ${unsourced} unsourced`);
  return lines.join('\n');
}
