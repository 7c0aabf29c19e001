import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { segment, type SegmentKind } from '../src/core/sentences';
import { offsetOf, readSeed } from './util';

function pieces(text: string): string[] {
  return segment(text).sentences.map((s) => text.slice(s.start, s.end));
}
function kinds(text: string): [string, SegmentKind][] {
  return segment(text).sentences.map((s) => [text.slice(s.start, s.end), s.kind]);
}

test('splits at stops followed by a capital, a digit or an opening quote', () => {
  assert.deepEqual(pieces('Russia fired missiles. Ukraine said 12 were shot down! Was it more? "No," he said.'), [
    'Russia fired missiles.',
    'Ukraine said 12 were shot down!',
    'Was it more?',
    '"No," he said.',
  ]);
});

test('abbreviations, titles, months and initials do not end a sentence', () => {
  const text = 'Mr. Kim met Gen. Park and Lt. Col. Lee in St. Petersburg on Jan. 5. Dr. J. R. Smith of N. Korea watch group said No. 1 was next.';
  assert.deepEqual(pieces(text), ['Mr. Kim met Gen. Park and Lt. Col. Lee in St. Petersburg on Jan. 5.', 'Dr. J. R. Smith of N. Korea watch group said No. 1 was next.']);
});

test('U.S. ends a sentence only when a sentence starter follows', () => {
  assert.deepEqual(pieces('Sanctions were imposed by the U.S. The move angered Pyongyang.'), ['Sanctions were imposed by the U.S.', 'The move angered Pyongyang.']);
  assert.deepEqual(pieces('U.S. officials met U.N. envoys on Monday.'), ['U.S. officials met U.N. envoys on Monday.']);
});

test('decimals and ellipses', () => {
  assert.deepEqual(pieces('Growth was 1.4 percent... The bank cut rates to 3.25 percent.'), ['Growth was 1.4 percent...', 'The bank cut rates to 3.25 percent.']);
  assert.deepEqual(pieces('He said the US … has issued vague allegations.'), ['He said the US … has issued vague allegations.']);
});

test('a closing quote after the stop stays with its sentence', () => {
  assert.deepEqual(pieces('“We will respond.” The ministry added that 3 ships left.'), ['“We will respond.”', 'The ministry added that 3 ships left.']);
  assert.deepEqual(pieces('"It was hard," she said. "We lost 12 men."'), ['"It was hard," she said.', '"We lost 12 men."']);
});

test('lines without final punctuation are headlines; each line is its own segment', () => {
  const text = 'North Korea fires missiles\n\nSeoul says 2 fell in the sea\nThe launch came at dawn.';
  assert.deepEqual(kinds(text), [
    ['North Korea fires missiles', 'headline'],
    ['Seoul says 2 fell in the sea', 'headline'],
    ['The launch came at dawn.', 'sentence'],
  ]);
});

test('page furniture: bylines, timestamps, credits, read more, replies, counters', () => {
  const lines = [
    'Posted by on January 28, 2023 4:46 pm',
    'By Jane Doe and Kim Min-jun',
    'Sat, 01/28/2023 – 16:00',
    'Jun 24, 2024 15:43 143',
    'Read More',
    '($1 = 0.9308 euros)',
    '(1 pound = $1.2719)',
    'ZeroHedge NewsRead More',
    'Image: STR/KCNA/Getty Images',
    'Photo by TASS',
    'Leave a Reply',
    'Your email address will not be published. Required fields are marked *',
    'Categories: Breaking News',
    '1,204 views',
    'Copyright 2024 Wire News. All rights reserved.',
    'Photo 3 of 12',
    'Updated 3 hours ago',
    '— Visegrád 24 (@visegrad24) January 28, 2023',
    'Views: 3,482',
    'Comments (12)',
    'Shares 40',
  ];
  for (const l of lines) assert.deepEqual(kinds(l), [[l, 'furniture']], l);
  // "- 1" after a headline is furniture of its own
  const h = 'North Korea threatens US: Stop arms to Ukraine  - 1';
  assert.deepEqual(kinds(h), [
    ['North Korea threatens US: Stop arms to Ukraine', 'headline'],
    ['- 1', 'furniture'],
  ]);
  // a bracketed credit after a caption
  assert.deepEqual(kinds('Kim and Putin in Vladivostok in 2019. (Photo by TASS)'), [
    ['Kim and Putin in Vladivostok in 2019.', 'sentence'],
    ['(Photo by TASS)', 'furniture'],
  ]);
});

test('prose is not mistaken for furniture', () => {
  for (const l of ['By the end of the year, 300 soldiers had died.', 'Updated figures show 40 people were killed.', 'Share prices fell 3 percent on Monday.', 'Views differ on 300 tanks.']) {
    assert.equal(kinds(l)[0][1], 'sentence', l);
  }
});

test('CRLF, CR and LF all end lines; offsets index the raw text', () => {
  for (const nl of ['\r\n', '\r', '\n']) {
    const text = `Headline one${nl}${nl}First sentence. Second one.${nl}Last line.`;
    const seg = segment(text);
    assert.deepEqual(
      seg.sentences.map((s) => text.slice(s.start, s.end)),
      ['Headline one', 'First sentence.', 'Second one.', 'Last line.'],
      JSON.stringify(nl),
    );
    assert.equal(seg.sentences[2].start, offsetOf(text, 'Second'));
    assert.deepEqual(seg.sentences.map((s) => s.paragraph), [0, 1, 1, 2]);
  }
});

test('quotations: curly and straight, spanning sentences, inner spans without marks', () => {
  const text = 'Kirby said: “We have seen the trains. They carried 300 rockets.” Officials agreed. He called it "a fact".';
  const { quotations } = segment(text);
  assert.equal(quotations.length, 2);
  const [q1, q2] = quotations;
  assert.equal(text.slice(q1.inner.start, q1.inner.end), 'We have seen the trains. They carried 300 rockets.');
  assert.equal(text.slice(q1.start, q1.end), '“We have seen the trains. They carried 300 rockets.”');
  assert.ok(q1.closed);
  assert.equal(text.slice(q2.inner.start, q2.inner.end), 'a fact');
});

test('apostrophes are not quotation marks; single quotes are', () => {
  const text = "Kim’s sister said Pyongyang's army and the Koreas' talks were a 'rehearsal for invasion' in the ’90s.";
  const { quotations } = segment(text);
  assert.deepEqual(quotations.map((q) => text.slice(q.inner.start, q.inner.end)), ['rehearsal for invasion']);
});

test('an unclosed quotation runs to the paragraph end and continues in the next paragraph', () => {
  const text = '"This budget protects the vulnerable," Choo said. "It raises pensions.\n\n"It also funds 20,000 places."\n\nLawmakers left.';
  const { quotations } = segment(text);
  assert.equal(quotations.length, 3);
  assert.equal(quotations[1].closed, false);
  assert.equal(quotations[1].end, offsetOf(text, '\n'));
  assert.equal(quotations[2].continues, 1);
  assert.equal(quotations[0].continues, undefined);
});

test('an opening mark after a sentence inside an open quotation carries it on, as a lost paragraph break would', () => {
  const text = 'Dembele said: “It was my dream. “It is the best club.” His last game was in August.';
  const { quotations } = segment(text);
  assert.deepEqual(quotations.map((q) => text.slice(q.inner.start, q.inner.end)), ['It was my dream.', 'It is the best club.']);
  assert.equal(quotations[0].closed, false);
  assert.equal(quotations[1].continues, 0);
  // (a mark inside a sentence still nests: one quotation)
  const nested = 'He said: “They voted “no” on 12 May.” Then he left.';
  assert.deepEqual(segment(nested).quotations.map((q) => nested.slice(q.start, q.end)), ['“They voted “no” on 12 May.”']);
});

test('the seeds segment as a reviewer reads them', () => {
  const t = readSeed('001_bd720c054ac2b496.txt');
  const k = kinds(t);
  assert.deepEqual(k[0], ['Posted by on January 28, 2023 4:46 pm', 'furniture']);
  assert.ok(k.some(([s, kind]) => s === 'Tyler Durden' && kind === 'headline'));
  assert.ok(k.some(([s, kind]) => s === 'Sat, 01/28/2023 – 16:00' && kind === 'furniture'));
  const line10 = k.filter(([s]) => t.indexOf(s) >= offsetOf(t, 'Kim Yo Jong’s statement') && t.indexOf(s) < offsetOf(t, 'Image: STR'));
  assert.equal(line10.length, 3);
});

test('never throws and stays linear on hostile input', () => {
  const inputs = ['', '\n\n\r', '"'.repeat(10000), '“'.repeat(5000) + '”'.repeat(3), 'a. '.repeat(20000), '😀 12 😀. '.repeat(2000), 'x'.repeat(200000), "'''' ’’’ ‘‘‘", '.\u2028.\u2029.'];
  for (const i of inputs) {
    const t0 = Date.now();
    const seg = segment(i);
    assert.ok(Date.now() - t0 < 2000);
    for (const s of seg.sentences) assert.ok(s.start >= 0 && s.end <= i.length && s.start < s.end);
    for (let k = 1; k < seg.sentences.length; k++) assert.ok(seg.sentences[k].start >= seg.sentences[k - 1].end);
  }
});

test('link headlines under a "Related" head are furniture; "Read more: ..." too', () => {
  const text = 'Bank fined over trades.\n\nRelated\nBank fined £12m for failures over rogue trader\n\nRead more: Why are 20 storms a year hitting the coast?\n\nThe court sat for 3 days.';
  const k = kinds(text);
  assert.deepEqual(k.filter(([, kind]) => kind === 'furniture').map(([t]) => t), ['Related', 'Bank fined £12m for failures over rogue trader', 'Read more: Why are 20 storms a year hitting the coast?']);
  assert.ok(k.some(([t, kind]) => t === 'The court sat for 3 days.' && kind === 'sentence'));
});

test('a list head with its colon ("You may also like:") heads link headlines too; "Note:" does not', () => {
  const k = kinds('Ukraine got its jets.\n\nYou may also like:\nRussia claims to have downed 5 F-16s\n\nNote: 40 people died.');
  assert.deepEqual(k.filter(([, kind]) => kind === 'furniture').map(([t]) => t), ['You may also like:', 'Russia claims to have downed 5 F-16s']);
});

test('sentences glued by a lost space ("rounds.The latest") are two; "U.S.Army" and "e.g.This" are not split', () => {
  const k = kinds('It equals hundreds of thousands of rounds.The latest report came later. The U.S.Army said so.');
  assert.deepEqual(k.map(([t]) => t), ['It equals hundreds of thousands of rounds.', 'The latest report came later.', 'The U.S.Army said so.']);
});

test('glued sentences that open with a quotation or an acronym ("chaos.\'After", "Dujarric.UN aid") are split too; "The U.S.UN ties" is not', () => {
  const k = kinds("Six policemen were killed amid chaos.'After nearly 80 days, families face famine,' said top UN official Dujarric.UN aid office OCHA confirmed that 90 trucks left. The U.S.UN ties held.");
  assert.deepEqual(k.map(([t]) => t), ['Six policemen were killed amid chaos.', "'After nearly 80 days, families face famine,' said top UN official Dujarric.", 'UN aid office OCHA confirmed that 90 trucks left.', 'The U.S.UN ties held.']);
});

test('the possessive of an abbreviation opens no quotation: "the U.N.’s agency", "the U.S.\'s top officials said \'we will\'"', () => {
  const text = 'A report from the U.N.’s migration agency found that most fled. The U.S.\'s top officials said Washington had "the right to strike". It is calm.';
  const { quotations } = segment(text);
  assert.deepEqual(quotations.map((q) => text.slice(q.start, q.end)), ['"the right to strike"']);
});

test('a possessive typed with a space and an opening mark ("Assam ‘s capital") opens no quotation', () => {
  const text = 'Assam ‘s capital has 9 lakh people, officials said.';
  assert.deepEqual(segment(text).quotations, []);
});
