// The news-article grammar, tokenized by the engine VS Code itself uses
// (vscode-textmate on vscode-oniguruma): quotations, figures and attribution
// words get the scopes themes colour; years and dates do not look like figures.
// Positions are found by text, so the sample lines can be edited freely.

import { before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const ROOT = path.resolve(__dirname, '../../..');
const GRAMMAR = path.join(ROOT, 'syntaxes/news-article.tmLanguage.json');
const SCOPE = 'text.news-article';

const QUOTE = 'string.quoted.double.news-article';
const SINGLE = 'string.quoted.single.news-article';
const FIGURE = 'constant.numeric.news-article';
const ATTRIBUTION = 'keyword.other.attribution.news-article';
const BEGIN = 'punctuation.definition.string.begin.news-article';
const END = 'punctuation.definition.string.end.news-article';

interface Token {
  start: number;
  end: number;
  scopes: string[];
}

let grammar: textmate.IGrammar;

before(async () => {
  const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === SCOPE ? textmate.parseRawGrammar(fs.readFileSync(GRAMMAR, 'utf8'), GRAMMAR) : null,
  });
  const loaded = await registry.loadGrammar(SCOPE);
  assert.ok(loaded, 'the grammar loads');
  grammar = loaded;
});

/** Tokenizes consecutive lines (rule state carried over, as in an editor). */
function tokenize(...lines: string[]): Token[][] {
  let state = textmate.INITIAL;
  return lines.map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t) => ({ start: t.startIndex, end: Math.min(t.endIndex, line.length), scopes: t.scopes }));
  });
}

/** Scopes of every character of `text` (its `nth` occurrence in `line`), which must all be equal. */
function scopesOf(line: string, tokens: Token[], text: string, nth = 0): string[] {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = line.indexOf(text, at + 1);
    assert.ok(at >= 0, `"${text}" (#${nth}) occurs in: ${line}`);
  }
  const covering = tokens.filter((t) => t.end > at && t.start < at + text.length);
  const first = covering[0].scopes.join(' ');
  for (const t of covering) {
    assert.equal(t.scopes.join(' '), first, `"${text}" is one uniformly scoped span, got: ${covering.map((c) => `[${line.slice(c.start, c.end)}] ${c.scopes.join(' ')}`).join(' | ')}`);
  }
  assert.ok(covering[0].start <= at && covering.at(-1)!.end >= at + text.length);
  return covering[0].scopes;
}

function line1(line: string): { has: (text: string, scope: string, nth?: number) => void; lacks: (text: string, scope: string, nth?: number) => void } {
  const [tokens] = tokenize(line);
  return {
    has: (text, scope, nth) => assert.ok(scopesOf(line, tokens, text, nth).includes(scope), `"${text}" has ${scope}: ${scopesOf(line, tokens, text, nth).join(' ')}`),
    lacks: (text, scope, nth) => assert.ok(!scopesOf(line, tokens, text, nth).includes(scope), `"${text}" lacks ${scope}: ${scopesOf(line, tokens, text, nth).join(' ')}`),
  };
}

/** A token exactly covering `text` with `scope` (not a larger one that contains it). */
function exactly(line: string, text: string, scope: string): void {
  const [tokens] = tokenize(line);
  const at = line.indexOf(text);
  assert.ok(at >= 0, `"${text}" occurs`);
  const spans = tokens.filter((t) => t.scopes.includes(scope));
  const merged: [number, number][] = [];
  for (const t of spans) {
    const last = merged.at(-1);
    if (last && last[1] === t.start) last[1] = t.end;
    else merged.push([t.start, t.end]);
  }
  assert.ok(
    merged.some(([s, e]) => s === at && e === at + text.length),
    `"${text}" is exactly a ${scope} span; spans: ${merged.map(([s, e]) => JSON.stringify(line.slice(s, e))).join(', ')}`,
  );
}

describe('quotations', () => {
  test('curly double quotes are a double-quoted string with its marks as punctuation', () => {
    const line = '“I express serious concern over the US,” Kim said in a statement.';
    const l = line1(line);
    l.has('“', BEGIN);
    l.has('”', END);
    l.has('I express serious concern over the US,', QUOTE);
    l.lacks(' Kim', QUOTE);
    exactly(line, '“I express serious concern over the US,”', QUOTE);
  });

  test('straight double quotes, several on a line', () => {
    const line = 'Russia had "the right to choose any kind of retaliatory strike" and a "proxy war".';
    exactly(line, '"the right to choose any kind of retaliatory strike"', QUOTE);
    exactly(line, '"proxy war"', QUOTE);
    line1(line).lacks(' and a ', QUOTE);
  });

  test('single quotes are a quotation, apostrophes are not', () => {
    const line = 'North Korea says to \'stand in the same trench\' as Russia, and Kim’s sister cited ‘grave concerns’ over Washington\'s moves and the Workers\' Party.';
    exactly(line, "'stand in the same trench'", SINGLE);
    exactly(line, '‘grave concerns’', SINGLE);
    const l = line1(line);
    l.lacks('Kim’s sister', SINGLE);
    l.lacks('Kim’s sister', QUOTE);
    l.lacks("Washington's moves", SINGLE);
    l.lacks("Workers' Party", SINGLE);
  });

  test('an apostrophe inside a single-quoted quotation does not end it', () => {
    exactly('He called it ‘Kim’s folly’ in public.', '‘Kim’s folly’', SINGLE);
  });

  test('a quotation wrapped over lines continues; a blank line ends an unclosed one', () => {
    const lines = ['"If the rulers of the US persist', 'in recklessly pushing," said Kim.', '"An unclosed quote runs to the paragraph end', '', 'Next paragraph, 5 tanks.'];
    const [a, b, c, , d] = tokenize(...lines);
    assert.ok(scopesOf(lines[0], a, 'rulers of the US').includes(QUOTE));
    assert.ok(scopesOf(lines[1], b, 'in recklessly pushing,').includes(QUOTE));
    assert.ok(!scopesOf(lines[1], b, 'said').includes(QUOTE));
    assert.ok(scopesOf(lines[2], c, 'paragraph end').includes(QUOTE));
    assert.ok(!scopesOf(lines[4], d, 'Next paragraph').includes(QUOTE));
  });

  test('attribution words inside a quotation are part of the quotation, figures in it are still figures', () => {
    const line = '“They said 31 tanks would come,” she noted.';
    const l = line1(line);
    l.lacks('said', ATTRIBUTION);
    l.has('said', QUOTE);
    l.has('31', FIGURE);
    l.has('31', QUOTE);
    l.has('noted', ATTRIBUTION);
  });
});

describe('figures', () => {
  const cases: [string, string][] = [
    ['The US will send 31 M1 Abrams tanks.', '31'],
    ['Russia received about 1.6 million artillery shells.', '1.6 million'],
    ['74,000 tons of explosives were moved.', '74,000'],
    ['Inflation reached 45% in March.', '45%'],
    ['Support fell 12 percent.', '12 percent'],
    ['Support fell 3.5 per cent.', '3.5 per cent'],
    ['A deal worth $1.6bn was signed.', '$1.6bn'],
    ['Aid of US$ 5 million arrived.', 'US$ 5 million'],
    ['A €30m contract.', '€30m'],
    ['A £2 billion budget.', '£2 billion'],
    ['A fine of ₩500,000 was paid.', '₩500,000'],
    ['Tens of thousands of people marched.', 'Tens of thousands of'],
    ['They fired dozens of missiles.', 'dozens of'],
    ['Hundreds of thousands of shells.', 'Hundreds of thousands of'],
    ['Some two million people fled.', 'two million'],
    ['Nearly half a million fled.', 'half a million'],
    ['Two-thirds of voters agreed.', 'Two-thirds'],
    ['It cost 2,000 dollars.', '2,000 dollars'],
  ];
  for (const [line, figure] of cases) {
    test(`"${figure}" in: ${line}`, () => exactly(line, figure, FIGURE));
  }

  test('digits inside names and ordinals are not figures', () => {
    const line = 'The M1 Abrams and C4ADS, on the 21st, with COVID-19 and a 5km range.';
    const l = line1(line);
    for (const text of ['M1', 'C4ADS', '21st', 'COVID-19', '5km']) l.lacks(text, FIGURE);
  });
});

describe('years and dates are not figures', () => {
  const cases: [string, string][] = [
    ['Kim and Putin met in Vladivostok in 2019.', '2019'],
    ['Its first test since 2017, the 1990s famine aside.', '1990s'],
    ['In the 2019-20 season.', '2019-20'],
    ['Posted on January 28, 2023 4:46 pm', 'January 28, 2023'],
    ['Posted on January 28, 2023 4:46 pm', '4:46 pm'],
    ['Jun 24, 2024 15:43 143', 'Jun 24, 2024'],
    ['Jun 24, 2024 15:43 143', '15:43'],
    ['Sat, 01/28/2023 – 16:00', '01/28/2023'],
    ['Updated 2024-06-24.', '2024-06-24'],
    ['On 24 June 2024 the treaty was signed.', '24 June 2024'],
  ];
  for (const [line, text] of cases) {
    test(`"${text}" in: ${line}`, () => line1(line).lacks(text, FIGURE));
  }

  test('a year-like number with a scale or a percent sign is a figure', () => {
    exactly('A budget of 2020 million won.', '2020 million won', FIGURE);
    exactly('It rose 1999%.', '1999%', FIGURE);
    exactly('Jun 24, 2024 15:43 143', '143', FIGURE);
  });
});

describe('attribution words', () => {
  const words = ['said', 'says', 'told', 'According to', 'according to', 'citing', 'stated', 'added', 'noted', 'announced', 'confirmed', 'claimed', 'alleged', 'reported', 'estimated', 'wrote'];
  for (const word of words) {
    test(word, () => exactly(`Officials ${word} something happened.`, word, ATTRIBUTION));
  }

  test('only whole words; a name like Said is not an attribution', () => {
    const l = line1('The saidness of Edward Said, unsaid; the reporter reported.');
    for (const text of ['saidness', 'Said', 'unsaid', 'reporter']) l.lacks(text, ATTRIBUTION);
    l.has('reported', ATTRIBUTION);
  });
});

test('the seed articles tokenize, and each has quotations, figures and attribution', () => {
  const dir = path.join(ROOT, 'seeds');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt'));
  assert.ok(files.length >= 5);
  const seen = { quote: 0, figure: 0, attribution: 0 };
  for (const f of files) {
    const lines = fs.readFileSync(path.join(dir, f), 'utf8').split(/\r\n|\r|\n/);
    for (const tokens of tokenize(...lines)) {
      for (const t of tokens) {
        if (t.scopes.includes(QUOTE) || t.scopes.includes(SINGLE)) seen.quote++;
        if (t.scopes.includes(FIGURE)) seen.figure++;
        if (t.scopes.includes(ATTRIBUTION)) seen.attribution++;
      }
    }
  }
  assert.ok(seen.quote > 20 && seen.figure > 5 && seen.attribution > 10, JSON.stringify(seen));
});
