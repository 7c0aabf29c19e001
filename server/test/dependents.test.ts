// Dependents: when one article changes, which other articles must be reviewed
// again. Safe: every other article whose findings changed is named (a random
// corpus of news-like articles, random edits, findings compared with those of
// every article before the edit). Precise: an edit that touches nothing the
// other articles read (a new unsourced sentence, a sourced figure that only
// this article states) names none of the articles that share its actors.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Corpus } from '../src/core/corpus';
import { dependentArticles, touchedArticles } from '../src/core/dependents';
import { findingsFor } from '../src/core/diagnostics';

const REGISTRY = `actors:
  - id: kim-jong-un
    name: Kim Jong Un
    kind: person
    aliases: [Kim Jong-un]
  - id: kcna
    name: Korean Central News Agency
    kind: organization
    aliases: [KCNA]
`;

/** Sentences that feed every cross-article rule: sourced and unsourced figures, spelling variants, quotations, claims. */
const SENTENCES = [
  'Kim Jong Un said the army had 31 tanks.',
  'The army had 31 tanks.',
  'Kim Jong-un inspected the new factory on Monday.',
  'Kim Jong-Un visited the port.',
  'Park Jong-chon said 40 missiles were fired.',
  'Pak Jong Chon said the launch failed.',
  'Park Jong Chon told the troops to wait.',
  'About 1.6 million artillery shells were sent, according to KCNA.',
  'About 1.6 million artillery shells were sent.',
  'Officials counted 500 drones.',
  'Officials counted 700 drones.',
  'The ministry said it lost 12 villages.',
  '"We will never give up our nuclear weapons," Kim Jong Un said.',
  '"We will never give up our weapons," Kim Jong Un said.',
  '"We will never give up our nuclear weapons," Park Jong-chon said.',
  'Reuters reported that 74,000 troops had moved.',
  'Tens of thousands of troops had moved.',
  // a claim in conflict, and a repeat of it under another verb (a frame of its own)
  'The US will send 31 Abrams tanks to Ukraine.',
  'The US will send 40 Abrams tanks to Ukraine.',
  'The US will sell 31 Abrams tanks to Ukraine.',
];

const article = fc.array(fc.nat(SENTENCES.length - 1), { minLength: 0, maxLength: 6 }).map((ix) => ix.map((i) => SENTENCES[i]).join(' '));
const uriOf = (i: number) => `file:///w/articles/a${i}.txt`;

function corpusOf(texts: string[]): Corpus {
  const corpus = new Corpus();
  corpus.setRegistry('file:///w/actors.yaml', 'actors.yaml', REGISTRY);
  texts.forEach((t, i) => corpus.setDocument(uriOf(i), `articles/a${i}.txt`, t));
  return corpus;
}

function allFindings(corpus: Corpus, n: number): string[] {
  return Array.from({ length: n }, (_, i) => JSON.stringify(findingsFor(corpus, uriOf(i))));
}

test('every other article whose findings change after an edit is a dependent (random corpora and edits)', () => {
  fc.assert(
    fc.property(fc.array(article, { minLength: 2, maxLength: 7 }), fc.nat(), article, fc.boolean(), (texts, which, replacement, removeIt) => {
      const corpus = corpusOf(texts);
      const n = texts.length;
      const edited = which % n;
      const findingsBefore = allFindings(corpus, n);
      touchedArticles(corpus); // forget what the initial scan touched
      const before = corpus.get(uriOf(edited));
      if (removeIt) corpus.removeDocument(uriOf(edited));
      else corpus.setDocument(uriOf(edited), `articles/a${edited}.txt`, replacement);
      const deps = dependentArticles(corpus, before, corpus.get(uriOf(edited)));
      touchedArticles(corpus, deps);
      const findingsAfter = allFindings(corpus, n);
      for (let i = 0; i < n; i++) {
        if (i === edited) continue;
        if (findingsAfter[i] !== findingsBefore[i]) assert.ok(deps.has(uriOf(i)), `a${i} changed but is not a dependent of an edit of a${edited}:\n${findingsBefore[i]}\n→\n${findingsAfter[i]}`);
      }
      // and the findings are those of the same articles reviewed afresh
      const final = texts.map((t, i) => (i === edited ? (removeIt ? undefined : replacement) : t));
      const fresh = new Corpus();
      fresh.setRegistry('file:///w/actors.yaml', 'actors.yaml', REGISTRY);
      final.forEach((t, i) => t !== undefined && fresh.setDocument(uriOf(i), `articles/a${i}.txt`, t));
      assert.deepEqual(findingsAfter, allFindings(fresh, n));
    }),
    { numRuns: 300 },
  );
});

test('a repeat of a conflicting claim under another verb names the article whose finding lists it', () => {
  const corpus = corpusOf(['The US will send 31 Abrams tanks to Ukraine.', 'The US will send 40 Abrams tanks to Ukraine.', 'Nothing yet.']);
  touchedArticles(corpus);
  const before = corpus.get(uriOf(2));
  corpus.setDocument(uriOf(2), 'articles/a2.txt', 'The US will sell 31 Abrams tanks to Ukraine.');
  const deps = touchedArticles(corpus, dependentArticles(corpus, before, corpus.get(uriOf(2))));
  assert.match(findingsFor(corpus, uriOf(0)).find((f) => f.code === 'conflicting-figure')!.message, /Stated the same in articles\/a2\.txt/);
  assert.ok(deps.has(uriOf(0)), [...deps].join(', '));
});

test('typing an unsourced sentence names no article that only shares actors or figures', () => {
  const texts = ['Kim Jong-un said 31 tanks were sent. Park Jong-chon said 40 missiles were fired.', 'Kim Jong Un visited the port. Pak Jong Chon watched. The army had 31 tanks.', 'Park Jong Chon spoke.'];
  const corpus = corpusOf(texts);
  touchedArticles(corpus);
  const before = corpus.get(uriOf(0))!;
  corpus.setDocument(uriOf(0), 'articles/a0.txt', `${texts[0]} Officials counted 1007 more drones.`);
  const deps = dependentArticles(corpus, before, corpus.get(uriOf(0)));
  touchedArticles(corpus, deps);
  assert.deepEqual([...deps], []);
});

test('a sourced figure moved to another line names the articles that point at it', () => {
  const texts = ['Kim Jong Un said the army had 31 tanks.', 'The army had 31 tanks.', 'Officials counted 500 drones.'];
  const corpus = corpusOf(texts);
  touchedArticles(corpus);
  const before = corpus.get(uriOf(0))!;
  corpus.setDocument(uriOf(0), 'articles/a0.txt', `Headline\n\n${texts[0]}`);
  const deps = dependentArticles(corpus, before, corpus.get(uriOf(0)));
  assert.deepEqual([...deps], [uriOf(1)]);
});

test('a spelling that changes how often an actor is named names the articles of its variants', () => {
  const texts = ['Park Jong-chon said 40 missiles were fired.', 'Pak Jong Chon said the launch failed. Pak Jong Chon said he left.', 'Officials counted 500 drones.'];
  const corpus = corpusOf(texts);
  touchedArticles(corpus);
  assert.ok(findingsFor(corpus, uriOf(0)).some((f) => f.code === 'name-variant'), 'the less named spelling is the variant');
  assert.ok(!findingsFor(corpus, uriOf(1)).some((f) => f.code === 'name-variant'));
  const before = corpus.get(uriOf(0))!;
  corpus.setDocument(uriOf(0), 'articles/a0.txt', `${texts[0]} Park Jong-chon said he left. Park Jong-chon said he came back.`);
  const deps = dependentArticles(corpus, before, corpus.get(uriOf(0)));
  assert.deepEqual([...deps], [uriOf(1)]);
  assert.ok(findingsFor(corpus, uriOf(1)).some((f) => f.code === 'name-variant'), 'now the other spelling is the variant');
});

/** Edits `edited` to `text` in a corpus of `texts`; asserts that every other article whose findings changed is named. Returns how many changed. */
function namesEveryChanged(texts: string[], edited: number, text: string): number {
  const corpus = corpusOf(texts);
  const n = texts.length;
  const findingsBefore = allFindings(corpus, n);
  touchedArticles(corpus);
  const before = corpus.get(uriOf(edited));
  corpus.setDocument(uriOf(edited), `articles/a${edited}.txt`, text);
  const deps = touchedArticles(corpus, dependentArticles(corpus, before, corpus.get(uriOf(edited))));
  const findingsAfter = allFindings(corpus, n);
  let changed = 0;
  for (let i = 0; i < n; i++) {
    if (i === edited || findingsAfter[i] === findingsBefore[i]) continue;
    changed++;
    assert.ok(deps.has(uriOf(i)), `a${i} changed but is not named (${deps.size} named)`);
  }
  return changed;
}

test('a quotation in more than a thousand articles: a new speaker names every article that quotes it', () => {
  const quote = '"We will never give up our nuclear weapons," Kim Jong Un said.';
  const texts = Array.from({ length: 1202 }, (_, i) => (i === 0 ? 'Nothing quoted yet.' : quote));
  const changed = namesEveryChanged(texts, 0, '"We will never give up our nuclear weapons," Park Jong-chon said.');
  assert.ok(changed > 1000, `${changed} articles changed`);
});

test('a repeat in more than a thousand articles: a first repeat under another verb names every article that lists it', () => {
  const texts = Array.from({ length: 1202 }, (_, i) => (i === 0 ? 'Nothing yet.' : i === 1 ? 'The US will send 40 Abrams tanks to Ukraine.' : 'The US will send 31 Abrams tanks to Ukraine.'));
  const changed = namesEveryChanged(texts, 0, 'The US will sell 31 Abrams tanks to Ukraine.');
  assert.ok(changed > 1000, `${changed} articles changed`);
});
