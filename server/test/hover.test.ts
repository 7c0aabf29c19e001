import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorHover } from '../src/core/hover';
import { offsetOf, seedCorpus } from './util';

test('hover on "Kim Yo-yong" (002) shows Kim Yo Jong with her role and the articles she is in', () => {
  const { corpus, index, uri } = seedCorpus();
  const u = uri('002');
  const h = actorHover(corpus, index, u, offsetOf(corpus.get(u)!.text, 'Kim Yo-yong') + 3);
  assert.ok(h);
  assert.match(h.markdown, /Possibly the same as \*\*Kim Yo Jong\*\*/);
  assert.match(h.markdown, /vice-department director of the Central Committee/);
  assert.match(h.markdown, /seeds\/000_bb51adc904eee9b3\.txt/);
  assert.match(h.markdown, /seeds\/001_bd720c054ac2b496\.txt/);
  // the variant's own role, read from the text
  assert.match(h.markdown, /the sister of the North Korean leader Kim Jong-un — \*seeds\/002/);
  assert.equal(corpus.get(u)!.text.slice(...offsets(corpus.get(u)!.lines, h.range)), 'Kim Yo-yong');
});

test('hover on a short form names the full actor, its spellings, mentions, introduction, quotes and links', () => {
  const { corpus, index, uri } = seedCorpus();
  const u = uri('000');
  const text = corpus.get(u)!.text;
  const h = actorHover(corpus, index, u, offsetOf(text, 'Kim said') + 1);
  assert.ok(h);
  assert.match(h.markdown, /^\*\*Kim Yo Jong\*\* · person · registry `kim-yo-jong`/);
  assert.match(h.markdown, /short form of Kim Yo Jong/);
  assert.match(h.markdown, /Spellings seen: .*Kim Yo Jong \(\d+\)/);
  assert.match(h.markdown, /in 2 articles/);
  assert.match(h.markdown, /Introduced in seeds\/000_bb51adc904eee9b3\.txt, line \d+: "Kim Yo Jong"/);
  assert.match(h.markdown, /Quotes attributed: [4-9]/);
  assert.match(h.markdown, /I express serious concern/);
  const kim = actorHover(corpus, index, u, offsetOf(text, 'Kim Jong-un'))!;
  assert.match(kim.markdown, /\[Q56226\]\(https:\/\/www\.wikidata\.org\/wiki\/Q56226\)/);
});

test('no hover away from a mention', () => {
  const { corpus, index, uri } = seedCorpus();
  const u = uri('000');
  assert.equal(actorHover(corpus, index, u, offsetOf(corpus.get(u)!.text, 'denounced')), undefined);
  assert.equal(actorHover(corpus, index, 'mem:///nowhere.txt', 0), undefined);
});

function offsets(lines: { offsetAt(p: { line: number; character: number }): number }, r: { start: { line: number; character: number }; end: { line: number; character: number } }): [number, number] {
  return [lines.offsetAt(r.start), lines.offsetAt(r.end)];
}

test('a role both registered and stated in an article is listed once, with both sources', () => {
  const { corpus, index, uri } = seedCorpus();
  const u = uri('003');
  const h = actorHover(corpus, index, u, offsetOf(corpus.get(u)!.text, 'Kim Jong Un') + 2);
  assert.ok(h);
  assert.match(h.markdown, /- North Korean leader \*\(registry; stated in seeds\/000_bb51adc904eee9b3\.txt\)\*/);
  assert.equal(h.markdown.split('North Korean leader').length - 1, 1, h.markdown);
});
