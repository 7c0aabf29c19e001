import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { addRegistryAlias, addRegistryEntry, parseRegistry, renameRegistryEntry, slugId } from '../src/core/registry';
import { SEEDS, offsetOf } from './util';

test('the seeds registry parses without problems', () => {
  const text = fs.readFileSync(path.join(SEEDS, 'actors.yaml'), 'utf8');
  const { registry, problems } = parseRegistry(text);
  assert.deepEqual(problems, []);
  const kju = registry.entries.find((e) => e.id === 'kim-jong-un')!;
  assert.equal(kju.kind, 'person');
  assert.deepEqual(kju.aliases, ['Kim Jong-un']);
  assert.equal(text.slice(kju.nameSpan.start, kju.nameSpan.end), 'Kim Jong Un');
  assert.equal(text.slice(kju.aliasSpans[0].start, kju.aliasSpans[0].end), 'Kim Jong-un');
  assert.ok(!registry.entries.some((e) => e.aliases.includes('Kwong Jong Gun')), 'the misspelling is proposed, not an alias');
});

test('problems are data with spans: wrong types, missing name, unknown kind, duplicate ids, unknown keys', () => {
  const text = ['actors:', '  - name: A', '    kind: robot', '    colour: red', '  - id: x', '    name: B', '    kind: person', '  - id: x', '    name: C', '    kind: person', '  - kind: place', '  - name: D', '    kind: person', '    aliases: 3', '  - just text', ''].join('\n');
  const { registry, problems } = parseRegistry(text);
  const at = (p: { span?: { start: number; end: number } }) => text.slice(p.span!.start, p.span!.end);
  assert.ok(problems.some((p) => /Unknown kind "robot"/.test(p.message) && at(p) === 'robot'));
  assert.ok(problems.some((p) => /Unknown key `colour`/.test(p.message) && at(p) === 'colour' && p.severity === 'warning'));
  assert.ok(problems.some((p) => /Duplicate id "x"/.test(p.message) && p.span!.start === offsetOf(text, 'x', 1)));
  assert.ok(problems.some((p) => /no `name`/.test(p.message)));
  assert.ok(problems.some((p) => /`aliases` must be a list/.test(p.message) && at(p) === '3'));
  assert.ok(problems.some((p) => /must be a mapping/.test(p.message) && at(p) === 'just text'));
  assert.deepEqual(registry.entries.map((e) => e.id), ['a', 'x', 'd']);
});

test('never throws on any input', () => {
  for (const t of ['', ':', '- a', 'actors: 3', 'actors:\n  - [1, 2]', '\u0000', 'actors: !!binary abc', 'actors:\n  - name: *x', '{{{']) {
    const r = parseRegistry(t);
    assert.ok(Array.isArray(r.registry.entries));
  }
  assert.equal(parseRegistry('x: 1').problems[0].severity, 'warning');
});

test('adding an entry and an alias keeps comments and layout', () => {
  const text = '# Our registry\nactors:\n  # people\n  - id: kim-yo-jong\n    name: Kim Yo Jong   # canonical\n    kind: person\n\n  - id: kwon\n    name: Kwon Jong Gun\n    kind: person\n    aliases:\n      - Kwon Jong-gun\n';
  const added = addRegistryEntry(text, { name: 'Choe Son Hui', kind: 'person', roles: ['Foreign Minister'] });
  assert.ok('text' in added);
  assert.ok(added.text.startsWith(text.trimEnd()), added.text);
  const reparsed = parseRegistry(added.text).registry.entries.at(-1)!;
  assert.deepEqual([reparsed.id, reparsed.name, reparsed.kind, reparsed.roles], ['choe-son-hui', 'Choe Son Hui', 'person', ['Foreign Minister']]);
  const alias = addRegistryAlias(text, 'kim-yo-jong', 'Kim Yo-yong');
  assert.ok('text' in alias);
  assert.match(alias.text, /# Our registry\n/);
  assert.match(alias.text, /name: Kim Yo Jong +# canonical\n/);
  assert.deepEqual(parseRegistry(alias.text).registry.entries[0].aliases, ['Kim Yo-yong']);
  const alias2 = addRegistryAlias(text, 'kwon', 'Kwong Jong Gun');
  assert.ok('text' in alias2);
  assert.deepEqual(parseRegistry(alias2.text).registry.entries[1].aliases, ['Kwon Jong-gun', 'Kwong Jong Gun']);
  assert.ok('error' in addRegistryAlias(text, 'nobody', 'X'));
  assert.ok('error' in addRegistryEntry('actors: [', { name: 'X', kind: 'person' }));
  const fresh = addRegistryEntry('', { name: 'Kim Yo Jong', kind: 'person' });
  assert.ok('text' in fresh && parseRegistry(fresh.text).registry.entries.length === 1);
  const dup = addRegistryEntry(text, { name: 'Kim Yo Jong', kind: 'person' });
  assert.ok('text' in dup && parseRegistry(dup.text).registry.entries.at(-1)!.id === 'kim-yo-jong-2');
  const renamed = renameRegistryEntry(text, 'kwon', "Kwon Jong-Gun");
  assert.ok('text' in renamed && /name: Kwon Jong-Gun\n/.test(renamed.text));
  assert.equal(slugId("Workers' Party of Korea"), 'workers-party-of-korea');
});
