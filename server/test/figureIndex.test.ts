import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Corpus } from '../src/core/corpus';
import { FigureIndex, figureKey } from '../src/core/figureIndex';
import { findFigures } from '../src/core/figures';
import { segment } from '../src/core/sentences';
import { readSeed, seedNames } from './util';

function only(text: string) {
  const f = findFigures(text, segment(text));
  assert.equal(f.length, 1, JSON.stringify(f.map((x) => x.text)));
  return f[0];
}

test('keys: the same number of the same thing meets across wordings', () => {
  assert.equal(figureKey(only('The US will send 31 M1 Abrams tanks.')), figureKey(only('Washington promised 31 Abrams tanks.')));
  assert.equal(figureKey(only('They fired 1.6 million shells.')), figureKey(only('They fired 1,600,000 shells.')));
  assert.equal(figureKey(only('The package is worth $1.2bn.')), figureKey(only('The package is worth $1.2 billion.')));
  assert.equal(figureKey(only('Troops moved 5,000 tonnes of grain.')), figureKey(only('Troops moved 5,000 tons of grain.')));
});

test('keys: a different number or a different thing does not meet', () => {
  assert.notEqual(figureKey(only('The US will send 31 tanks.')), figureKey(only('The US will send 30 tanks.')));
  assert.notEqual(figureKey(only('The US will send 31 tanks.')), figureKey(only('The US will send 31 drones.')));
  assert.notEqual(figureKey(only('Prices rose 31 percent.')), figureKey(only('The US will send 31 tanks.')));
  // a thing named like an object property is its own thing, not what the property holds
  assert.equal(figureKey(only('The firm hired 31 constructor staff.')), '31|staff');
  assert.equal(figureKey(only('The firm hired 31 constructors.')), '31|constructor');
  assert.notEqual(figureKey(only('The firm hired 31 constructors.')), figureKey(only('The firm hired 31 valueOf.')));
  assert.notEqual(figureKey(only('They fired tens of thousands of shells.')), figureKey(only('They fired 10 thousand shells.')));
});

test('the seed corpus: 31 Abrams tanks is stated in three articles, sourced in each', () => {
  const corpus = new Corpus();
  const index = corpus.addIndex(new FigureIndex());
  for (const name of seedNames()) corpus.setDocument(`mem:///seeds/${name}`, `seeds/${name}`, readSeed(name));
  const doc = corpus.get(`mem:///seeds/${seedNames()[2]}`)!;
  const tanks = doc.figures.find((f) => f.text === '31 Abrams tanks')!;
  const key = figureKey(tanks)!;
  const all = index.lookup(key);
  assert.deepEqual(
    all.map((e) => `${e.path}:${e.range.start.line + 1}`),
    [`seeds/${seedNames()[0]}:21`, `seeds/${seedNames()[1]}:10`, `seeds/${seedNames()[2]}:5`, `seeds/${seedNames()[2]}:13`],
  );
  const elsewhere = index.sourcedElsewhere(doc.uri, tanks);
  assert.deepEqual(elsewhere.map((e) => e.path), [`seeds/${seedNames()[0]}`, `seeds/${seedNames()[1]}`]);
  assert.equal(elsewhere[0].source, 'the US said');
});

test('unsourced here, sourced elsewhere: the related information the diagnostic needs', () => {
  const corpus = new Corpus();
  const index = corpus.addIndex(new FigureIndex());
  corpus.setDocument('mem:///a.txt', 'a.txt', 'Russia received 1.6 million artillery shells from North Korea.\n');
  corpus.setDocument('mem:///b.txt', 'b.txt', 'Title\n\nNorth Korea sent 1.6 million shells, according to C4ADS.\n');
  const a = corpus.get('mem:///a.txt')!;
  const f = a.figures[0];
  assert.equal(f.attribution.sourced, false);
  const rel = index.sourcedElsewhere(a.uri, f);
  assert.equal(rel.length, 1);
  assert.equal(rel[0].path, 'b.txt');
  assert.equal(rel[0].range.start.line, 2);
  assert.equal(rel[0].source, 'according to C4ADS');
});

test('remove, re-add on edit, and clear keep the index exact', () => {
  const corpus = new Corpus();
  const index = corpus.addIndex(new FigureIndex());
  corpus.setDocument('mem:///a.txt', 'a.txt', 'Officials said 40 drones were shot down.\n');
  corpus.setDocument('mem:///b.txt', 'b.txt', 'Ukraine shot down 40 drones.\n');
  const key = figureKey(corpus.get('mem:///a.txt')!.figures[0])!;
  assert.equal(index.lookup(key).length, 2);
  corpus.setDocument('mem:///b.txt', 'b.txt', 'Ukraine shot down 41 drones.\n');
  assert.deepEqual(index.lookup(key).map((e) => e.path), ['a.txt']);
  corpus.removeDocument('mem:///a.txt');
  assert.deepEqual(index.lookup(key), []);
  assert.equal(index.size, 1);
  index.clear();
  assert.equal(index.size, 0);
  // an index added late sees the documents already there
  const late = corpus.addIndex(new FigureIndex());
  assert.equal(late.size, 1);
});

test('figures without a value are not indexed and never throw', () => {
  assert.equal(figureKey({ start: 0, end: 1, text: 'x', kind: 'count', sentence: 0 }), undefined);
  const index = new FigureIndex();
  const corpus = new Corpus();
  corpus.addIndex(index);
  corpus.setDocument('mem:///e.txt', 'e.txt', '');
  assert.equal(index.size, 0);
});
