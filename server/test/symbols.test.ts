import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentOutline, workspaceActorSymbols } from '../src/core/symbols';
import { seedCorpus } from './util';

test('workspace symbols find "kirby"', () => {
  const { corpus, index } = seedCorpus();
  const found = workspaceActorSymbols(corpus, index, 'kirby');
  assert.equal(found[0]?.name, 'John Kirby');
  assert.equal(found[0].kind, 'person');
  assert.match(found[0].containerName, /2 articles/);
  assert.ok(workspaceActorSymbols(corpus, index, 'kimyj').some((s) => s.name === 'Kim Yo Jong'), 'subsequence query');
  assert.deepEqual(workspaceActorSymbols(corpus, index, 'zzzz'), []);
  assert.ok(workspaceActorSymbols(corpus, index, '').length >= 20);
});

test('document symbols: the headline, the actors and the quotations', () => {
  const { corpus, uri } = seedCorpus();
  const outline = documentOutline(corpus, uri('004'));
  const actors = outline.find((s) => s.kind === 'actors');
  assert.ok(actors);
  const names = actors.children.map((c) => c.name);
  assert.ok(names.includes('Pak Jong Chon') && names.includes('Kim Jong Un') && names.includes('Vladimir Putin'), names.join(', '));
  const quotes = outline.find((s) => s.kind === 'quotations');
  assert.ok(quotes && quotes.children.some((q) => q.detail === '— Pak Jong Chon'));
  assert.ok(outline.some((s) => s.kind === 'headline'));
});
