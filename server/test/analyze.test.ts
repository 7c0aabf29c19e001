import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../src/core/analyze';
import { Corpus } from '../src/core/corpus';
import { articleFindings } from '../src/core/diagnostics';
import { EMPTY_REGISTRY } from '../src/core/registry';
import { offsetOf } from './util';

test('a line over the length limit is left out of the analysis with a finding; the rest is analysed', () => {
  const long = 'The army lost 40 tanks. '.repeat(50);
  const text = `Rebels seized 12 villages overnight.\n${long}\nThe navy lost 3 ships.\n`;
  const doc = analyzeDocument('mem:///a.txt', 'a.txt', text, EMPTY_REGISTRY, undefined, { maxLineLength: 500 });
  assert.deepEqual(doc.longLines, [{ line: 1, length: long.length }]);
  assert.ok(doc.figures.every((f) => f.start < offsetOf(text, long) || f.start > offsetOf(text, long) + long.length), 'nothing found inside the long line');
  assert.ok(doc.figures.some((f) => f.start === offsetOf(text, '12')));
  assert.ok(doc.figures.some((f) => f.start === offsetOf(text, '3 ships')));
  const corpus = new Corpus();
  corpus.setLimits({ maxLineLength: 500 });
  corpus.setDocument('mem:///a.txt', 'a.txt', text);
  const info = articleFindings(corpus, corpus.get('mem:///a.txt')!).find((f) => f.code === 'long-line')!;
  assert.equal(info.severity, 'information');
  assert.equal(info.range.start.line, 1);
  assert.match(info.message, /over the limit of 500 \(setting corpusReview.maxLineLength\)/);
});

test('figure texts are the file\'s own characters, offsets unchanged', () => {
  const text = 'Rebels seized 12 villages overnight.\r\n';
  const doc = analyzeDocument('mem:///a.txt', 'a.txt', text, EMPTY_REGISTRY);
  for (const f of doc.figures) assert.equal(text.slice(f.start, f.end), f.text);
});
