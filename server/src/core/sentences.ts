// Sentences and quotations of a news article.
// INTERIM: a naive first version; the figures work (issue 3) replaces it.

import type { Span } from './types';

/** headline: a line without final punctuation; furniture: bylines, timestamps, credits, "Read More". */
export type SegmentKind = 'sentence' | 'headline' | 'furniture';

export interface Sentence extends Span {
  kind: SegmentKind;
}

export interface Quotation extends Span {
  /** The quoted words, without the quotation marks. */
  inner: Span;
  /** False when the closing mark is missing (the quotation runs to the paragraph end). */
  closed: boolean;
}

export interface Segmentation {
  /** In document order, non-overlapping. */
  sentences: Sentence[];
  /** In document order; a quotation may span several sentences. */
  quotations: Quotation[];
}

export function segment(text: string): Segmentation {
  const sentences: Sentence[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lineStart = m.index;
    const parts = m[0].split(/(?<=[.!?])\s+/);
    let offset = lineStart;
    for (const part of parts) {
      const start = text.indexOf(part, offset);
      sentences.push({ start, end: start + part.length, kind: 'sentence' });
      offset = start + part.length;
    }
  }
  return { sentences, quotations: [] };
}
