import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorDefinition } from '../src/core/definition';
import { offsetOf, seedCorpus } from './util';

test('definition from "Pak" (004) reaches Pak Jong Chon\'s registry entry', () => {
  const { corpus, index, uri, registryUri } = seedCorpus();
  const u = uri('004');
  const text = corpus.get(u)!.text;
  const defs = actorDefinition(corpus, index, u, offsetOf(text, 'Pak further') + 1);
  assert.equal(defs.length, 1);
  assert.equal(defs[0].uri, registryUri);
  const rf = corpus.registryFile!;
  const start = rf.lines.offsetAt(defs[0].range.start);
  assert.equal(rf.text.slice(start, rf.lines.offsetAt(defs[0].range.end)), 'Pak Jong Chon');
  assert.equal(start, offsetOf(rf.text, 'name: Pak Jong Chon') + 'name: '.length);
});

test('definition of an unregistered actor is its introducing mention in the corpus', () => {
  const { corpus, index, uri } = seedCorpus();
  const u = uri('003');
  const text = corpus.get(u)!.text;
  const defs = actorDefinition(corpus, index, u, offsetOf(text, 'Park Jong-chon'));
  assert.equal(defs.length, 1);
  assert.equal(defs[0].uri, u);
  assert.equal(corpus.get(u)!.lines.offsetAt(defs[0].range.start), offsetOf(text, 'Park Jong-chon'));
  assert.deepEqual(actorDefinition(corpus, index, u, offsetOf(text, 'threatens')), []);
});
