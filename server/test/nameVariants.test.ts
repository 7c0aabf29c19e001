import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus } from '../src/core/corpus';
import { ActorIndex } from '../src/core/actorIndex';
import { nameVariantFindings } from '../src/core/nameVariants';
import { seedCorpus } from './util';

test('name-variant findings propose the registry spelling for Kwong Jong Gun, Kim Yo-yong and Park Jong-chon', () => {
  const { corpus, index, uri } = seedCorpus();
  const f002 = nameVariantFindings(corpus, index, corpus.get(uri('002'))!);
  assert.deepEqual(f002.map((f) => [f.text, (f.data as { canonical: string }).canonical]), [['Kwong Jong Gun', 'Kwon Jong Gun'], ['Kim Yo-yong', 'Kim Yo Jong']]);
  assert.ok(f002.every((f) => f.severity === 'information' && f.code === 'name-variant'));
  assert.deepEqual(f002[0].data, { kind: 'name-variant', text: 'Kwong Jong Gun', canonical: 'Kwon Jong Gun', key: 'norm:kwong jong gun', canonicalKey: 'reg:kwon-jong-gun', registryId: 'kwon-jong-gun' });
  const f003 = nameVariantFindings(corpus, index, corpus.get(uri('003'))!);
  assert.deepEqual(f003.map((f) => f.text), ['Park Jong-chon']);
  assert.deepEqual(nameVariantFindings(corpus, index, corpus.get(uri('004'))!), []);
  assert.deepEqual(nameVariantFindings(corpus, index, corpus.get(uri('002'))!, 'off'), []);
});

test('without a registry, the spelling used in more articles is proposed as canonical', () => {
  const corpus = new Corpus();
  const index = corpus.addIndex(new ActorIndex());
  corpus.setDocument('mem:///a.txt', 'a.txt', 'Foreign Minister Choe Son Hui said talks were over.');
  corpus.setDocument('mem:///b.txt', 'b.txt', 'Foreign Minister Choe Son Hui said no.');
  corpus.setDocument('mem:///c.txt', 'c.txt', 'Foreign Minister Choi Son Hui said yes. Kim Jong Un agreed, leader Kim Jong Il said.');
  const c = nameVariantFindings(corpus, index, corpus.get('mem:///c.txt')!, 'information');
  assert.deepEqual(c.map((f) => [f.text, (f.data as { canonical: string }).canonical]), [['Choi Son Hui', 'Choe Son Hui']]);
  assert.deepEqual(nameVariantFindings(corpus, index, corpus.get('mem:///a.txt')!, 'information'), []);
});
