// Attribution: is a figure's claim sourced by its sentence or its quotation?
// INTERIM: a naive first version; the figures work (issue 3) replaces it.

import type { Span } from './types';
import type { Segmentation } from './sentences';
import type { Figure } from './figures';

export interface Attribution {
  sourced: boolean;
  /** The attribution words ("according to C4ADS", "the US said") when sourced. */
  source?: Span & { text: string };
}

export function attribute(text: string, seg: Segmentation, figure: Figure): Attribution {
  const s = seg.sentences[figure.sentence];
  const body = text.slice(s.start, s.end);
  const m = /\b(said|says|according to)\b/i.exec(body);
  if (!m) return { sourced: false };
  const start = s.start + m.index;
  return { sourced: true, source: { start, end: start + m[0].length, text: m[0] } };
}
