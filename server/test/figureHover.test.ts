import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus } from '../src/core/corpus';
import { figureHover } from '../src/core/figureHover';
import { offsetOf, seedCorpus } from './util';

test('hover on "31 M1 Abrams tanks" (000) lists the same claim in the other articles, sourced there', () => {
  const { corpus, uri } = seedCorpus();
  const u = uri('000');
  const h = figureHover(corpus, u, offsetOf(corpus.get(u)!.text, '31 M1 Abrams') + 1);
  assert.ok(h);
  assert.match(h.markdown, /^\*\*Figure\*\* “31 M1 Abrams tanks” · sourced: \*the US said\*/);
  assert.match(h.markdown, /The same claim in \d+ other statements?:/);
  assert.match(h.markdown, /seeds\/001_bd720c054ac2b496\.txt:10 — “31 M1 Abrams tanks”/);
  assert.doesNotMatch(h.markdown, /different number/);
  const text = corpus.get(u)!.text;
  const r = h.range;
  assert.equal(r.start.line, r.end.line);
  assert.equal(text.split('\n')[r.start.line].slice(r.start.character, r.end.character), '31 M1 Abrams tanks');
});

test('a figure stated with another number elsewhere shows it; a figure stated nowhere else says so', () => {
  const corpus = new Corpus();
  const a = 'Title\n\nOfficials said on Wednesday the US will send 31 Abrams tanks to Ukraine.\nThe ministry met on Monday. Officials counted 12 drones.\n';
  const b = 'Another title\n\nIn a statement, the US confirmed it will send 30 M1 Abrams tanks to Ukraine.\n';
  corpus.setDocument('mem:///a.txt', 'a.txt', a);
  corpus.setDocument('mem:///b.txt', 'b.txt', b);
  const h = figureHover(corpus, 'mem:///a.txt', offsetOf(a, '31 Abrams'))!;
  assert.match(h.markdown, /Stated with a different number in 1 other statement:\n- b\.txt:3 — “30 M1 Abrams tanks”/);
  const lone = figureHover(corpus, 'mem:///a.txt', offsetOf(a, '12 drones'))!;
  assert.match(lone.markdown, /unsourced in its sentence/);
  assert.match(lone.markdown, /Stated in no other article\./);
  assert.equal(figureHover(corpus, 'mem:///a.txt', offsetOf(a, 'ministry')), undefined);
});
