import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorReferences } from '../src/core/references';
import { offsetOf, seedCorpus } from './util';

test('references to Kim Jong Un span at least four seed articles with both spellings', () => {
  const { corpus, index, uri, registryUri } = seedCorpus();
  const u = uri('002');
  const text = corpus.get(u)!.text;
  const refs = actorReferences(corpus, index, u, offsetOf(text, 'Kim Jong Un announced'), false);
  const articles = new Set(refs.map((r) => r.uri));
  assert.ok(articles.size >= 4, `${articles.size} articles`);
  assert.ok(!articles.has(registryUri));
  const texts = new Set(refs.map((r) => {
    const d = corpus.get(r.uri)!;
    return d.text.slice(d.lines.offsetAt(r.range.start), d.lines.offsetAt(r.range.end));
  }));
  assert.ok(texts.has('Kim Jong Un') && texts.has('Kim Jong-un'), [...texts].join(', '));
  // never Kim Yo Jong
  assert.ok(![...texts].some((t) => /Yo/.test(t)));
});

test('includeDeclaration adds the registry entry', () => {
  const { corpus, index, uri, registryUri } = seedCorpus();
  const u = uri('000');
  const at = offsetOf(corpus.get(u)!.text, 'Kim Jong-un');
  const without = actorReferences(corpus, index, u, at, false);
  const withDecl = actorReferences(corpus, index, u, at, true);
  assert.equal(withDecl.length, without.length + 1);
  assert.equal(withDecl[0].uri, registryUri);
  // from the registry file itself
  const rf = corpus.registryFile!;
  const fromRegistry = actorReferences(corpus, index, registryUri, offsetOf(rf.text, 'name: Kim Jong Un') + 7, true);
  assert.equal(fromRegistry.length, withDecl.length);
});
