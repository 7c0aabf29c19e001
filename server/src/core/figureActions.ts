// Quick fixes for an unsourced figure: dismiss it (an entry in the ignore
// sidecar, never a change to the article), or insert a source placeholder in
// its sentence for the reviewer to complete.

import type { Corpus } from './corpus';
import type { JudgedFigure, DocumentAnalysis } from './analyze';
import { addIgnoredFinding } from './ignores';
import type { ActionPlan } from './edits';
import type { Range } from './types';
import { LineIndex } from './text';

export const SOURCE_PLACEHOLDER = '[source]';

function overlaps(doc: DocumentAnalysis, f: JudgedFigure, range: Range): boolean {
  const start = doc.lines.offsetAt(range.start);
  const end = doc.lines.offsetAt(range.end);
  return f.start <= end && start <= f.end;
}

/** Where the placeholder goes: before the sentence's final stop, or after a closing quotation. */
function placeholderEdit(doc: DocumentAnalysis, f: JudgedFigure): { offset: number; text: string } {
  const s = doc.segmentation.sentence(f.sentence) ?? { start: f.start, end: f.end };
  let end = s.end;
  while (end > s.start && /\s/.test(doc.text[end - 1])) end--;
  const last = doc.text[end - 1];
  if (last === '"' || last === '\u201d' || last === '\u2019' || last === "'") return { offset: end, text: ` (according to ${SOURCE_PLACEHOLDER})` };
  if (last === '.' || last === '!' || last === '?') return { offset: end - 1, text: `, according to ${SOURCE_PLACEHOLDER}` };
  return { offset: end, text: `, according to ${SOURCE_PLACEHOLDER}` };
}

export interface FigureActionContext {
  /** URI and current text of the ignore sidecar (text undefined: it does not exist yet; unreadable: it is there but could not be read). */
  ignoreFile: { uri: string; text: string | undefined; version?: number; unreadable?: boolean };
}

export function unsourcedFigureActions(corpus: Corpus, uri: string, range: Range, ctx: FigureActionContext): ActionPlan[] {
  const doc = corpus.get(uri);
  if (!doc) return [];
  const figure = doc.figures.find((f) => !f.attribution.sourced && overlaps(doc, f, range));
  if (!figure) return [];
  const sentence = doc.segmentation.sentence(figure.sentence);
  const sentenceText = sentence ? doc.text.slice(sentence.start, sentence.end) : figure.text;

  const oldText = ctx.ignoreFile.text;
  const newText = addIgnoredFinding(oldText, { file: doc.path, rule: 'unsourced-figure', text: figure.text, sentence: sentenceText });
  const oldLines = new LineIndex(oldText ?? '');
  const ignore: ActionPlan | undefined = newText === undefined || ctx.ignoreFile.unreadable ? undefined : {
    title: `Ignore this finding ("${figure.text}") in ${corpus.config.ignoreFile}`,
    kind: 'quickfix',
    fixes: ['unsourced-figure'],
    edits: [
      {
        uri: ctx.ignoreFile.uri,
        version: ctx.ignoreFile.version,
        create: oldText === undefined,
        edits: [{ range: oldLines.rangeOf({ start: 0, end: (oldText ?? '').length }), newText }],
      },
    ],
  };

  const p = placeholderEdit(doc, figure);
  const at = doc.lines.positionAt(p.offset);
  const placeholder: ActionPlan = {
    title: `Insert a source placeholder for "${figure.text}"`,
    kind: 'quickfix',
    fixes: ['unsourced-figure'],
    isPreferred: true,
    edits: [{ uri, version: doc.version, edits: [{ range: { start: at, end: at }, newText: p.text }] }],
  };
  // No "ignore" fix while the sidecar is broken or unreadable (the edit would go into a file
  // nobody could read, inserted before what it holds): its problems say what to repair.
  return ignore ? [placeholder, ignore] : [placeholder];
}
