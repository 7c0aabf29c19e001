import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Corpus } from '../src/core/corpus';
import { findingsFor } from '../src/core/diagnostics';
import { ConflictIndex, conflictingFigureFindings, consistentRepeat, MAX_COMPARED, valueBounds, type ClaimEntry } from '../src/core/conflictingFigures';
import { marked, readSeed, seedNames, seedCorpus } from './util';

/** A corpus of inline articles (name → text with [[figure]] markers) and its conflict index. */
function corpusOf(articles: Record<string, string>) {
  const corpus = new Corpus();
  const index = corpus.addIndex(new ConflictIndex());
  const spans: Record<string, { start: number; end: number; text: string }[]> = {};
  for (const [name, source] of Object.entries(articles)) {
    const { text, spans: s } = marked(source);
    spans[name] = s;
    corpus.setDocument(`mem:///${name}`, name, text);
  }
  const findings = (name: string) => conflictingFigureFindings(index, corpus.get(`mem:///${name}`)!, 'warning');
  return { corpus, index, spans, findings };
}

test('the same claim with another number in another article conflicts, both ways, with related information', () => {
  const { findings, spans } = corpusOf({
    'a.txt': 'Title\n\nOfficials said on Wednesday the US will send [[31 Abrams tanks]] to Ukraine, reversing months of indecision.\n',
    'b.txt': 'Another title\n\nIn a statement, the US confirmed it will send [[30 M1 Abrams tanks]] to Ukraine.\n',
  });
  const a = findings('a.txt');
  assert.equal(a.length, 1);
  assert.equal(a[0].code, 'conflicting-figure');
  assert.equal(a[0].text, spans['a.txt'][0].text);
  assert.match(a[0].message, /"30 M1 Abrams tanks" \(b\.txt:3\)/);
  assert.equal(a[0].related?.[0].uri, 'mem:///b.txt');
  assert.equal(a[0].related?.[0].range.start.line, 2);
  assert.equal(a[0].related?.[0].message, '"30 M1 Abrams tanks": In a statement, the US confirmed it will send 30 M1 Abrams tanks to Ukraine.');
  const b = findings('b.txt');
  assert.equal(b.length, 1);
  assert.match(b[0].message, /"31 Abrams tanks" \(a\.txt:3\)/);
});

test('consistent repeats are listed with a conflict', () => {
  const { findings } = corpusOf({
    'a.txt': 'Officials say the US will send 31 Abrams tanks to Ukraine.\n',
    'b.txt': 'Reuters reported that the US will send 31 Abrams tanks to Ukraine.\n',
    'c.txt': 'Officials said the US would send 30 Abrams tanks to Ukraine.\n',
  });
  const c = findings('c.txt');
  assert.equal(c.length, 1);
  assert.match(c[0].message, /2 other articles state the same claim/);
  const a = findings('a.txt');
  assert.match(a[0].message, /Stated the same in b\.txt:1/);
  assert.ok(a[0].related?.some((r) => r.uri === 'mem:///b.txt' && r.message === 'the same figure'));
});

for (const [label, first, second] of [
  ['another actor does it', 'Germany will send 14 tanks to Ukraine.', 'Officials said the US will send 31 tanks to Ukraine.'],
  ['another recipient', 'Officials said the US will send 31 tanks to Ukraine.', 'Officials said the US will send 50 tanks to Taiwan.'],
  ['other qualifiers: another thing is counted', 'Officials said the US will send 14 Leopard tanks to Ukraine.', 'Officials said the US will send 31 Abrams tanks to Ukraine.'],
  ['another verb: another claim', 'Officials said the US has sent 31 tanks to Ukraine.', 'Officials said the US has lost 5 tanks in Ukraine.'],
  ['another day', 'On Monday the US sent 31 tanks to Ukraine.', 'On Friday the US sent 12 tanks to Ukraine.'],
  ['another year', 'In 2022 the US sent 31 tanks to Ukraine.', 'In 2023 the US sent 12 tanks to Ukraine.'],
  ['a lower bound', 'Officials said the US will send more than 30 tanks to Ukraine.', 'Officials said the US will send 31 tanks to Ukraine.'],
  ['rounding', 'Russia received about 1.6 million artillery shells from North Korea.', 'Russia received 1,620,000 artillery shells from North Korea.'],
  ['rounding without an approximator', 'Russia received 2,000 artillery shells from North Korea.', 'Russia received 2,300 artillery shells from North Korea.'],
  ['an increment', 'Officials said the US will send another 10 tanks to Ukraine.', 'Officials said the US will send 31 tanks to Ukraine.'],
  ['a vague number', 'North Korea supplied Russia with tens of thousands of artillery shells.', 'North Korea supplied Russia with 1.6 million artillery shells.'],
  ['another unit', 'Officials said the US will send 31 tanks to Ukraine.', 'Officials said the US will send 30 drones to Ukraine.'],
  ['no actor before the figure', 'Some 31 tanks will go to Ukraine.', 'Some 50 tanks will go to Ukraine.'],
  ['a range that holds the number', 'Officials said the US will send between 20 and 40 tanks to Ukraine.', 'Officials said the US will send 31 tanks to Ukraine.'],
] as const) {
  test(`no conflict: ${label}`, () => {
    const { findings, index } = corpusOf({ 'a.txt': `${first}\n`, 'b.txt': `${second}\n` });
    // both statements have what a comparison needs, so the test is about the difference named
    if (label !== 'no actor before the figure') {
      for (const uri of ['mem:///a.txt', 'mem:///b.txt']) {
        const e = index.entriesOf(uri)[0];
        assert.ok(e?.agent && e.governor, `${uri}: ${JSON.stringify(e)}`);
      }
    }
    assert.deepEqual(findings('a.txt').map((f) => f.message), []);
    assert.deepEqual(findings('b.txt').map((f) => f.message), []);
  });
}

test('two numbers in ONE article are not a cross-article conflict', () => {
  const { findings } = corpusOf({ 'a.txt': 'Officials said the US will send 31 tanks to Ukraine.\n\nOfficials said the US will send 30 tanks to Ukraine.\n' });
  assert.deepEqual(findings('a.txt'), []);
});

test('value bounds: approximators and rounding', () => {
  assert.deepEqual(valueBounds({ value: 31 }), [31, 31]);
  assert.deepEqual(valueBounds({ value: 1_600_000 }), [1_550_000, 1_650_000]);
  assert.deepEqual(valueBounds({ value: 30, approximator: 'more than' }), [30, Infinity]);
  assert.deepEqual(valueBounds({ value: 31, approximator: 'up to' }), [0, 31]);
  assert.deepEqual(valueBounds({ value: 31, approximator: 'exactly' }), [31, 31]);
  assert.deepEqual(valueBounds({ value: 10, approximator: 'another' }), [0, Infinity]);
  const [lo, hi] = valueBounds({ value: 31, approximator: 'about' });
  assert.ok(lo < 31 && hi > 31 && lo > 25 && hi < 37, `${lo} ${hi}`);
});

test('updated by difference: a conflict appears and goes with the other article, which is reported as touched', () => {
  const { corpus, index, findings } = corpusOf({ 'a.txt': 'Officials said the US will send 31 Abrams tanks to Ukraine.\n' });
  index.takeTouched();
  corpus.setDocument('mem:///b.txt', 'b.txt', 'In a statement, the US said it will send 30 Abrams tanks to Ukraine.\n');
  assert.deepEqual(index.takeTouched(), ['mem:///a.txt']);
  assert.equal(findings('a.txt').length, 1);
  corpus.setDocument('mem:///b.txt', 'b.txt', 'In a statement, the US said it will send 31 Abrams tanks to Ukraine.\n');
  assert.deepEqual(index.takeTouched(), ['mem:///a.txt']);
  assert.equal(findings('a.txt').length, 0);
  corpus.setDocument('mem:///b.txt', 'b.txt', 'In a statement, the US said it will send 29 Abrams tanks to Ukraine.\n');
  assert.equal(findings('a.txt').length, 1);
  corpus.removeDocument('mem:///b.txt');
  assert.deepEqual(index.takeTouched(), ['mem:///a.txt']);
  assert.equal(findings('a.txt').length, 0);
  assert.equal(index.conflictCount, 0);
  // an index added late sees what is already there
  corpus.setDocument('mem:///b.txt', 'b.txt', 'In a statement, the US said it will send 29 Abrams tanks to Ukraine.\n');
  const late = corpus.addIndex(new ConflictIndex());
  assert.equal(conflictingFigureFindings(late, corpus.get('mem:///a.txt')!, 'warning').length, 1);
});

test('seeds: no conflict, and 31 Abrams tanks is one consistent figure in three articles (Leopards apart)', () => {
  const { corpus } = seedCorpus();
  const index = corpus.addIndex(new ConflictIndex());
  for (const doc of corpus.documents()) assert.deepEqual(conflictingFigureFindings(index, doc, 'warning'), [], doc.path);
  const groups = index.consistentGroups();
  const tanks = groups.find((g) => /Abrams/.test(g.entry.text));
  assert.ok(tanks, JSON.stringify(groups.map((g) => g.entry.text)));
  const articles = new Set([tanks.entry.path, ...tanks.same.map((s) => s.path)]);
  assert.deepEqual([...articles].sort(), seedNames().slice(0, 3).map((n) => `seeds/${n}`));
  assert.ok(!groups.some((g) => /Leopard/.test(g.entry.text) || g.same.some((s) => /Leopard/.test(s.text))));
  // hover data: from the 002 statement, the other two articles
  const doc = corpus.get(`mem:///seeds/${seedNames()[2]}`)!;
  const i = doc.figures.findIndex((f) => f.text === '31 Abrams tanks');
  const r = index.repeatsOf(doc.uri, i)!;
  assert.deepEqual(new Set(r.same.map((s) => s.path)), new Set([`seeds/${seedNames()[0]}`, `seeds/${seedNames()[1]}`]));
  assert.ok(readSeed(seedNames()[2]).includes('31 Abrams tanks'));
});

test('a claim stated in many articles: each statement is compared with the first MAX_COMPARED by path, whatever the order they came in', () => {
  const n = MAX_COMPARED * 3;
  const name = (i: number) => `a${String(i).padStart(4, '0')}.txt`;
  const text = (i: number) => `Officials said the US will send ${1003 + 137 * i} Abrams tanks to Ukraine.\n`;
  const build = (order: number[]) => {
    const corpus = new Corpus();
    for (const i of order) corpus.setDocument(`mem:///${name(i)}`, name(i), text(i));
    return corpus;
  };
  const forward = build([...Array(n).keys()]);
  const backward = build([...Array(n).keys()].reverse());
  for (const i of [0, MAX_COMPARED, n - 1]) {
    const a = forward.conflicts.conflictsOf(forward.conflicts.entriesOf(`mem:///${name(i)}`)[0]).map((e) => e.path);
    const b = backward.conflicts.conflictsOf(backward.conflicts.entriesOf(`mem:///${name(i)}`)[0]).map((e) => e.path);
    assert.deepEqual(a, b, `the same conflicts for ${name(i)} in either order`);
    assert.ok(a.length >= MAX_COMPARED - 1 && a.length <= MAX_COMPARED, `${name(i)}: ${a.length} conflicts listed`);
    assert.equal(a[0], name(i === 0 ? 1 : 0), 'the earliest statements first');
  }
  // An article added past the window changes no other article's conflicts; one that sorts first changes them all.
  forward.conflicts.takeTouched();
  forward.setDocument('mem:///z.txt', 'z.txt', text(999));
  assert.deepEqual(forward.conflicts.takeTouched(), []);
  forward.setDocument('mem:///0.txt', '0.txt', text(998));
  assert.equal(forward.conflicts.takeTouched().length, n + 1);
  assert.equal(forward.conflicts.conflictsOf(forward.conflicts.entriesOf(`mem:///${name(5)}`)[0])[0].path, '0.txt');
});

test('an article that fills the start of a claim frame: a statement that comes in past the first 2 x MAX_COMPARED still counts for it', () => {
  // a.txt states the claim MAX_COMPARED + 8 times, first by path: its statements are
  // compared with the first MAX_COMPARED statements of other articles, which run
  // past twice MAX_COMPARED places.
  const many = MAX_COMPARED + 8;
  const sentence = (v: number) => `Officials said the US will send ${v} Abrams tanks to Ukraine.`;
  const a = Array.from({ length: many }, (_, k) => sentence(5000 + k)).join(' ') + '\n';
  const name = (i: number) => `b${String(i).padStart(3, '0')}.txt`;
  const others = Array.from({ length: MAX_COMPARED + 8 }, (_, i) => i);
  const build = (extra: boolean) => {
    const corpus = new Corpus();
    corpus.setDocument('mem:///a.txt', 'a.txt', a);
    for (const i of others) corpus.setDocument(`mem:///${name(i)}`, name(i), sentence(100 + i) + '\n');
    if (extra) corpus.setDocument('mem:///b030x.txt', 'b030x.txt', sentence(99) + '\n');
    return corpus;
  };
  const conflictsOfA = (corpus: Corpus) => corpus.conflicts.conflictsOf(corpus.conflicts.entriesOf('mem:///a.txt')[0]).map((e) => e.path);

  const edited = build(false);
  const before = conflictsOfA(edited);
  assert.equal(before.length, MAX_COMPARED, 'the fixture: a.txt is compared with MAX_COMPARED other statements');
  assert.ok(before.includes(name(MAX_COMPARED - 1)) && !before.includes('b030x.txt'));
  edited.conflicts.takeTouched();
  edited.setDocument('mem:///b030x.txt', 'b030x.txt', sentence(99) + '\n');
  assert.ok(edited.conflicts.entriesOf('mem:///b030x.txt')[0].bucket!.entries.indexOf(edited.conflicts.entriesOf('mem:///b030x.txt')[0]) >= 2 * MAX_COMPARED, 'the new statement comes in past 2 x MAX_COMPARED places');
  assert.ok(edited.conflicts.takeTouched().includes('mem:///a.txt'), 'a.txt is re-published');
  assert.deepEqual(conflictsOfA(edited), conflictsOfA(build(true)), 'a.txt compared as in a corpus built with the new article');
  assert.ok(conflictsOfA(edited).includes('b030x.txt'));
  // and out again
  edited.conflicts.takeTouched();
  edited.removeDocument('mem:///b030x.txt');
  assert.ok(edited.conflicts.takeTouched().includes('mem:///a.txt'));
  assert.deepEqual(conflictsOfA(edited), before);
});

test('repeats of a figure stated in many articles: the same answer as a read of every statement, in place order, and after an edit', () => {
  const agents = ['The US', 'Germany', 'Russia', 'China', 'Poland', 'Officials'];
  const objects = ['Ukraine', 'Israel', 'Taiwan'];
  const things = ['Shahed drones', 'Bayraktar drones', 'drones', 'attack drones'];
  const name = (i: number) => `r${String((i * 37) % 211).padStart(3, '0')}-${i}.txt`;
  const text = (i: number) => `${agents[i % 6]} will send 300 ${things[i % 4]} to ${objects[i % 3]} this year.\n`;
  const corpus = new Corpus();
  const n = 150;
  for (let i = 0; i < n; i++) corpus.setDocument(`mem:///${name(i)}`, name(i), text(i));
  const index = corpus.conflicts;
  const check = () => {
    const all: ClaimEntry[] = [];
    for (const d of corpus.documents()) all.push(...index.entriesOf(d.uri));
    all.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start));
    assert.ok(all.length >= n, `${all.length} statements`);
    for (const e of all.filter((_, k) => k % 7 === 0)) {
      const expected = all.filter((o) => o.key === e.key && consistentRepeat(e, o));
      assert.deepEqual(index.sameAs(e).map((o) => o.path), expected.map((o) => o.path), e.path);
      assert.deepEqual(index.sameAsFirst(e, 5).map((o) => o.path), expected.slice(0, 5).map((o) => o.path), e.path);
    }
  };
  check();
  // an article that sorts first, and one removed: the lists by what is shared are made again
  corpus.setDocument('mem:///a-first.txt', 'a-first.txt', 'Russia will send 300 drones to Ukraine.\n');
  corpus.removeDocument(`mem:///${name(4)}`);
  check();
  const russia = index.entriesOf('mem:///a-first.txt')[0];
  assert.equal(index.sameAsFirst(index.entriesOf(`mem:///${name(2)}`)[0], 1)[0], russia, 'the new article, first by path, is the first repeat of another Russian statement');
});

test('an article analysed again keeps the statements others see unchanged: no one touched, the entries moved to the new analysis', () => {
  const corpus = new Corpus();
  const claim = (n: number) => `The US will send ${n} Abrams tanks to Ukraine.`;
  corpus.setDocument('mem:///a.txt', 'a.txt', `${claim(31)}\n`);
  corpus.setDocument('mem:///b.txt', 'b.txt', `${claim(40)}\n`);
  corpus.setDocument('mem:///c.txt', 'c.txt', `${claim(50)}\n`);
  const index = corpus.conflicts;
  const kept = index.entriesOf('mem:///a.txt')[0];
  assert.equal(index.conflictsOf(index.entriesOf('mem:///b.txt')[0]).length, 2, 'the fixture: three statements in conflict');
  index.takeTouched();
  // a sentence typed after the claim: the claim is as the others see it
  corpus.setDocument('mem:///a.txt', 'a.txt', `${claim(31)} Officials counted 12 more drones.\n`);
  assert.deepEqual(index.takeTouched(), []);
  assert.equal(index.entriesOf('mem:///a.txt')[0], kept, 'the same entry');
  assert.equal(kept.doc, corpus.get('mem:///a.txt'), 'moved to the new analysis');
  assert.match(findingsFor(corpus, 'mem:///b.txt').find((f) => f.code === 'conflicting-figure')!.message, /"31 Abrams tanks" \(a\.txt:1\)/);
  // a line above it: its line number changes for the others
  corpus.setDocument('mem:///a.txt', 'a.txt', `Headline\n${claim(31)}\n`);
  assert.deepEqual(index.takeTouched().sort(), ['mem:///b.txt', 'mem:///c.txt']);
  assert.match(findingsFor(corpus, 'mem:///b.txt').find((f) => f.code === 'conflicting-figure')!.message, /"31 Abrams tanks" \(a\.txt:2\)/);
  // another number
  corpus.setDocument('mem:///a.txt', 'a.txt', `Headline\n${claim(32)}\n`);
  assert.deepEqual(index.takeTouched().sort(), ['mem:///b.txt', 'mem:///c.txt']);
  assert.match(findingsFor(corpus, 'mem:///b.txt').find((f) => f.code === 'conflicting-figure')!.message, /"32 Abrams tanks" \(a\.txt:2\)/);
});

test('a change is another claim than a level: "cut its output by 1.2 million barrels" does not conflict with "reduce output to 32.5 million barrels"; "by 1.5 million barrels" does', () => {
  const { findings } = corpusOf({
    'a.txt': 'Oil prices rose.\n\nVIENNA -- OPEC ministers chose on Monday to cut its crude output by 1.2 million barrels per day, officials said.\n',
    'b.txt': 'Oil prices rose.\n\nOPEC agreed to cut its oil output to 32.5 million barrels per day, officials said.\n',
    'c.txt': 'Oil prices rose.\n\nOPEC ministers chose on Monday to cut its crude output by 1.5 million barrels per day, officials said.\n',
  });
  assert.deepEqual(findings('b.txt'), []);
  assert.deepEqual(findings('a.txt').map((f) => f.text), ['1.2 million barrels']);
});
