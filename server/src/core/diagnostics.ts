// Findings of the review for one file: what the Problems panel lists and the
// CLI prints. Articles get their rule findings; the config and the registry get
// their parse problems; a skipped file gets one finding that says why.

import { isIgnored } from './config';
import type { Corpus, InputFile } from './corpus';
import type { DocumentAnalysis } from './analyze';
import { nameVariantFindings } from './nameVariants';
import { conflictingFigureFindings } from './conflictingFigures';
import { quoteFindings } from './quoteProvenance';
import type { Finding, RelatedInformation, Severity } from './types';

function unsourcedFigureMessage(text: string, approximator?: string): string {
  const shown = approximator ? `${approximator} ${text}` : text;
  return `Unsourced figure "${shown}": its sentence names no source (no "according to", no "<source> said", no attributed quotation).`;
}

/** How many other statements of the same figure a finding points to. */
const MAX_RELATED = 5;

export function articleFindings(corpus: Corpus, doc: DocumentAnalysis): Finding[] {
  const { config } = corpus;
  const findings: Finding[] = [];
  const severity = config.rules['unsourced-figure'];
  if (severity !== 'off') {
    for (const f of doc.figures) {
      if (f.attribution.sourced) continue;
      if (isIgnored(config, 'unsourced-figure', doc.path, f.text)) continue;
      const sentence = doc.segmentation.sentence(f.sentence);
      const sentenceText = sentence ? doc.text.slice(sentence.start, sentence.end) : f.text;
      if (corpus.ignores.has(doc.path, 'unsourced-figure', f.text, sentenceText)) continue;
      const related: RelatedInformation[] = corpus.figureIndex
        .sourcedElsewhere(doc.uri, f, MAX_RELATED)
        .map((e) => ({ uri: e.uri, range: e.range, message: e.source ? `sourced: ${e.source}` : 'sourced' }));
      findings.push({
        uri: doc.uri,
        range: doc.lines.rangeOf(f),
        severity,
        code: 'unsourced-figure',
        message: unsourcedFigureMessage(f.text, f.approximator),
        text: f.text,
        ...(related.length ? { related } : {}),
      });
    }
  }
  findings.push(...nameVariantFindings(corpus, corpus.actors, doc));
  const conflict = config.rules['conflicting-figure'];
  if (conflict !== 'off') {
    for (const f of conflictingFigureFindings(corpus.conflicts, doc, conflict)) {
      if (isIgnored(config, 'conflicting-figure', doc.path, f.text)) continue;
      findings.push(f);
    }
  }
  const drift = config.rules['quote-drift'];
  const mismatch = config.rules['quote-speaker-mismatch'];
  if (drift !== 'off' || mismatch !== 'off') {
    for (const f of quoteFindings(corpus.quotes, doc, { drift, mismatch })) {
      if (isIgnored(config, f.code, doc.path, f.text)) continue;
      findings.push(f);
    }
  }
  const note = corpus.readNote(doc.uri);
  if (note) {
    const span = { start: note.offset, end: Math.min(note.offset + 1, doc.text.length) };
    findings.push({ uri: doc.uri, range: doc.lines.rangeOf(span), severity: 'information', code: 'encoding', message: note.message, text: doc.text.slice(span.start, span.end) });
  }
  for (const { line, length } of doc.longLines) {
    const start = doc.lines.lineStart(line);
    findings.push({
      uri: doc.uri,
      range: doc.lines.rangeOf({ start, end: start }),
      severity: 'information',
      code: 'long-line',
      message: `Line ${line + 1} is ${length} characters long, over the limit of ${corpus.limitsInForce.maxLineLength} (setting corpusReview.maxLineLength); it was not analysed.`,
      text: '',
    });
  }
  return findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function inputFindings(file: InputFile): Finding[] {
  return file.problems.map((p) => {
    const span = p.span ?? { start: 0, end: 0 };
    return {
      uri: file.uri,
      range: file.lines.rangeOf(span),
      severity: p.severity,
      code: p.code,
      message: p.message,
      text: file.text.slice(span.start, span.end),
    };
  });
}

/** Every finding for the file at `uri`, whatever kind of file it is. */
export function findingsFor(corpus: Corpus, uri: string): Finding[] {
  const doc = corpus.get(uri);
  if (doc) return articleFindings(corpus, doc);
  const skipped = corpus.skipped(uri);
  if (skipped) {
    const severity: Severity = 'information';
    return [{ uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity, code: 'skipped-file', message: `Not analysed: ${skipped.reason}`, text: '' }];
  }
  if (corpus.configFile?.uri === uri) return inputFindings(corpus.configFile);
  if (corpus.registryFile?.uri === uri) return inputFindings(corpus.registryFile);
  if (corpus.ignoreFile?.uri === uri) return inputFindings(corpus.ignoreFile);
  return [];
}

/** Every URI that may carry findings: articles, skipped files, config, registry. */
export function reviewedUris(corpus: Corpus): string[] {
  const uris: string[] = [];
  for (const d of corpus.documents()) uris.push(d.uri);
  for (const s of corpus.skippedList()) uris.push(s.uri);
  if (corpus.configFile) uris.push(corpus.configFile.uri);
  if (corpus.registryFile) uris.push(corpus.registryFile.uri);
  if (corpus.ignoreFile) uris.push(corpus.ignoreFile.uri);
  return uris;
}
