import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Corpus } from '../src/core/corpus';
import { QuoteIndex, quoteDefinition, quoteFindings, quoteReferences, quoteWords, relate } from '../src/core/quoteProvenance';
import { offsetOf, readSeed, seedCorpus, seedNames } from './util';

function corpusOf(articles: Record<string, string>) {
  const corpus = new Corpus();
  const index = corpus.addIndex(new QuoteIndex());
  for (const [name, text] of Object.entries(articles)) corpus.setDocument(`mem:///${name}`, name, text);
  const findings = (name: string) => quoteFindings(index, corpus.get(`mem:///${name}`)!, { drift: 'information', mismatch: 'warning' });
  return { corpus, index, findings };
}

test('words: case, curly quotes, hyphens and punctuation do not count', () => {
  assert.deepEqual(quoteWords('It is Russia’s right to self-defense,'), ['it', 'is', "russia's", 'right', 'to', 'self', 'defense']);
  assert.deepEqual(quoteWords('Stand In The Same Trench'), quoteWords('stand in the same trench'));
});

test('relate: excerpts, rewordings, and what is not one quotation', () => {
  assert.equal(relate(quoteWords('stupid attempt to justify'), quoteWords('foolish attempt to justify')), 'reworded');
  assert.equal(relate(quoteWords('stand in the same trench'), quoteWords('North Korea will always stand in the same trench with Russia')), 'excerpt');
  assert.equal(relate(quoteWords('we will not allow this'), quoteWords('we will not accept any talks with Washington')), undefined);
  assert.equal(relate(quoteWords('red line'), quoteWords('red line')), undefined, 'scare quotes are too short');
});

test('the same quotation in two articles: references in date order, definition on the other one', () => {
  const said = '“We will always stand together with the Russian army and people,” Pak said.';
  const { corpus, index, findings } = corpusOf({
    'a.txt': `Headline here\n\nPosted on March 3, 2024\n\n${said}\n`,
    'b.txt': `Another headline\n\nFeb 28, 2024 10:00\n\n${said}\n`,
    'c.txt': `Undated headline\n\n${said}\n`,
  });
  const a = corpus.get('mem:///a.txt')!;
  const at = offsetOf(a.text, 'Russian army');
  const refs = quoteReferences(index, a.uri, at)!;
  assert.deepEqual(refs.map((r) => `${r.path} ${r.date ?? '-'}`), ['b.txt 2024-02-28', 'a.txt 2024-03-03', 'c.txt -']);
  assert.equal(refs[0].range.start.line, 4);
  const def = quoteDefinition(index, a.uri, at)!;
  assert.deepEqual(def.map((r) => r.path), ['b.txt', 'c.txt']);
  assert.equal(quoteReferences(index, a.uri, offsetOf(a.text, 'Headline')), undefined);
  for (const n of ['a.txt', 'b.txt', 'c.txt']) assert.deepEqual(findings(n), [], 'word for word: no drift, one speaker');
});

test('a reworded quotation drifts, both wordings shown, both ways', () => {
  const { findings } = corpusOf({
    'a.txt': 'A spokesman spoke of a “stupid attempt to justify” the shipment of heavy weapons.\n',
    'b.txt': 'Title\n\nA representative spoke of a “foolish attempt to justify” the shipment.\n',
  });
  const a = findings('a.txt');
  assert.equal(a.length, 1);
  assert.equal(a[0].code, 'quote-drift');
  assert.equal(a[0].severity, 'information');
  assert.match(a[0].message, /"stupid attempt to justify" here; "foolish attempt to justify" \(b\.txt:3\)/);
  assert.equal(a[0].text, '“stupid attempt to justify”');
  assert.equal(a[0].related?.[0].uri, 'mem:///b.txt');
  // the related row's location is shown beside it: its message does not repeat the place
  assert.equal(a[0].related?.[0].message, 'worded "foolish attempt to justify"');
  assert.match(findings('b.txt')[0].message, /"foolish attempt to justify" here; "stupid attempt to justify" \(a\.txt:1\)/);
});

test('an excerpt is linked without drift; scare quotes are not matched', () => {
  const { corpus, index, findings } = corpusOf({
    'a.txt': 'Kim said North Korea will “stand in the same trench” as Russia. It is a “red line”.\n',
    'b.txt': '“North Korea will always stand in the same trench with Russia,” Kim Yo Jong said.\n\nWashington crossed a “red line”.\n',
  });
  const a = corpus.get('mem:///a.txt')!;
  assert.deepEqual(quoteReferences(index, a.uri, offsetOf(a.text, 'same trench'))!.map((r) => r.path), ['a.txt', 'b.txt']);
  assert.equal(quoteReferences(index, a.uri, offsetOf(a.text, 'red line')), undefined);
  assert.deepEqual(findings('a.txt'), []);
  assert.deepEqual(findings('b.txt'), []);
});

test('the same quotation from two different people is a speaker mismatch; two spellings of one name are not', () => {
  const quote = '“The US is the arch criminal which poses serious threat to the strategic security of Russia,”';
  const { findings } = corpusOf({
    'a.txt': `${quote} said Kim Yo Jong.\n`,
    'b.txt': `Title\n\n${quote} said Kim Jong Un.\n`,
    'c.txt': `${quote} said Kim Yo-jong.\n`,
  });
  const a = findings('a.txt');
  assert.equal(a.length, 1, JSON.stringify(a));
  assert.equal(a[0].code, 'quote-speaker-mismatch');
  assert.match(a[0].message, /attributed to Kim Yo Jong here but to Kim Jong Un in b\.txt:3/);
  assert.equal(a[0].related?.[0].uri, 'mem:///b.txt');
  assert.equal(a[0].related?.[0].message, 'attributed to Kim Jong Un');
  const b = findings('b.txt');
  assert.equal(b.length, 1);
  assert.match(b[0].message, /to Kim Jong Un here but to Kim Yo/);
  assert.deepEqual(findings('c.txt').map((f) => f.message.replace(/Kim Yo-jong|Kim Yo Jong/g, 'KYJ')), ['Quotation attributed to KYJ here but to Kim Jong Un in b.txt:3.']);
});

test('a quotation in a headline is linked but shows no drift', () => {
  const { corpus, index, findings } = corpusOf({
    'a.txt': 'North Korea slams “foolish attempt to justify” tank deliveries\n\nThe agency published the statement.\n',
    'b.txt': 'A spokesman spoke of a “stupid attempt to justify” the shipment.\n',
  });
  assert.deepEqual(findings('a.txt'), []);
  assert.deepEqual(findings('b.txt'), []);
  const b = corpus.get('mem:///b.txt')!;
  assert.deepEqual(quoteReferences(index, b.uri, offsetOf(b.text, 'stupid'))!.map((r) => r.path), ['a.txt', 'b.txt']);
});

test('updated by difference: links go with the article, the others are touched', () => {
  const { corpus, index, findings } = corpusOf({ 'a.txt': 'He spoke of a “stupid attempt to justify” it.\n' });
  index.takeTouched();
  corpus.setDocument('mem:///b.txt', 'b.txt', 'She spoke of a “foolish attempt to justify” it.\n');
  assert.ok(index.takeTouched().includes('mem:///a.txt'));
  assert.equal(findings('a.txt').length, 1);
  corpus.removeDocument('mem:///b.txt');
  assert.ok(index.takeTouched().includes('mem:///a.txt'));
  assert.equal(findings('a.txt').length, 0);
  assert.equal(index.variantCount, 1);
  corpus.setDocument('mem:///a.txt', 'a.txt', 'Nothing quoted now.\n');
  assert.equal(index.variantCount, 0);
});

test('seeds: Kim Yo Jong’s quotations link 000 and 001, the spokesman’s two translations link, no speaker mismatch', () => {
  const { corpus } = seedCorpus();
  const index = corpus.addIndex(new QuoteIndex());
  const [s0, s1, s2] = seedNames();
  const d0 = corpus.get(`mem:///seeds/${s0}`)!;
  const concern = quoteReferences(index, d0.uri, offsetOf(d0.text, 'I express serious concern'))!;
  assert.deepEqual(concern.map((r) => r.path), [`seeds/${s1}`, `seeds/${s0}`], 'the dated article (2023-01-28) first');
  assert.equal(concern[0].date, '2023-01-28');
  const d2 = corpus.get(`mem:///seeds/${s2}`)!;
  const stupid = quoteReferences(index, d2.uri, offsetOf(d2.text, 'stupid attempt'))!;
  assert.deepEqual(stupid.map((r) => r.wording), ['stupid attempt to justify', 'foolish attempt to justify']);
  const all = [...corpus.documents()].flatMap((d) => quoteFindings(index, d, { drift: 'information', mismatch: 'warning' }));
  assert.deepEqual(all.filter((f) => f.code === 'quote-speaker-mismatch'), []);
  assert.deepEqual(all.filter((f) => f.code === 'quote-drift').map((f) => f.text).sort(), ['“foolish attempt to justify”', '“stupid attempt to justify”']);
  const groups = index.sharedQuotations();
  assert.ok(groups.some((g) => g.speakers.includes('Kim Yo Jong') && g.occurrences.some((o) => o.wording.startsWith('I express serious concern'))));
  assert.ok(readSeed(s1).includes('I express serious concern'));
});

test('an article analysed again with its quotations unchanged touches no one; moving the earliest statement touches its family', () => {
  const { corpus, index, findings } = corpusOf({
    'a.txt': 'He spoke of a “stupid attempt to justify” it.\n',
    'b.txt': 'She spoke of a “foolish attempt to justify” it.\n',
  });
  index.takeTouched();
  corpus.setDocument('mem:///b.txt', 'b.txt', 'She spoke of a “foolish attempt to justify” it.\nOfficials counted 40 drones.\n');
  assert.deepEqual(index.takeTouched(), []);
  assert.equal(index.variantCount, 2, 'the wording b alone holds was kept through the change');
  corpus.setDocument('mem:///b.txt', 'b.txt', 'Headline\n\nShe spoke of a “foolish attempt to justify” it.\n');
  assert.ok(index.takeTouched().includes('mem:///a.txt'));
  assert.match(findings('a.txt')[0].message, /b\.txt:3/);
});

test('the earliest statement of a wording is the earliest of all, whatever the order articles came in', () => {
  const texts: Record<string, string> = {};
  for (let i = 0; i < 80; i++) texts[`${String(i).padStart(3, '0')}.txt`] = `March ${(i % 28) + 1}, 2024\n\nShe spoke of a “foolish attempt to justify” it.\n`;
  texts['zzz.txt'] = 'January 2, 2024\n\nShe spoke of a “foolish attempt to justify” it.\n';
  texts['a.txt'] = 'March 9, 2024\n\nHe spoke of a “stupid attempt to justify” it.\n';
  const { findings } = corpusOf(texts);
  assert.match(findings('a.txt')[0].message, /zzz\.txt:3/);
});

test('who said a quotation first is worked out by place, whatever the order articles came and went in', () => {
  const quote = '“The US is the arch criminal which poses serious threat to the strategic security of Russia,”';
  const texts: Record<string, string> = {
    'a.txt': `${quote} said Kim Jong Un.\n`,
    'b.txt': `${quote} said Kim Jong Un.\n`,
    'c.txt': `${quote} said Kim Jong Un.\n`,
    'd.txt': `${quote} said Kim Yo Jong.\n`,
    'e.txt': `${quote} said Choe Son Hui.\n`,
  };
  const { corpus, index, findings } = corpusOf(texts);
  const fresh = () => corpusOf(texts).findings;
  assert.match(findings('d.txt')[0].message, /to Kim Jong Un in a\.txt:1, Choe Son Hui in e\.txt:1/, 'the fixture');
  index.takeTouched();
  // the first article of Kim Jong Un's statements goes, and comes back
  corpus.setDocument('mem:///a.txt', 'a.txt', 'Nothing quoted.\n');
  assert.match(findings('d.txt')[0].message, /to Kim Jong Un in b\.txt:1/);
  corpus.setDocument('mem:///a.txt', 'a.txt', texts['a.txt']);
  for (const p of ['b.txt', 'c.txt', 'd.txt', 'e.txt']) assert.deepEqual(findings(p), fresh()(p), p);
  // Choe Son Hui's only statement goes, then comes back first by place: listed first, as a fresh review lists them
  index.takeTouched();
  corpus.removeDocument('mem:///e.txt');
  texts['0.txt'] = texts['e.txt'];
  delete texts['e.txt'];
  corpus.setDocument('mem:///0.txt', '0.txt', texts['0.txt']);
  for (const p of ['a.txt', 'b.txt', 'c.txt', 'd.txt', '0.txt']) assert.deepEqual(findings(p), fresh()(p), p);
  assert.match(findings('d.txt')[0].message, /to Choe Son Hui in 0\.txt:1, Kim Jong Un in a\.txt:1/);
  // an article put back as it was changes what no other article reads
  index.takeTouched();
  corpus.setDocument('mem:///a.txt', 'a.txt', texts['a.txt']);
  assert.deepEqual(index.takeTouched(), []);
});

test('a stock phrase inside two people\'s longer words is no speaker mismatch: "could “change the course of the war”" and "were “unable to change the course of this war”"', () => {
  const { findings } = corpusOf({
    'a.txt': 'Title\n\nKirill Petrov, a researcher, told The Telegraph that the tanks could “change the course of the war”.\n',
    'b.txt': 'Title\n\nMartin Cole said the rockets were “unable to change the course of this war,” he stressed.\n',
    'c.txt': 'Title\n\nMartin Cole said the rockets were “unable to change the course of the war,” he stressed.\n',
  });
  for (const name of ['a.txt', 'b.txt', 'c.txt']) assert.deepEqual(findings(name).filter((f) => f.code === 'quote-speaker-mismatch'), [], name);
});

test('a short phrase in quote marks from two people is no speaker mismatch ("a new cold war"); six words or more word for word are', () => {
  const { findings } = corpusOf({
    'a.txt': 'Ana Ortiz warned that the region would face “a new cold war”.\n\nAna Ortiz said: “We will not give up the port.”\n',
    'b.txt': 'Tom Reyes warned that the region would face “a new cold war”.\n\nTom Reyes said: “We will not give up the port.”\n',
  });
  assert.deepEqual(findings('a.txt').filter((f) => f.code === 'quote-speaker-mismatch').map((f) => f.text), ['“We will not give up the port.”']);
});

test('an article edited so that the people it quotes first change order, or one statement moves, lists them as a fresh review does', () => {
  const quote = '“We will answer any provocation with overwhelming force at sea,”';
  const texts: Record<string, string> = {
    'a.txt': `${quote} said Kim Jong Un.\n\nLater, ${quote} said Kim Yo Jong.\n`,
    'b.txt': `${quote} said Kim Jong Un.\n`,
    'c.txt': `${quote} said Choe Son Hui.\n`,
  };
  const { corpus, findings } = corpusOf(texts);
  const check = () => {
    const fresh = corpusOf(texts).findings;
    for (const p of Object.keys(texts)) assert.deepEqual(findings(p), fresh(p), p);
  };
  check();
  // the two people swap places in the article that quotes both first
  texts['a.txt'] = `${quote} said Kim Yo Jong.\n\nLater, ${quote} said Kim Jong Un.\n`;
  corpus.setDocument('mem:///a.txt', 'a.txt', texts['a.txt']);
  check();
  assert.match(findings('c.txt')[0].message, /Kim Yo Jong in a\.txt:1, Kim Jong Un in a\.txt:3/);
  // a line put before both: each statement moves later in the article and stays first
  texts['a.txt'] = `Pyongyang, May 3\n\n${texts['a.txt']}`;
  corpus.setDocument('mem:///a.txt', 'a.txt', texts['a.txt']);
  check();
  // the article no longer quotes one of them: the next statement by place is first
  texts['a.txt'] = `${quote} said Kim Yo Jong.\n`;
  corpus.setDocument('mem:///a.txt', 'a.txt', texts['a.txt']);
  check();
  assert.match(findings('c.txt')[0].message, /Kim Yo Jong in a\.txt:1, Kim Jong Un in b\.txt:1/);
  // a new article earlier by path quotes the one listed last: listed first now
  texts['0.txt'] = `${quote} said Choe Son Hui.\n`;
  corpus.setDocument('mem:///0.txt', '0.txt', texts['0.txt']);
  check();
  assert.match(findings('b.txt')[0].message, /Choe Son Hui in 0\.txt:1, Kim Yo Jong in a\.txt:1/);
});
