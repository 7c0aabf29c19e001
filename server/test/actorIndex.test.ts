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

test('an actor of many articles is kept sorted by path through edits: its summary after an edit reads only its first articles', () => {
  const edited = new Corpus();
  const index = edited.addIndex(new ActorIndex());
  const uri = (n: number) => `mem:///a${String(n).padStart(3, '0')}.txt`;
  const says = (n: number) => `John Kirby said the talks went well on day ${n}.\n`;
  // added out of path order
  for (let n = 99; n >= 0; n--) edited.setDocument(uri(n), uri(n).slice(7), n % 10 === 7 ? 'Nothing here.\n' : says(n));
  const key = 'norm:john kirby';
  assert.equal(index.summary(key)!.articleCount, 90);
  // one article leaves the actor, one joins it, one is edited and still names it, one is removed
  edited.setDocument(uri(3), uri(3).slice(7), 'Nothing here now.\n', 2);
  edited.setDocument(uri(7), uri(7).slice(7), says(7), 2);
  edited.setDocument(uri(12), uri(12).slice(7), `Officials met. ${says(12)}`, 2);
  edited.removeDocument(uri(1));
  // an edit after that: count what the summary reads of the articles past the first 20 by path
  edited.setDocument(uri(50), uri(50).slice(7), `Then ${says(50)}`, 3);
  let read = 0;
  for (let n = 30; n < 100; n++) {
    const doc = edited.get(uri(n));
    if (!doc) continue;
    const path = doc.path;
    Object.defineProperty(doc, 'path', { get: () => (read++, path) });
  }
  const summary = index.summary(key)!;
  assert.equal(read, 0);

  const fresh = new Corpus();
  const expected = fresh.addIndex(new ActorIndex());
  for (let n = 0; n < 100; n++) {
    const doc = edited.get(uri(n));
    if (doc) fresh.setDocument(uri(n), doc.path, doc.text);
  }
  assert.deepEqual(summary.articles, expected.summary(key)!.articles);
  assert.deepEqual(index.entriesByPath(key).map((e) => e.path), expected.entriesByPath(key).map((e) => e.path));
  assert.deepEqual(summary.articles.slice(0, 4).map((a) => a.path), ['a000.txt', 'a002.txt', 'a004.txt', 'a005.txt']);
});
