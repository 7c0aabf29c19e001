import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { addIgnoredFinding, IgnoreSet, parseIgnoreFile } from '../src/core/ignores';

test('adding to a missing ignore file writes a commented file with one entry', () => {
  const text = addIgnoredFinding(undefined, { file: 'a.txt', rule: 'unsourced-figure', text: '40 tanks', sentence: 'The army lost\n 40 tanks.' })!;
  assert.match(text, /^# Findings dismissed/);
  const { entries, problems } = parseIgnoreFile(text);
  assert.deepEqual(problems, []);
  assert.deepEqual(entries, [{ file: 'a.txt', rule: 'unsourced-figure', text: '40 tanks', sentence: 'The army lost 40 tanks.' }]);
});

test('adding keeps the comments and entries already there', () => {
  const before = '# my notes\nignored:\n  # kept on purpose\n  - file: b.txt\n    rule: unsourced-figure\n    text: two countries\n';
  const after = addIgnoredFinding(before, { file: 'a.txt', rule: 'unsourced-figure', text: '40 tanks', sentence: 'S.' })!;
  assert.match(after, /# my notes/);
  assert.match(after, /# kept on purpose/);
  assert.equal(parseIgnoreFile(after).entries.length, 2);
});

test('an entry matches its file, rule, text and sentence (whitespace aside) only', () => {
  const set = new IgnoreSet(parseIgnoreFile(addIgnoredFinding(undefined, { file: 'a.txt', rule: 'unsourced-figure', text: '40 tanks', sentence: 'The army lost 40 tanks.' })!).entries);
  assert.ok(set.has('a.txt', 'unsourced-figure', '40 tanks', 'The army  lost\n40 tanks.'));
  assert.ok(!set.has('a.txt', 'unsourced-figure', '40 tanks', 'The army lost 40 tanks on Monday.'), 'the claim was rewritten');
  assert.ok(!set.has('b.txt', 'unsourced-figure', '40 tanks', 'The army lost 40 tanks.'));
});

test('a broken ignore file is problems, not an exception', () => {
  const { entries, problems } = parseIgnoreFile('ignored: [\n');
  assert.deepEqual(entries, []);
  assert.ok(problems.length > 0);
  assert.match(parseIgnoreFile('ignored:\n  - file: a.txt\n').problems[0].message, /needs `file`, `rule` and `text`/);
});
