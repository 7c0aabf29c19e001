// Our own labelled news paragraphs (server/test/fixtures/articles/<name>.txt +
// <name>.yaml, gold format), one construction each. Every article must come
// out exactly; the suite prints figure and unsourced-figure precision/recall
// over the whole set and holds them to the bars.

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

test('the own-article set is large enough to measure', () => {
  assert.ok(names.length >= 40, `${names.length} articles`);
  for (const n of names) assert.ok(fs.existsSync(path.join(DIR, `${n}.yaml`)), `${n}.yaml is missing`);
});

for (const name of names) {
  test(`article ${name}`, () => {
    const text = fs.readFileSync(path.join(DIR, `${name}.txt`), 'utf8');
    const gold = ((parse(fs.readFileSync(path.join(DIR, `${name}.yaml`), 'utf8')) as { figures?: GoldFigure[] }).figures ?? []) as GoldFigure[];
    const j = judgeArticle(text, gold);
    judgements.push(j);
    assert.deepEqual(j.problems, [], `${name}:\n  ${j.problems.join('\n  ')}`);
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
