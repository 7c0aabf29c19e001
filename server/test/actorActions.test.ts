import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorCodeActions } from '../src/core/actorActions';
import { parseRegistry } from '../src/core/registry';
import { offsetOf, seedCorpus } from './util';

test('a name variant offers the canonical spelling and recording the alias', () => {
  const { corpus, index, uri, registryUri } = seedCorpus();
  const u = uri('002');
  const text = corpus.get(u)!.text;
  const actions = actorCodeActions(corpus, index, u, offsetOf(text, 'Kwong Jong Gun'));
  const use = actions.find((a) => /canonical spelling "Kwon Jong Gun"/.test(a.title))!;
  assert.ok(use && use.isPreferred);
  const e = use.edit.changes[u][0];
  assert.equal(e.newText, 'Kwon Jong Gun');
  assert.equal(text.slice(corpus.get(u)!.lines.offsetAt(e.range.start), corpus.get(u)!.lines.offsetAt(e.range.end)), 'Kwong Jong Gun');
  const alias = actions.find((a) => /alias/.test(a.title))!;
  const newText = alias.edit.changes[registryUri][0].newText;
  assert.deepEqual(parseRegistry(newText).registry.entries.find((x) => x.id === 'kwon-jong-gun')!.aliases, ['Kwong Jong Gun']);
  assert.match(newText, /^# Actor registry for the seed articles/);
});

test('"add to registry" writes a new entry and keeps the file', () => {
  const { corpus, index, uri, registryUri } = seedCorpus();
  const u = uri('003');
  const text = corpus.get(u)!.text;
  const add = actorCodeActions(corpus, index, u, offsetOf(text, 'Park Jong-chon')).find((a) => /Add "Park Jong-chon" to the registry/.test(a.title))!;
  assert.ok(add);
  const out = add.edit.changes[registryUri][0].newText;
  const rf = corpus.registryFile!;
  assert.ok(out.startsWith(rf.text.trimEnd()));
  const entry = parseRegistry(out).registry.entries.at(-1)!;
  assert.deepEqual([entry.name, entry.kind, entry.roles], ['Park Jong-chon', 'person', ["one of North Korea's top military officials"]]);
  assert.deepEqual(actorCodeActions(corpus, index, u, offsetOf(text, 'threatens')), []);
  assert.ok(!actorCodeActions(corpus, index, u, offsetOf(text, 'Reuters')).some((a) => /Add/.test(a.title)), 'registered actors are not added again');
});
