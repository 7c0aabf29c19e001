// The seeds' gold (server/test/fixtures/gold): every gold figure found with
// exactly its text on its line, the sourced label right, the source words
// where the gold puts them, and no other figure. Must pass exactly.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { FIXTURES, judgeArticle, readSeed, scoreJudgements, seedNames, type GoldFigure } from './util';

const judgements: ReturnType<typeof judgeArticle>[] = [];

test('every seed has a gold file', () => {
  assert.equal(seedNames().length, 5);
  for (const n of seedNames()) assert.ok(fs.existsSync(path.join(FIXTURES, 'gold', n.replace(/\.txt$/, '.yaml'))), n);
});

for (const name of seedNames()) {
  test(`gold figures of ${name}`, () => {
    const gold = ((parse(fs.readFileSync(path.join(FIXTURES, 'gold', name.replace(/\.txt$/, '.yaml')), 'utf8')) as { figures?: GoldFigure[] }).figures ?? []) as GoldFigure[];
    const j = judgeArticle(readSeed(name), gold);
    judgements.push(j);
    assert.deepEqual(j.problems, [], `${name}:\n  ${j.problems.join('\n  ')}`);
    assert.equal(j.found.length, gold.length);
  });
}

test('seed gold: perfect scores', () => {
  const s = scoreJudgements(judgements);
  console.log(`# seed-gold: figures P=${s.figureP.toFixed(3)} R=${s.figureR.toFixed(3)}; unsourced P=${s.unsourcedP.toFixed(3)} R=${s.unsourcedR.toFixed(3)}; sources ${s.sourceMatches}/${s.sourcedPairs}`);
  assert.equal(s.goldFigures, 9);
  assert.equal(s.figureP, 1);
  assert.equal(s.figureR, 1);
  assert.equal(s.unsourcedP, 1);
  assert.equal(s.unsourcedR, 1);
  assert.equal(s.sourceMatches, s.sourcedPairs);
});

test('the gold source texts come out word for word', () => {
  // "The US ... has issued repeat vague allegations": the subject and the verb phrase, the middle elided
  const expected: Record<string, string[]> = {};
  for (const name of seedNames()) {
    const gold = ((parse(fs.readFileSync(path.join(FIXTURES, 'gold', name.replace(/\.txt$/, '.yaml')), 'utf8')) as { figures?: GoldFigure[] }).figures ?? []) as GoldFigure[];
    expected[name] = gold.filter((g) => g.source).map((g) => g.source!);
  }
  const got: Record<string, string[]> = {};
  for (const j of judgements) {
    const name = seedNames()[judgements.indexOf(j)];
    got[name] = j.found.filter((f) => f.source).map((f) => f.source!);
  }
  assert.deepEqual(got, expected);
});
