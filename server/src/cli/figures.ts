// `corpus-review figures [paths...]`: every figure found, sourced or not; the
// figures table of a corpus. Streamed one figure at a time.

import type { Corpus } from '../core/corpus';
import type { Range } from '../core/types';
import type { Format } from './format';
import { joinChunks, joinedLines, prettyJson, STREAMED_ITEMS } from './stream';

export interface FigureRow {
  file: string;
  range: Range;
  text: string;
  sourced: boolean;
  source?: string;
}

/** The output in chunks (no final newline), the rows made as they are pulled. */
export function* figureChunks(corpus: Corpus, format: Format): Generator<string, void, undefined> {
  const docs = [...corpus.documents()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  let total = 0;
  let unsourced = 0;
  function* rows(): Generator<FigureRow, void, undefined> {
    for (const doc of docs) {
      for (const f of doc.figures) {
        const row: FigureRow = { file: doc.path, range: doc.lines.rangeOf(f), text: f.text, sourced: f.attribution.sourced };
        if (f.attribution.source) row.source = f.attribution.source.text;
        total++;
        if (!row.sourced) unsourced++;
        yield row;
      }
    }
  }
  if (format === 'json') {
    yield* prettyJson({ figures: STREAMED_ITEMS }, rows());
    return;
  }
  yield* joinedLines(
    (function* () {
      for (const r of rows()) {
        yield `${r.file}:${r.range.start.line + 1}:${r.range.start.character + 1} ${r.sourced ? 'sourced  ' : 'UNSOURCED'} ${r.text}${r.source ? `  (${r.source})` : ''}`;
      }
      yield `${total} figures in ${docs.length} articles: ${total - unsourced} sourced, ${unsourced} unsourced`;
    })(),
  );
}

export function figures(corpus: Corpus, format: Format): string {
  return joinChunks(figureChunks(corpus, format));
}
