import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { articleDate, dateIn } from '../src/core/articleDate';
import { analyzeDocument } from '../src/core/analyze';
import { EMPTY_REGISTRY } from '../src/core/registry';
import { readSeed, seedNames } from './util';

test('dates in the shapes news pages print them', () => {
  assert.equal(dateIn('Posted by on January 28, 2023 4:46 pm'), '2023-01-28');
  assert.equal(dateIn('Jun 24, 2024 15:43 143'), '2024-06-24');
  assert.equal(dateIn('Sat, 01/28/2023 – 16:00'), '2023-01-28');
  assert.equal(dateIn('28/01/2023'), '2023-01-28');
  assert.equal(dateIn('Updated 2023-01-28T10:00Z'), '2023-01-28');
  assert.equal(dateIn('Published 3 March 2024'), '2024-03-03');
  assert.equal(dateIn('Sept. 5th, 2022'), '2022-09-05');
  assert.equal(dateIn('13/13/2023'), undefined);
  assert.equal(dateIn('In 2019 they met.'), undefined);
});

test('an article’s date comes from its furniture, not its prose', () => {
  const doc = (text: string) => analyzeDocument('mem:///a.txt', 'a.txt', text, EMPTY_REGISTRY);
  assert.equal(articleDate(doc('Headline\n\nThe summit of June 12, 2018 was cited again.\n')), undefined);
  assert.equal(articleDate(doc('Headline\n\nJun 24, 2024 15:43\n\nThe summit of June 12, 2018 was cited again.\n')), '2024-06-24');
});

test('seeds: two of the five articles print their date', () => {
  const dates = seedNames().map((n) => articleDate(analyzeDocument(`mem:///${n}`, n, readSeed(n), EMPTY_REGISTRY)));
  assert.deepEqual(dates, [undefined, '2023-01-28', undefined, '2024-06-24', undefined]);
});
