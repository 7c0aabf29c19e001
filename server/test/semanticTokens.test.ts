import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../src/core/analyze';
import { parseRegistry } from '../src/core/registry';
import { semanticTokens } from '../src/core/semanticTokens';
import { LineIndex } from '../src/core/text';
import { offsetOf } from './util';

const REGISTRY = parseRegistry('actors:\n  - id: kcna\n    name: KCNA\n    kind: organization\n').registry;

test('figures carry their sourcing, registered actors their kind, in document order', () => {
  const text = 'KCNA reported on Monday.\nThe army lost 40 tanks in the offensive.\n';
  const doc = analyzeDocument('mem:///a.txt', 'a.txt', text, REGISTRY);
  const tokens = semanticTokens(doc);
  const lines = new LineIndex(text);
  const at = (needle: string) => tokens.find((t) => lines.offsetAt(t) === offsetOf(text, needle));
  assert.deepEqual(at('KCNA'), { ...lines.positionAt(offsetOf(text, 'KCNA')), length: 'KCNA'.length, type: 'organization', modifiers: ['registered'] });
  const figure = at('40');
  assert.equal(figure?.type, 'figure');
  assert.deepEqual(figure?.modifiers, ['unsourced']);
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1];
    const b = tokens[i];
    assert.ok(a.line < b.line || (a.line === b.line && a.character + a.length <= b.character), 'ordered, not overlapping');
  }
});

test('no tokens for an empty document', () => {
  assert.deepEqual(semanticTokens(analyzeDocument('mem:///e.txt', 'e.txt', '', REGISTRY)), []);
});
