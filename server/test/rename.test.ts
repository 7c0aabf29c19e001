import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareActorRename, renameActor } from '../src/core/rename';
import { offsetOf, seedCorpus } from './util';

test('rename of "Kwong Jong Gun" edits every mention', () => {
  const { corpus, index, uri } = seedCorpus();
  const u = uri('002');
  const text = corpus.get(u)!.text;
  // a second article with the same misspelling twice
  corpus.setDocument('mem:///seeds/900_extra.txt', 'seeds/900_extra.txt', 'Kwong Jong Gun, director-general of the US affairs department, said the claim was false.\n\nKwong Jong Gun told KCNA it was a lie.\n');
  const at = offsetOf(text, 'Kwong Jong Gun') + 2;
  const prep = prepareActorRename(corpus, index, u, at);
  assert.equal(prep?.placeholder, 'Kwong Jong Gun');
  const r = renameActor(corpus, index, u, at, 'Kwon Jong Gun');
  assert.ok(!('error' in r));
  assert.equal(r.changes[u].length, text.split('Kwong Jong Gun').length - 1);
  assert.equal(r.changes['mem:///seeds/900_extra.txt'].length, 2);
  for (const [file, edits] of Object.entries(r.changes)) {
    const d = corpus.get(file)!;
    for (const e of edits) {
      assert.equal(e.newText, 'Kwon Jong Gun');
      assert.equal(d.text.slice(d.lines.offsetAt(e.range.start), d.lines.offsetAt(e.range.end)), 'Kwong Jong Gun');
    }
  }
});

test('renaming a registered spelling family edits the registry name and spares other spellings', () => {
  const { corpus, index, uri, registryUri } = seedCorpus();
  const u = uri('004');
  const text = corpus.get(u)!.text;
  const r = renameActor(corpus, index, u, offsetOf(text, 'Pak Jong Chon'), 'Pak Jong-chon');
  assert.ok(!('error' in r));
  assert.equal(r.changes[u].length, 1, 'the short forms "Pak" are another spelling family');
  const rf = corpus.registryFile!;
  const reg = r.changes[registryUri];
  assert.equal(reg.length, 1);
  assert.equal(rf.text.slice(rf.lines.offsetAt(reg[0].range.start), rf.lines.offsetAt(reg[0].range.end)), 'Pak Jong Chon');
  assert.ok('error' in renameActor(corpus, index, u, offsetOf(text, 'Pak Jong Chon'), ' '));
  assert.equal(prepareActorRename(corpus, index, u, offsetOf(text, 'criticized')), undefined);
});
