// Our own labelled news paragraphs (server/test/fixtures/articles/<name>.txt +
// <name>.yaml, gold format), one construction each. Every article must come
// out exactly; the suite prints figure and unsourced-figure precision/recall
// over the whole set and holds them to the bars.
//
// Articles whose labels say `blind: true` are a blind batch: whole wire
// articles labelled by hand before the analysis ever ran on them. They are a
// measurement, like the held-out set: held to the bars together, with every
// remaining disagreement printed, not required to come out exactly one by one.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { FIXTURES, judgeArticle, scoreJudgements, type GoldFigure } from './util';

const DIR = path.join(FIXTURES, 'articles');
const names = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .sort();

const judgements: ReturnType<typeof judgeArticle>[] = [];
const blind: { name: string; j: ReturnType<typeof judgeArticle> }[] = [];

test('the own-article set is large enough to measure', () => {
  assert.ok(names.length >= 40, `${names.length} articles`);
  for (const n of names) assert.ok(fs.existsSync(path.join(DIR, `${n}.yaml`)), `${n}.yaml is missing`);
});

for (const name of names) {
  test(`article ${name}`, () => {
    const text = fs.readFileSync(path.join(DIR, `${name}.txt`), 'utf8');
    const label = parse(fs.readFileSync(path.join(DIR, `${name}.yaml`), 'utf8')) as { figures?: GoldFigure[]; blind?: boolean };
    const gold = (label.figures ?? []) as GoldFigure[];
    const j = judgeArticle(text, gold);
    judgements.push(j);
    if (label.blind) blind.push({ name, j });
    else assert.deepEqual(j.problems, [], `${name}:\n  ${j.problems.join('\n  ')}`);
  });
}

test('own-article precision and recall', () => {
  const s = scoreJudgements(judgements);
  const f = (x: number) => x.toFixed(3);
  console.log(
    `# own-articles: ${names.length} articles, ${s.goldFigures} gold figures (${s.goldUnsourced} unsourced); ` +
      `figures P=${f(s.figureP)} R=${f(s.figureR)}; unsourced P=${f(s.unsourcedP)} R=${f(s.unsourcedR)}; sources ${s.sourceMatches}/${s.sourcedPairs}`,
  );
  assert.ok(s.figureR >= 0.95, `figure recall ${s.figureR}`);
  assert.ok(s.unsourcedP >= 0.9, `unsourced precision ${s.unsourcedP}`);
  assert.ok(s.unsourcedR >= 0.9, `unsourced recall ${s.unsourcedR}`);
});

test('blind batches: held to the bars together, every disagreement printed', () => {
  assert.ok(blind.length >= 10, `${blind.length} blind articles`);
  const s = scoreJudgements(blind.map((b) => b.j));
  const f = (x: number) => x.toFixed(3);
  console.log(
    `# blind: ${blind.length} articles, ${s.goldFigures} gold figures (${s.goldUnsourced} unsourced); ` +
      `figures P=${f(s.figureP)} R=${f(s.figureR)}; unsourced P=${f(s.unsourcedP)} R=${f(s.unsourcedR)}; sources ${s.sourceMatches}/${s.sourcedPairs}`,
  );
  for (const b of blind) for (const p of b.j.problems) console.log(`#   ${b.name}: ${p}`);
  assert.ok(s.figureR >= 0.95, `figure recall ${s.figureR}`);
  assert.ok(s.figureP >= 0.9, `figure precision ${s.figureP}`);
  assert.ok(s.unsourcedP >= 0.9, `unsourced precision ${s.unsourcedP}`);
  assert.ok(s.unsourcedR >= 0.9, `unsourced recall ${s.unsourcedR}`);
});
