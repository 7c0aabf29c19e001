import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus } from '../src/core/corpus';
import { ActorIndex } from '../src/core/actorIndex';
import { offsetOf, seedCorpus } from './util';

test('the index holds actors by key with mentions per article, spellings, roles, quotes and the introduction', () => {
  const { index, uri } = seedCorpus();
  const s = index.summary('reg:kim-jong-un')!;
  assert.ok(s.articles.length >= 4);
  assert.ok(s.spellings.some((x) => x.text === 'Kim Jong-un') && s.spellings.some((x) => x.text === 'Kim Jong Un'));
  assert.equal(s.introduced?.uri, uri('000'));
  assert.ok(s.roles.some((r) => r.text === 'North Korean leader'));
  const kyj = index.summary('reg:kim-yo-jong')!;
  assert.ok(kyj.quotes.length >= 4);
  assert.equal(kyj.count, index.mentions('reg:kim-yo-jong').length);
});

test('updates by difference: changing or removing one article changes only its mentions', () => {
  const corpus = new Corpus();
  const index = corpus.addIndex(new ActorIndex());
  corpus.setDocument('mem:///a.txt', 'a.txt', 'White House spokesman John Kirby said it was false.');
  corpus.setDocument('mem:///b.txt', 'b.txt', 'John Kirby, the spokesman, said the same. Kirby added more.');
  assert.equal(index.summary('norm:john kirby')!.count, 3);
  corpus.setDocument('mem:///b.txt', 'b.txt', 'Nothing here.');
  assert.equal(index.summary('norm:john kirby')!.count, 1);
  corpus.removeDocument('mem:///a.txt');
  assert.equal(index.get('norm:john kirby'), undefined);
  assert.deepEqual(index.search('kirby'), []);
});

test('a lone family name without a full mention stays in its article', () => {
  const corpus = new Corpus();
  const index = corpus.addIndex(new ActorIndex());
  corpus.setDocument('mem:///a.txt', 'a.txt', 'President Kim met the envoy.');
  corpus.setDocument('mem:///b.txt', 'b.txt', 'Chairman Kim left early.');
  const a = index.mentionAt('mem:///a.txt', offsetOf('President Kim met the envoy.', 'Kim'))!;
  const b = index.mentionAt('mem:///b.txt', offsetOf('Chairman Kim left early.', 'Kim'))!;
  assert.ok(a && b);
  assert.notEqual(a.key, b.key);
});

test('fuzzy search: word prefix before substring before subsequence', () => {
  const { index } = seedCorpus();
  assert.equal(index.search('kirby')[0].name, 'John Kirby');
  assert.equal(index.search('putin')[0].name, 'Vladimir Putin');
  assert.ok(index.search('wgnr').some((s) => s.name === 'Wagner Group'));
});
