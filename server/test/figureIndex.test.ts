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

test('a bucket edited in any order lists its figures as an index built afresh does', () => {
  // Many articles state "40 drones", some twice, some sourced. Two share a path under
  // different roots and have the same text: their figures are level in place order,
  // and the one added last comes last.
  const texts = (n: number, v: number): string =>
    [
      n % 3 === 0 ? `Officials said ${v} drones were shot down.` : `Ukraine shot down ${v} drones.`,
      n % 4 === 0 ? `Another ${v} drones were seen.` : 'Nothing else.',
    ].join(n % 2 ? '\n' : ' ') + '\n';
  const docs = Array.from({ length: 40 }, (_, n) => ({ uri: `mem:///${n < 2 ? `root${n}` : 'x'}/a${String(n).padStart(2, '0')}.txt`, path: `a${String(n).padStart(2, '0')}.txt`, n }));
  docs[1].path = docs[0].path;
  const edited = new Corpus();
  const index = edited.addIndex(new FigureIndex());
  /** URIs in the order of their last addition: a fresh index added in this order breaks ties the same way. */
  const order: string[] = [];
  const put = (d: (typeof docs)[number], text: string) => {
    edited.setDocument(d.uri, d.path, text);
    order.splice(order.indexOf(d.uri) >>> 0, order.includes(d.uri) ? 1 : 0);
    order.push(d.uri);
  };
  const key = (v: number) => figureKey({ ...edited.get(docs[2].uri)!.figures[0], value: v })!;
  // added out of path order, then edited: figures go away, come back, move
  for (const d of [...docs].reverse().slice(1)) put(d, texts(d.n < 2 ? 0 : d.n, 40));
  const early = index.sourcedElsewhere(docs[3].uri, { ...edited.get(docs[3].uri)!.figures[0], value: 41 });
  // a bucket's sourced list is asked for, then an article joins it (no article leaves)
  const before = index.sourcedElsewhere(docs[3].uri, edited.get(docs[3].uri)!.figures[0]).length;
  put(docs[39], texts(39, 40));
  assert.equal(index.sourcedElsewhere(docs[3].uri, edited.get(docs[3].uri)!.figures[0]).length, before + 1, 'the new sourced figure is listed');
  for (const d of docs.filter((d) => d.n % 5 === 0)) put(d, texts(d.n, 41));
  for (const d of docs.filter((d) => d.n % 7 === 1)) put(d, `Line one.\n${texts(d.n + 1, 40)}`);
  for (const d of docs.filter((d) => d.n % 5 === 0 && d.n % 10 !== 0)) put(d, texts(d.n, 40));
  put(docs[0], texts(0, 40));
  put(docs[1], texts(0, 40));
  edited.removeDocument(docs[6].uri);
  order.splice(order.indexOf(docs[6].uri), 1);
  assert.deepEqual(early, [], 'nothing under 41 before the edits');

  const fresh = new Corpus();
  const expected = fresh.addIndex(new FigureIndex());
  for (const uri of order) {
    const doc = edited.get(uri)!;
    fresh.setDocument(uri, doc.path, doc.text);
  }
  const show = (figures: { path: string; uri: string; range: { start: { line: number; character: number } }; sourced: boolean }[]) =>
    figures.map((f) => `${f.path} ${f.uri} ${f.range.start.line}:${f.range.start.character} ${f.sourced}`);
  const probe = edited.get(docs[3].uri)!.figures[0];
  for (const v of [40, 41]) {
    assert.ok(index.lookup(key(v)).length > (v === 40 ? 20 : 2), `the fixture fills the ${v} bucket`);
    assert.deepEqual(show(index.lookup(key(v))), show(expected.lookup(key(v))), `lookup ${v}`);
    assert.deepEqual(show(index.sourcedElsewhere(docs[3].uri, { ...probe, value: v })), show(expected.sourcedElsewhere(docs[3].uri, { ...probe, value: v })), `sourced ${v}`);
    assert.deepEqual(show(index.elsewhere(docs[9].uri, { ...probe, value: v })), show(expected.elsewhere(docs[9].uri, { ...probe, value: v })), `elsewhere ${v}`);
  }
  const level = index.lookup(key(40)).filter((f) => f.path === docs[0].path);
  assert.deepEqual([...new Set(level.map((f) => f.uri))], [docs[0].uri, docs[1].uri], 'level figures: the one added last comes last');
  assert.equal(index.size, expected.size);
});

test("an edit does not read the other articles' attributions again to find the sourced figures of its keys", () => {
  const corpus = new Corpus();
  const index = corpus.addIndex(new FigureIndex());
  const uris = Array.from({ length: 30 }, (_, n) => `mem:///a${String(n).padStart(2, '0')}.txt`);
  uris.forEach((uri, n) => corpus.setDocument(uri, uri.slice(7), n % 3 === 0 ? 'Officials said 40 drones were shot down.\n' : 'Ukraine shot down 40 drones.\n'));
  const probe = corpus.get(uris[1])!.figures[0];
  const before = index.sourcedElsewhere(uris[1], probe).map((e) => e.path);
  assert.equal(before.length, 10, 'every third article is sourced');
  // count what the index asks of the articles that stay as they are
  let asked = 0;
  for (const uri of uris.slice(1)) {
    const doc = corpus.get(uri)!;
    const own = doc.figureAttribution.bind(doc);
    doc.figureAttribution = (i: number) => (asked++, own(i));
  }
  corpus.setDocument(uris[0], uris[0].slice(7), 'Title\n\nOfficials said 40 drones were shot down on Monday.\n');
  assert.deepEqual(index.sourcedElsewhere(uris[1], probe).map((e) => e.path), before);
  assert.equal(asked, 0);
});
