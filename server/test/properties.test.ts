// Property tests of the core (fast-check): for any text, the analysis never
// throws, every range lies inside the document and never splits a surrogate
// pair, the result is deterministic, and re-analysing after a sequence of
// incremental edits (applied as the language server applies them, through
// TextDocument.update) equals analysing the final text from scratch, indexes
// included; plus the UTF-8 size of an open document (the size limit). Texts come from two generators: arbitrary Unicode (lone surrogates
// too) and news-like text mixing sentences, quotation marks, numbers, names,
// scripts and line ends. Each property states its number of runs; a failure
// prints the seed and the shrunk counterexample to replay.
// CORPUS_REVIEW_PROPERTY_SCALE multiplies the runs (see RUNS).

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Corpus } from '../src/core/corpus';
import { ActorIndex } from '../src/core/actorIndex';
import { FigureIndex } from '../src/core/figureIndex';
import { findingsFor } from '../src/core/diagnostics';
import { nameVariantFindings } from '../src/core/nameVariants';
import { semanticTokens } from '../src/core/semanticTokens';
import { analyzeDocument, type DocumentAnalysis } from '../src/core/analyze';
import { parseRegistry } from '../src/core/registry';
import { utf8Size } from '../src/core/scan';
import type { Finding, Range, Span } from '../src/core/types';

const REGISTRY = `actors:
  - id: kim-jong-un
    name: Kim Jong Un
    kind: person
    aliases: [Kim Jong-un]
  - id: kcna
    name: Korean Central News Agency
    kind: organization
    aliases: [KCNA]
  - id: pyongyang
    name: Pyongyang
    kind: place
`;
const { registry } = parseRegistry(REGISTRY);

// --- generators ----------------------------------------------------------------

const NAMES = ['Kim Jong Un', 'Kim Jong-un', 'Kim Jong-Un', 'KCNA', 'the Korean Central News Agency', 'Pyongyang', 'Seoul', 'Park Jin', 'Mr Park', 'the Ministry of Defence', 'Reuters', 'Volodymyr Zelensky', 'Zelenskiy', 'the United Nations', 'Choe Son Hui', 'Dr. Smith', 'U.S.', 'she', 'He'];
const NUMBERS = ['40', '1.6 million', 'tens of thousands of', '$1.2 billion', '€40m', '74,000', '3%', '12.5 per cent', 'two', 'dozens of', '18 to 30', 'half', '2023', '10,000-12,000', '1,000,000,000', '0.5', '7', 'three-quarters of', '£350,000', 'nearly 500', 'more than 1,000'];
const NOUNS = ['tanks', 'troops', 'artillery shells', 'people', 'civilians', 'villages', 'tons of aid', 'soldiers', 'missiles', 'dollars', 'homes'];
const VERBS = ['said', 'told reporters', 'according to', 'citing', 'reported', 'claimed', 'estimated', 'lost', 'seized', 'sent', 'fired', 'killed', 'has'];
const QUOTES = ['"', '\u201c', '\u201d', '\u2018', '\u2019', "'", '\u00ab', '\u00bb', '\u300c', '\u300d', '""', '"\u201c'];
const SCRIPTS = ['\u5e73\u58e4\u304c40\u53f0\u306e\u6226\u8eca\u3092\u9001\u3063\u305f\u3002', '\u0627\u0644\u062c\u064a\u0634 \u0641\u0642\u062f 40 \u062f\u0628\u0627\u0628\u0629', '\u05d4\u05e6\u05d1\u05d0 \u05d0\u05d9\u05d1\u05d3 40 \u05d8\u05e0\u05e7\u05d9\u05dd', '\ud83d\ude80', '\ud83c\uddf0\ud83c\uddf5', '\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67', '\u200b', '\u200d', '\ufeff', '\u00a0', 'caf\u00e9', 'cafe\u0301', '\ufffd', '\ud800', '\udfff', '\t'];
const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', ' \n', '\u2028'];
const PUNCT = ['.', ',', ';', ':', '?', '!', ' - ', ' \u2014 ', '(', ')', '...', '.\u201d'];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 4, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 3, arbitrary: fc.constantFrom(...NOUNS) },
  { weight: 3, arbitrary: fc.constantFrom(...VERBS) },
  { weight: 2, arbitrary: fc.constantFrom(...QUOTES) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: fc.constantFrom(...SCRIPTS) },
  { weight: 1, arbitrary: fc.constantFrom(...BREAKS) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 10_000_000 }).map(String) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);

/** A sentence of news: a subject, a verb, a figure and its noun, maybe a source, pieces glued with spaces. */
const sentence = fc
  .tuple(fc.constantFrom(...NAMES), fc.constantFrom(...VERBS), fc.constantFrom(...NUMBERS), fc.constantFrom(...NOUNS), fc.array(piece, { maxLength: 6 }), fc.constantFrom('.', '."', '.\u201d', '', '?', ', he said.'))
  .map(([who, verb, n, noun, rest, end]) => `${who} ${verb} ${n} ${noun} ${rest.join(' ')}${end}`);

/** Text shaped like an article (or a fragment of one): sentences, pieces, line ends of every kind. */
const newsText = fc
  .array(fc.oneof({ weight: 3, arbitrary: sentence }, { weight: 2, arbitrary: piece }, { weight: 1, arbitrary: fc.constantFrom(...BREAKS) }), { maxLength: 30 })
  .chain((parts) => fc.array(fc.constantFrom(' ', '', ...BREAKS), { minLength: parts.length, maxLength: parts.length }).map((seps) => parts.map((p, i) => p + seps[i]).join('')));

/** Any UTF-16 text, lone surrogates included, and any Unicode text. */
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }));

const text = fc.oneof({ weight: 3, arbitrary: newsText }, { weight: 1, arbitrary: anyText });

// --- checks --------------------------------------------------------------------

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

function splitsPair(t: string, offset: number): boolean {
  return offset > 0 && offset < t.length && isHigh(t.charCodeAt(offset - 1)) && isLow(t.charCodeAt(offset));
}

function checkSpan(t: string, s: Span | undefined, what: string): void {
  if (!s) return;
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets ${JSON.stringify(s)}`);
  assert.ok(s.start >= 0 && s.start <= s.end && s.end <= t.length, `${what}: ${s.start}..${s.end} inside 0..${t.length}`);
  assert.ok(!splitsPair(t, s.start) && !splitsPair(t, s.end), `${what}: ${s.start}..${s.end} splits a surrogate pair`);
}

/** Line lengths as an LSP client counts them (\r\n, \r and \n end a line). */
function lineLengths(t: string): number[] {
  return t.split(/\r\n|\r|\n/).map((l) => l.length);
}

function checkRange(t: string, lens: number[], r: Range, what: string): void {
  for (const p of [r.start, r.end]) {
    assert.ok(p.line >= 0 && p.line < lens.length, `${what}: line ${p.line} of ${lens.length}`);
    assert.ok(p.character >= 0 && p.character <= lens[p.line], `${what}: character ${p.character} of line ${p.line} (length ${lens[p.line]})`);
  }
  assert.ok(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character), `${what}: start before end`);
}

function checkAnalysis(doc: DocumentAnalysis, findings: Finding[]): void {
  const t = doc.text;
  for (const [i, s] of doc.segmentation.sentences.entries()) checkSpan(t, s, `sentence ${i}`);
  for (const [i, q] of doc.segmentation.quotations.entries()) {
    checkSpan(t, q, `quotation ${i}`);
    checkSpan(t, q.inner, `quotation ${i} inner`);
  }
  for (const f of doc.figures) {
    checkSpan(t, f, `figure "${f.text}"`);
    assert.equal(t.slice(f.start, f.end), f.text, 'a figure\'s text is the text its span covers');
    checkSpan(t, f.counted, `counted noun of "${f.text}"`);
    checkSpan(t, f.attribution.source, `source of "${f.text}"`);
    assert.ok(f.sentence >= 0 && f.sentence < doc.segmentation.sentences.length, `figure "${f.text}" names a sentence`);
  }
  for (const m of doc.actors.mentions) {
    checkSpan(t, m, `mention "${m.text}"`);
    assert.equal(t.slice(m.start, m.end), m.text, 'a mention\'s text is the text its span covers');
  }
  for (const r of doc.actors.roles) checkSpan(t, r, `role "${r.text}"`);
  for (const q of doc.actors.quotes) {
    checkSpan(t, q, 'quote');
    checkSpan(t, q.inner, 'quote inner');
  }
  const lens = lineLengths(t);
  for (const f of findings) {
    checkRange(t, lens, f.range, `finding ${f.code}`);
    const start = doc.lines.offsetAt(f.range.start);
    const end = doc.lines.offsetAt(f.range.end);
    checkSpan(t, { start, end }, `finding ${f.code}`);
    assert.equal(t.slice(start, end), f.text, `finding ${f.code}: its text is the text its range covers`);
  }
  for (const tok of semanticTokens(doc)) {
    checkRange(t, lens, { start: { line: tok.line, character: tok.character }, end: { line: tok.line, character: tok.character + tok.length } }, `token ${tok.type}`);
    const start = doc.lines.offsetAt({ line: tok.line, character: tok.character });
    checkSpan(t, { start, end: start + tok.length }, `token ${tok.type}`);
  }
}

/** Everything a feature can read about one article, as plain data. */
function snapshot(corpus: Corpus, actors: ActorIndex, figures: FigureIndex, uri: string): unknown {
  const doc = corpus.get(uri)!;
  const keys = [...actors.keys()].sort();
  return JSON.parse(
    JSON.stringify({
      text: doc.text,
      segmentation: doc.segmentation,
      figures: doc.figures,
      actors: doc.actors,
      longLines: doc.longLines,
      findings: findingsFor(corpus, uri),
      variants: nameVariantFindings(corpus, actors, doc, 'information'),
      tokens: semanticTokens(doc),
      index: keys.map((k) => ({ ...actors.summary(k), mentions: actors.mentions(k).map((m) => [m.doc.uri, m.mention.start, m.mention.end, m.index]) })),
      figureIndex: doc.figures.map((f) => figures.elsewhere(uri, f).length),
    }),
  );
}

const OTHER = { uri: 'mem:///other.txt', path: 'other.txt', text: 'Kim Jong Un visited Pyongyang, KCNA said. The army lost 40 tanks.\nKim Jong-un said 1.6 million shells were sent.\n' };

function makeCorpus(maxLineLength: number): { corpus: Corpus; actors: ActorIndex; figures: FigureIndex } {
  const corpus = new Corpus();
  corpus.setRegistry('mem:///actors.yaml', 'actors.yaml', REGISTRY);
  corpus.setLimits({ maxLineLength });
  const actors = corpus.actors;
  const figures = corpus.figureIndex;
  corpus.setDocument(OTHER.uri, OTHER.path, OTHER.text);
  return { corpus, actors, figures };
}

const URI = 'mem:///article.txt';
const limit = fc.constantFrom(20_000, 20_000, 60);

// --- properties ------------------------------------------------------------------

/** `CORPUS_REVIEW_PROPERTY_SCALE=20 node --test ...` multiplies the runs for a deeper search. */
const SCALE = Math.max(1, Number(process.env.CORPUS_REVIEW_PROPERTY_SCALE) || 1);
const RUNS = { inside: 1000 * SCALE, deterministic: 300 * SCALE, incremental: 300 * SCALE };

test(`for any text, analysis never throws and every range lies inside the document, never splitting a surrogate pair (${RUNS.inside} runs)`, () => {
  fc.assert(
    fc.property(text, limit, (t, maxLineLength) => {
      const { corpus } = makeCorpus(maxLineLength);
      const doc = corpus.setDocument(URI, 'article.txt', t);
      checkAnalysis(doc, findingsFor(corpus, URI));
    }),
    { numRuns: RUNS.inside },
  );
});

test(`the analysis is deterministic: the same text gives the same result (${RUNS.deterministic} runs)`, () => {
  fc.assert(
    fc.property(text, limit, (t, maxLineLength) => {
      const a = makeCorpus(maxLineLength);
      a.corpus.setDocument(URI, 'article.txt', t);
      const b = makeCorpus(maxLineLength);
      b.corpus.setDocument(URI, 'article.txt', t);
      assert.deepEqual(snapshot(a.corpus, a.actors, a.figures, URI), snapshot(b.corpus, b.actors, b.figures, URI));
      // And the bare pipeline, twice in one process (no state carried between calls).
      const once = analyzeDocument(URI, 'article.txt', t, registry, undefined, { maxLineLength });
      const twice = analyzeDocument(URI, 'article.txt', t, registry, undefined, { maxLineLength });
      assert.deepEqual(JSON.parse(JSON.stringify({ ...once, lines: undefined })), JSON.parse(JSON.stringify({ ...twice, lines: undefined })));
    }),
    { numRuns: RUNS.deterministic },
  );
});

test(`an open document's size in bytes is what its file would hold in UTF-8, lone surrogates included (2000 runs)`, () => {
  fc.assert(
    fc.property(text, (t) => utf8Size(t) === Buffer.byteLength(t, 'utf8')),
    { numRuns: 2000 },
  );
});

/** An edit as offsets into the current text (scaled to its length when applied) and the new text. */
const edit = fc.record({ from: fc.double({ min: 0, max: 1, noNaN: true }), len: fc.nat({ max: 40 }), insert: fc.oneof(piece, sentence, fc.constantFrom('', ...BREAKS)) });

test(`after incremental edits, the review equals a fresh analysis of the final text, indexes included (${RUNS.incremental} runs)`, () => {
  fc.assert(
    fc.property(newsText, fc.array(edit, { minLength: 1, maxLength: 8 }), limit, (initial, edits, maxLineLength) => {
      const live = makeCorpus(maxLineLength);
      let doc = TextDocument.create(URI, 'news-article', 1, initial);
      live.corpus.setDocument(URI, 'article.txt', doc.getText(), doc.version);
      for (const e of edits) {
        const length = doc.getText().length;
        const start = Math.floor(e.from * length);
        const end = Math.min(length, start + e.len);
        const range = { start: doc.positionAt(start), end: doc.positionAt(end) };
        doc = TextDocument.update(doc, [{ range, text: e.insert }], doc.version + 1);
        const analysed = live.corpus.setDocument(URI, 'article.txt', doc.getText(), doc.version);
        checkAnalysis(analysed, findingsFor(live.corpus, URI));
      }
      const fresh = makeCorpus(maxLineLength);
      fresh.corpus.setDocument(URI, 'article.txt', doc.getText(), doc.version);
      assert.deepEqual(snapshot(live.corpus, live.actors, live.figures, URI), snapshot(fresh.corpus, fresh.actors, fresh.figures, URI));
      assert.deepEqual(snapshot(live.corpus, live.actors, live.figures, OTHER.uri), snapshot(fresh.corpus, fresh.actors, fresh.figures, OTHER.uri));
    }),
    { numRuns: RUNS.incremental },
  );
});
