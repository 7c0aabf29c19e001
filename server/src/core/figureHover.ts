// Hover on a figure: whether its sentence sources it, and where else the
// corpus states it: the same claim repeated (which strengthens it), the same
// claim with a number that cannot also be true, and the same value and counted
// thing in other articles.

import type { Corpus } from './corpus';
import type { Range } from './types';

export interface FigureHover {
  markdown: string;
  range: Range;
}

const MAX_LIST = 5;

function line(doc: { path: string; lines: { positionAt(o: number): { line: number } } }, offset: number): string {
  return `${doc.path}:${doc.lines.positionAt(offset).line + 1}`;
}

export function figureHover(corpus: Corpus, uri: string, offset: number): FigureHover | undefined {
  const doc = corpus.get(uri);
  if (!doc) return undefined;
  const figures = doc.figures;
  const i = figures.findIndex((f) => offset >= f.start && offset <= f.end);
  if (i < 0) return undefined;
  const f = figures[i];
  const shown = f.approximator ? `${f.approximator} ${f.text}` : f.text;
  const md = [`**Figure** “${shown}” · ${f.attribution.sourced ? `sourced: *${f.attribution.source?.text ?? 'attributed'}*` : 'unsourced in its sentence'}`];
  const repeats = corpus.conflicts.repeatsOf(uri, i);
  const listed = new Set<string>();
  const list = (title: string, items: { at: string; text: string; note?: string }[]) => {
    if (!items.length) return;
    md.push('', title);
    for (const x of items.slice(0, MAX_LIST)) md.push(`- ${x.at} — “${x.text}”${x.note ? ` *(${x.note})*` : ''}`);
    if (items.length > MAX_LIST) md.push(`- … ${items.length - MAX_LIST} more`);
  };
  if (repeats) {
    const same = repeats.same.map((e) => {
      const g = e.doc.figureAt(e.figure)!;
      listed.add(`${e.doc.uri}\u0000${g.start}`);
      return { at: line(e.doc, g.start), text: g.text, note: g.attribution.sourced ? `sourced: ${g.attribution.source?.text ?? ''}`.trim() : 'unsourced' };
    });
    list(`The same claim in ${same.length} other statement${same.length === 1 ? '' : 's'}:`, same);
    const other = repeats.conflicting.map((e) => {
      const g = e.doc.figureAt(e.figure)!;
      listed.add(`${e.doc.uri}\u0000${g.start}`);
      return { at: line(e.doc, g.start), text: g.approximator ? `${g.approximator} ${g.text}` : g.text };
    });
    list(`Stated with a different number in ${other.length} other statement${other.length === 1 ? '' : 's'}:`, other);
  }
  const elsewhere = corpus.figureIndex
    .elsewhere(uri, f)
    .filter((e) => !listed.has(`${e.uri}\u0000${corpus.get(e.uri)?.lines.offsetAt(e.range.start)}`))
    .map((e) => ({ at: `${e.path}:${e.range.start.line + 1}`, text: e.text, note: e.sourced ? `sourced: ${e.source ?? ''}`.trim() : 'unsourced' }));
  list(`The same figure in other articles:`, elsewhere);
  if (md.length === 1) md.push('', 'Stated in no other article.');
  return { markdown: md.join('\n'), range: doc.lines.rangeOf(f) };
}
