import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Corpus } from '../src/core/corpus';
import { articleFindings } from '../src/core/diagnostics';
import { unsourcedFigureActions, SOURCE_PLACEHOLDER } from '../src/core/figureActions';
import type { TextEdit } from '../src/core/edits';
import { LineIndex } from '../src/core/text';

function apply(text: string, edits: TextEdit[]): string {
  const lines = new LineIndex(text);
  const sorted = [...edits].sort((a, b) => lines.offsetAt(b.range.start) - lines.offsetAt(a.range.start));
  for (const e of sorted) text = text.slice(0, lines.offsetAt(e.range.start)) + e.newText + text.slice(lines.offsetAt(e.range.end));
  return text;
}

const ARTICLE = 'Officials met in Seoul on Monday.\n\nThe army lost 40 tanks in the offensive.\n';

function setup() {
  const corpus = new Corpus();
  corpus.setDocument('mem:///a.txt', 'a.txt', ARTICLE, 3);
  const [finding] = articleFindings(corpus, corpus.get('mem:///a.txt')!);
  assert.equal(finding.code, 'unsourced-figure');
  return { corpus, finding };
}

test('the placeholder fix inserts an attribution in the figure\'s sentence, against the document version', () => {
  const { corpus, finding } = setup();
  const [placeholder] = unsourcedFigureActions(corpus, 'mem:///a.txt', finding.range, { ignoreFile: { uri: 'mem:///ignored.yaml', text: undefined } });
  assert.equal(placeholder.isPreferred, true);
  assert.equal(placeholder.edits[0].version, 3);
  const fixed = apply(ARTICLE, placeholder.edits[0].edits);
  assert.ok(fixed.includes(`lost 40 tanks in the offensive, according to ${SOURCE_PLACEHOLDER}.`), fixed);
  corpus.setDocument('mem:///a.txt', 'a.txt', fixed, 4);
  assert.deepEqual(articleFindings(corpus, corpus.get('mem:///a.txt')!).filter((f) => f.code === 'unsourced-figure'), []);
});

test('the ignore fix creates the sidecar, leaves the article alone, and the finding is gone', () => {
  const { corpus, finding } = setup();
  const ignore = unsourcedFigureActions(corpus, 'mem:///a.txt', finding.range, { ignoreFile: { uri: 'mem:///ignored.yaml', text: undefined } })[1];
  assert.equal(ignore.edits.length, 1);
  assert.equal(ignore.edits[0].uri, 'mem:///ignored.yaml');
  assert.equal(ignore.edits[0].create, true);
  const sidecar = apply('', ignore.edits[0].edits);
  corpus.setIgnoreFile('mem:///ignored.yaml', '.corpus-review/ignored.yaml', sidecar);
  assert.deepEqual(articleFindings(corpus, corpus.get('mem:///a.txt')!), []);
  // An edit elsewhere in the file keeps it ignored.
  corpus.setDocument('mem:///a.txt', 'a.txt', 'A new first line.\n' + ARTICLE, 5);
  assert.deepEqual(articleFindings(corpus, corpus.get('mem:///a.txt')!), []);
});

test('no action where there is no unsourced figure', () => {
  const { corpus } = setup();
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } };
  assert.deepEqual(unsourcedFigureActions(corpus, 'mem:///a.txt', range, { ignoreFile: { uri: 'mem:///i.yaml', text: undefined } }), []);
  assert.deepEqual(unsourcedFigureActions(corpus, 'mem:///none.txt', range, { ignoreFile: { uri: 'mem:///i.yaml', text: undefined } }), []);
});
