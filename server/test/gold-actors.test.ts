// Person and organisation mentions over the seed articles against the gold labels,
// with the seeds' registry and with no registry at all (the case of an unseen corpus).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { findActors } from '../src/core/actors';
import { segment } from '../src/core/sentences';
import { parseRegistry, EMPTY_REGISTRY, type Registry } from '../src/core/registry';
import { isNameVariant, normalizeName } from '../src/core/identity';
import { FIXTURES, SEEDS, readSeed, seedNames, scoreActors, scoreLine, type DetectedMention, type GoldActor } from './util';

const registry = parseRegistry(fs.readFileSync(path.join(SEEDS, 'actors.yaml'), 'utf8')).registry;

function gold(seed: string): GoldActor[] {
  const doc = parse(fs.readFileSync(path.join(FIXTURES, 'gold', seed.replace(/\.txt$/, '.yaml')), 'utf8'));
  return (doc.actors ?? []) as GoldActor[];
}

/** The right actor: same canonical name, a registry spelling of it, one of its gold surface forms, or a proposed variant. */
export function sameActor(reg: Registry) {
  return (d: DetectedMention, g: GoldActor): boolean => {
    const n = normalizeName;
    if (n(d.name) === n(g.name)) return true;
    const e = d.registryId ? reg.entries.find((x) => x.id === d.registryId) : undefined;
    if (e && [e.name, ...e.aliases].some((x) => n(x) === n(g.name))) return true;
    if (g.mentions.some((m) => n(m) === n(d.name))) return true;
    return isNameVariant(d.name, g.name);
  };
}

function run(reg: Registry) {
  const articles = seedNames().map((name) => {
    const text = readSeed(name);
    return { name, gold: gold(name), detected: findActors(text, segment(text), reg).mentions };
  });
  return scoreActors(articles, sameActor(reg));
}

test('gold actors with the seeds registry: P and R >= 0.9 per kind, no wrong merge', () => {
  const { scores, wrongMerges } = run(registry);
  console.log(scoreLine('gold-actors', scores));
  for (const s of scores) {
    assert.ok(s.recall >= 0.9, `${s.kind} recall ${s.recall.toFixed(2)}; missed: ${s.misses.join(', ')}`);
    assert.ok(s.precision >= 0.9, `${s.kind} precision ${s.precision.toFixed(2)}; extra: ${s.extras.join(', ')}`);
  }
  assert.deepEqual(wrongMerges, []);
});

test('gold actors with no registry (detection alone): P and R >= 0.9 per kind, no wrong merge', () => {
  const { scores, wrongMerges } = run(EMPTY_REGISTRY);
  console.log(scoreLine('gold-actors (no registry)', scores));
  for (const s of scores) {
    assert.ok(s.recall >= 0.9, `${s.kind} recall ${s.recall.toFixed(2)}; missed: ${s.misses.join(', ')}`);
    assert.ok(s.precision >= 0.9, `${s.kind} precision ${s.precision.toFixed(2)}; extra: ${s.extras.join(', ')}`);
  }
  assert.deepEqual(wrongMerges, []);
});
