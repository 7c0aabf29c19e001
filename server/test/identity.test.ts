import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compactName, isNameVariant, normalizeName, proposeVariant, sameName, tokensEquivalent, VariantProposer } from '../src/core/identity';

test('normalisation: case, hyphens, spaces, apostrophes, curly quotes, dots', () => {
  assert.ok(sameName('Kim Jong-un', 'Kim Jong Un'));
  assert.ok(sameName("Workers Party", "Workers' Party"));
  assert.ok(sameName('Workers\u2019 Party', "Workers' Party"));
  assert.ok(sameName('U.S.', 'US'));
  assert.ok(sameName('N. Korea', 'N Korea'));
  assert.ok(sameName('  Kim   Yo\u00A0Jong ', 'kim yo jong'));
  assert.ok(sameName('Zelenskyy', 'ZELENSKYY'));
  assert.equal(normalizeName('Sérgio'), 'sergio');
  assert.equal(compactName('Zero Hedge'), compactName('ZeroHedge'));
  assert.ok(!sameName('Kim Yo Jong', 'Kim Jong Un'));
});

test('variants are proposed for transliterations and typos', () => {
  assert.ok(isNameVariant('Kim Yo-yong', 'Kim Yo Jong'));
  assert.ok(isNameVariant('Park Jong-chon', 'Pak Jong Chon'));
  assert.ok(isNameVariant('Kwong Jong Gun', 'Kwon Jong Gun'));
  assert.ok(isNameVariant('Kim Jong-eun', 'Kim Jong Un'));
  assert.ok(isNameVariant('Choi Son Hui', 'Choe Son Hui'));
  assert.ok(isNameVariant('Rhee Sung-man', 'Lee Sung-man'));
  assert.ok(isNameVariant('Ri Son Gwon', 'Lee Son Gwon'));
  assert.ok(isNameVariant('Bak Jong Chon', 'Pak Jong Chon'));
  assert.ok(isNameVariant('Volodymyr Zelenskiy', 'Volodymyr Zelensky'));
  assert.ok(isNameVariant('Mohammed bin Salman', 'Muhammad bin Salman'));
  assert.ok(isNameVariant('Dmitri Peskov', 'Dmitry Peskov'));
  assert.ok(tokensEquivalent('park', 'pak'));
});

test('different people are never proposed', () => {
  assert.ok(!isNameVariant('Kim Yo Jong', 'Kim Jong Un'));
  assert.ok(!isNameVariant('Kim Jong Un', 'Kim Jong Il'));
  assert.ok(!isNameVariant('Kim Jong Un', 'Kim Jong Nam'));
  assert.ok(!isNameVariant('John Kirby', 'John Kerry'));
  assert.ok(!isNameVariant('Kim Jong Un', 'Kim Jong-un'), 'the same spelling is not a variant');
  assert.ok(!isNameVariant('Vladimir Putin', 'Vladimir Lenin'));
  assert.ok(!isNameVariant('Lee Jae-myung', 'Lee Jae-yong'));
  assert.ok(!isNameVariant('Kim', 'Kim Jong Un'));
});

test('proposeVariant picks the closest candidate, deterministically', () => {
  assert.equal(proposeVariant('Kim Yo-yong', ['Kim Jong Un', 'Kim Yo Jong', 'Pak Jong Chon']), 'Kim Yo Jong');
  assert.equal(proposeVariant('Kim Yo-yong', ['Kim Jong Un']), undefined);
});

test('VariantProposer answers as proposeVariant over the same candidates, in the same order', () => {
  const candidates = ['Kim Jong Un', 'Kim Yo Jong', 'Pak Jong Chon', 'Choe Son Hui', 'Lee Sung-man', 'Volodymyr Zelensky', 'Muhammad bin Salman', 'Dmitry Peskov', 'ZeroHedge', 'Park', 'Kwon Jong Gun', 'Kwon Jong Gun', 'Kim Jong-il', 'Pak Jong Chol'];
  const names = ['Kim Yo-yong', 'Park Jong-chon', 'Bak Jong Chon', 'Kwong Jong Gun', 'Kim Jong-eun', 'Choi Son Hui', 'Rhee Sung-man', 'Volodymyr Zelenskiy', 'Mohammed bin Salman', 'Dmitri Peskov', 'Zero Hedge', 'Pak', 'Bahk', 'Kim', 'Kim Jong Un', 'Kim Jong Il', 'John Kirby', '', 'Jong Chon Pak', 'U.S.'];
  const proposer = new VariantProposer(candidates);
  for (const name of names) {
    const expected = proposeVariant(name, candidates);
    assert.equal(proposer.propose(name), expected, name);
    assert.equal(proposer.propose(name), expected, `${name} (remembered)`);
  }
  assert.equal(proposer.propose('Park Jong-chon'), 'Pak Jong Chon');
  assert.equal(proposer.propose('Zero Hedge'), 'ZeroHedge');
  assert.equal(proposer.propose('Kim Jong Il'), undefined);
});
