import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { LineIndex } from '../src/core/text';
import { offsetOf } from './util';

test('positions and offsets round-trip over LF, CRLF, CR and mixed line ends', () => {
  const text = 'one\ntwo\r\nthree\rfour\r\n\r\nsix';
  const index = new LineIndex(text);
  assert.equal(index.lineCount, 6);
  for (const word of ['one', 'two', 'three', 'four', 'six']) {
    const o = offsetOf(text, word);
    const p = index.positionAt(o);
    assert.equal(p.character, 0, word);
    assert.equal(index.offsetAt(p), o);
  }
  assert.equal(index.positionAt(offsetOf(text, 'six')).line, 5);
  assert.equal(text.slice(index.lineStart(1), index.lineEnd(1)), 'two');
});

test('characters are UTF-16 code units: an emoji counts two', () => {
  const text = 'A 😀 then 40 tanks';
  const index = new LineIndex(text);
  const prefix = text.slice(0, offsetOf(text, '40'));
  const character = index.positionAt(offsetOf(text, '40')).character;
  assert.equal(character, prefix.length);
  assert.equal(character, [...prefix].length + 1, 'one more than the code points: the emoji is a surrogate pair');
});

test('out-of-range positions are clamped, never thrown', () => {
  const index = new LineIndex('ab\ncd');
  assert.equal(index.offsetAt({ line: 9, character: 0 }), 5);
  assert.equal(index.offsetAt({ line: 0, character: 99 }), 2);
  assert.deepEqual(index.positionAt(-4), { line: 0, character: 0 });
  assert.deepEqual(new LineIndex('').positionAt(3), { line: 0, character: 0 });
});
