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

test('summaries kept by difference through edits equal those of an index read from the final articles', () => {
  const edited = seedCorpus();
  const a = edited.uri('000');
  const b = edited.uri('001');
  const c = edited.uri('002');
  const text = (uri: string) => edited.corpus.get(uri)!.text;
  const path = (uri: string) => edited.corpus.get(uri)!.path;
  // an edit that adds a person with a stated role and a quote, one that keeps half an article,
  // one that removes an article, and one that brings it back with another spelling
  edited.corpus.setDocument(a, path(a), `${text(a)}\n\nMaria Oyelaran, the harbour board's chief engineer, said: "The cranes have been idle since May."\n`, 2);
  edited.corpus.setDocument(b, path(b), text(b).slice(0, text(b).length >> 1), 2);
  const third = text(c);
  edited.corpus.removeDocument(c);
  edited.corpus.setDocument(c, 'seeds/moved.txt', third.replace(/Kim Jong Un/g, 'Kim Jong-un'), 3);
  edited.corpus.setDocument(a, path(a), `${text(a)}\nMaria Oyelaran left the board in June.\n`, 4);

  const fresh = seedCorpus();
  for (const uri of [a, b, c]) fresh.corpus.removeDocument(uri);
  for (const uri of [a, b, c]) fresh.corpus.setDocument(uri, path(uri), text(uri));

  const keys = [...edited.index.keys()].sort();
  assert.deepEqual(keys, [...fresh.index.keys()].sort());
  assert.ok(keys.includes('norm:maria oyelaran'));
  for (const key of keys) assert.deepEqual(edited.index.summary(key), fresh.index.summary(key), key);
  assert.ok(edited.index.summary('norm:maria oyelaran')!.roles.some((r) => r.text.includes('chief engineer')));
  assert.equal(edited.index.summary('norm:maria oyelaran')!.quoteCount, 1);
});
