// Figures: numbers that state a quantity, with what they count.
// INTERIM: a naive first version; the figures work (issue 3) replaces it.

import type { Span } from './types';
import type { Segmentation } from './sentences';

export type FigureKind = 'count' | 'money' | 'percent' | 'measure' | 'multiplier' | 'fraction' | 'range';

export interface Figure extends Span {
  /** The exact text of the span: the number with what it counts. */
  text: string;
  kind: FigureKind;
  /** Index of the sentence (in Segmentation.sentences) that holds the figure. */
  sentence: number;
  /** "about", "more than", ... when the text puts one before the number (outside the span). */
  approximator?: string;
}

export function findFigures(text: string, seg: Segmentation): Figure[] {
  const figures: Figure[] = [];
  seg.sentences.forEach((s, index) => {
    const re = /\b\d[\d,.]*(?: (?:million|billion))?(?: [a-z]+)?/g;
    const body = text.slice(s.start, s.end);
    for (let m = re.exec(body); m; m = re.exec(body)) {
      if (/^(1[89]|20)\d\d\b/.test(m[0])) continue;
      const start = s.start + m.index;
      figures.push({ start, end: start + m[0].length, text: m[0], kind: 'count', sentence: index });
    }
  });
  return figures;
}
