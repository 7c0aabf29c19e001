// Conflicting figures: the same claim carried with different numbers by
// different articles ("the US will send 31 Abrams tanks to Ukraine" here,
// "the US will send 30 Abrams tanks to Ukraine" there), and the consistent
// repeats of a figure ("31 Abrams tanks" in three articles).
//
// Each figure with a value and a counted noun gets a claim frame: its unit,
// the words that qualify it ("M1 Abrams"), the actor who does the thing (the
// nearest actor named before the figure in its sentence), the actor it is done
// to (the nearest after), the word that governs it ("send", "promised") and the
// content words around it. Two figures of different articles state the same
// claim when unit, actor and governing word agree, the qualifiers are
// compatible, no other actor or date contradicts, and the wording is close.
// They conflict when, beyond that, their numbers cannot both be true
// (approximators and rounding taken into account: "about 1.6 million" and
// "1,623,000" do not conflict; "more than 30" and "31" do not either).
//
// Conservative on purpose: a figure with no actor before it, no governing
// word, or a vague value ("tens of thousands") is never said to conflict.
//
// The index is a CorpusIndex: figures are bucketed by unit + actor + governing
// word, and conflict pairs are computed when an article is added (against its
// bucket only) and dropped when it is removed. Requests read the stored pairs.

import type { CorpusIndex } from './corpus';
import type { DocumentAnalysis, JudgedFigure } from './analyze';
import type { ActorMention } from './actors';
import { figureKeysOf } from './figureIndex';
import { sentenceTokens, singular, tokenize, type Figure, type Token } from './figures';
import type { Finding, Range, RelatedInformation } from './types';
import { collapseSpaces, partitionPoint } from './text';

// ---------------------------------------------------------------------------
// Lexicons

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Words that carry no claim: skipped when looking for the governing word and left out of the wording. */
const STOP = words(`
  a an the this that these those it its it's they them their there he she his her we our you i me my
  is are was were be been being am has have had having do does did will would shall should can could may might must
  to of in on at by for with from into onto over as about than then so and or but nor not no yet also too only just even
  up out off down more most less least some any all each both another other such very much many few several
  said says say saying told tells according which who whom whose what when where while if because since after before
  during until till per via around approximately roughly nearly almost least estimated an further additional extra new
  already still now again ever once reportedly allegedly likely possibly total totalling totaling including included
  s t
`);

/** Words of time: a claim at another time is another claim. */
const WEEKDAYS = words('monday tuesday wednesday thursday friday saturday sunday');
const MONTHS = words('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec');
const RELATIVE_TIME = words('yesterday today tonight');

/** Governing words that say the same thing, by class. */
const VERB_CLASSES = new Map<string, string>();
for (const [cls, list] of Object.entries({
  give: 'send sends sent sending deliver delivers delivered delivering provide provides provided providing supply supplies supplied supplying ship ships shipped shipping transfer transfers transferred transferring give gives gave given giving donate donates donated donating export exports exported exporting',
  pledge: 'promise promises promised promising pledge pledges pledged pledging commit commits committed committing vow vows vowed vowing offer offers offered offering approve approves approved approving',
  receive: 'receive receives received receiving get gets got gotten getting obtain obtains obtained obtaining import imports imported importing buy buys bought buying purchase purchases purchased purchasing acquire acquires acquired acquiring',
  kill: 'kill kills killed killing',
  injure: 'injure injures injured injuring wound wounds wounded wounding',
  lose: 'lose loses lost losing',
  destroy: 'destroy destroys destroyed destroying',
  deploy: 'deploy deploys deployed deploying station stations stationed stationing',
  fire: 'fire fires fired firing launch launches launched launching',
  arrest: 'arrest arrests arrested arresting detain detains detained detaining',
  evacuate: 'evacuate evacuates evacuated evacuating',
  spend: 'spend spends spent spending',
  raise: 'raise raises raised raising',
})) {
  for (const w of list.split(' ')) VERB_CLASSES.set(w, cls);
}

/** What an approximator allows around the stated number. */
type Allowance = 'above' | 'below' | 'around' | 'near-below' | 'any';
const APPROXIMATOR_ALLOWANCE: [RegExp, Allowance][] = [
  // an increment or a part: "another 10 tanks" does not contradict "31 tanks"
  [/\b(?:another|further|additional|extra|only|just)$/, 'any'],
  [/^(?:no (?:more|greater) than|at most|up to|as (?:many|much|high) as|less than|fewer than|under|below|just under|well under|just below)$/, 'below'],
  [/^(?:no (?:fewer|less) than|more than|greater than|at least|over|above|upwards of|in excess of|just over|well over|well above|just above|a little over|a little more than|slightly more than|slightly over|as (?:few|little|low) as)$/, 'above'],
  [/^(?:nearly|almost|barely|close to)$/, 'near-below'],
];

// ---------------------------------------------------------------------------
// Claim frames

/** Interned words: each word of the corpus is a number, word sets are sorted readonly number[]s. */
/** One shared copy of each list of equal contents (items joined by `separator`, which no item holds). */
class SharedLists<T extends number | string> {
  private readonly byJoined = new Map<string, readonly T[]>();
  /** Lists of one (most): by the item itself, no joined string to make. */
  private readonly byOne = new Map<T, readonly T[]>();
  constructor(private readonly separator: string) {}

  get(list: readonly T[]): readonly T[] {
    if (list.length === 0) return list;
    if (list.length === 1) {
      const one = this.byOne.get(list[0]);
      if (one !== undefined) return one;
      this.byOne.set(list[0], list);
      return list;
    }
    const key = list.join(this.separator);
    const held = this.byJoined.get(key);
    if (held !== undefined) return held;
    this.byJoined.set(key, list);
    return list;
  }
}

export class Words {
  private readonly ids = new Map<string, number>();
  private readonly lemmas = new Map<string, number>();
  /** The id of a lower-case word's lemma ("tanks" → id of "tank"). */
  lemmaId(lower: string): number {
    let n = this.lemmas.get(lower);
    if (n === undefined) this.lemmas.set(lower, (n = this.id(lemma(lower))));
    return n;
  }
  id(word: string): number {
    let n = this.ids.get(word);
    if (n === undefined) this.ids.set(word, (n = this.ids.size));
    return n;
  }
  has(word: string): number | undefined {
    return this.ids.get(word);
  }
  private readonly strings = new Map<string, string>();
  /** One flat copy of a string the statements share (figure keys, units, governing words). */
  intern(s: string): string {
    const held = this.strings.get(s);
    if (held !== undefined) return held;
    this.strings.set(s, s);
    return s;
  }
  /**
   * One shared copy of each list of word ids (a statement's qualifiers) and
   * of actor keys (its objects): statements repeat a few lists ("m1 abrams"),
   * and each is kept as long as its statement (34,000 qualifier lists of 22
   * contents on the 10k bench corpus).
   */
  private readonly idLists = new SharedLists<number>(',');
  private readonly keyLists = new SharedLists<string>('\u0000');
  idList(ids: readonly number[]): readonly number[] {
    return this.idLists.get(ids);
  }
  keyList(keys: readonly string[]): readonly string[] {
    return this.keyLists.get(keys);
  }
  /** Governing words, by side and word: one flat string each ('before:' + word, built once). */
  private readonly governors = new Map<string, string>();
  governor(side: 'before:' | 'after:', word: string): string {
    const key = side === 'before:' ? word : `\u0000${word}`;
    let held = this.governors.get(key);
    if (held === undefined) this.governors.set(key, (held = flat(side + word)));
    return held;
  }
}

/**
 * A flat copy of a string built by concatenation (a rope of two parts, kept
 * as long as the string): a property name is stored flat.
 */
function flat(s: string): string {
  return s.length < 13 ? s : Object.keys({ [s]: 0 })[0];
}

function sortedIds(set: Set<number>): number[] {
  return set.size ? [...set].sort((a, b) => a - b) : NONE;
}

/**
 * Sorted word ids as a statement's wording keeps them: a string of their codes
 * when every id is below 65536 (one or two bytes an id, one object; a list took
 * a list object and eight bytes an id), else a list.
 */
type IdList = readonly number[] | string;

function idAt(list: IdList, i: number): number {
  return typeof list === 'string' ? list.charCodeAt(i) : list[i];
}

function keptIds(set: Set<number>): IdList {
  if (!set.size) return NONE;
  const sorted = [...set].sort((a, b) => a - b);
  if (sorted[sorted.length - 1] >= 65536) return sorted;
  let out = '';
  for (let i = 0; i < sorted.length; i += 4096) out += String.fromCharCode(...sorted.slice(i, i + 4096));
  return out;
}

function includes(sorted: IdList, x: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (idAt(sorted, mid) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && idAt(sorted, lo) === x;
}

const NONE: number[] = [];
const NO_KEYS: string[] = [];
const NO_ENTRIES: ClaimEntry[] = [];

/** A figure as the conflict index holds it. Ranges and sentences are read from the document when asked. */
export class ClaimEntry {
  constructor(
    /** The article's analysis (a later one, when the index kept the statement through an edit: see `rebind`). */
    public doc: DocumentAnalysis,
    /** Index of the figure in its document's `figures`. */
    public figure: number,
    /** figureKey: value and unit. */
    readonly key: string,
    readonly unit: string,
    value: number,
    high: number | undefined,
    approximator: string | undefined,
    /** Word ids of what qualifies the counted thing ("m1", "abrams"; "explosive" for "tons of explosives"). */
    readonly qualifiers: readonly number[],
    /** Actor key of the nearest actor before the governing word. */
    readonly agent: string | undefined,
    /** Actor keys between the governing word and the figure, and of the nearest actor after it. */
    readonly objects: readonly string[],
    /** Class of the governing word ("give" for "send"; "pledge" for "promised"), prefixed by its side. */
    readonly governor: string | undefined,
    private readonly dict: Words,
  ) {
    [this.lo, this.hi] = valueBounds({ value, high, approximator });
  }

  /** The values the statement allows (approximator and rounding taken into account). */
  readonly lo: number;
  readonly hi: number;
  private words?: ClaimWords;
  /** @internal The index's claim frame of the statement (undefined: in none). */
  bucket?: Bucket = undefined;
  /** @internal Conflicts worked out for the statement, valid while `conflictsAt` is its bucket's `version`. */
  conflictsMemo?: ClaimEntry[] = undefined;
  conflictsAt = -1;
  /** @internal The index's `touchGen` when its article was last put in the touched set. */
  touchedAt = -1;

  /** "Dozens of", "tens of thousands": read from the key (a vague figure's key starts with "~"), not kept. */
  get vague(): boolean {
    return this.key.charCodeAt(0) === 126;
  }

  /** As data, without the index's bookkeeping (its claim frame holds the statement: a cycle). */
  toJSON(): Record<string, unknown> {
    const { bucket: _bucket, conflictsMemo: _memo, ...rest } = this;
    return { ...rest, vague: this.vague };
  }

  /** @internal The same statement in the article's next analysis (`ConflictIndex.replace`): everything read from it is as before. */
  rebind(doc: DocumentAnalysis, figure: number): void {
    this.doc = doc;
    this.figure = figure;
  }

  /** The words of the statement, read from its sentence on first use (most statements are never compared). */
  get wording(): ClaimWords {
    return (this.words ??= claimWords(this.doc, this.doc.figureAt(this.figure)!, this.dict));
  }

  get uri(): string {
    return this.doc.uri;
  }
  get path(): string {
    return this.doc.path;
  }
  get text(): string {
    const s = this.doc.figureSpan(this.figure);
    return this.doc.text.slice(s.start, s.end);
  }
  get start(): number {
    return this.doc.figureStart(this.figure);
  }
  get range(): Range {
    return this.doc.lines.rangeOf(this.doc.figureSpan(this.figure));
  }
  /** The figure's sentence, whitespace collapsed. */
  get sentence(): string {
    const s = this.doc.segmentation.sentence(this.doc.figureAt(this.figure)!.sentence);
    return s ? collapseSpaces(this.doc.text.slice(s.start, s.end), false) : this.text;
  }
}

function lemma(lower: string): string {
  const w = lower.replace(/[’']/g, "'").replace(/'s$/, '');
  if (/^\d/.test(w)) return w;
  return w.length > 3 ? singular(w) : w;
}


/** Lexical value bounds a figure allows, given its approximator and the rounding of its number. */
export function valueBounds(e: { value: number; high?: number | undefined; approximator?: string | undefined }): [number, number] {
  let lo = e.value;
  let hi = e.high ?? e.value;
  // Rounded numbers ("1.6 million", "2,000") stand for a neighbourhood.
  const tol = (v: number) => {
    if (!Number.isInteger(v) || Math.abs(v) < 100) return 0;
    let step = 1;
    while (v % (step * 10) === 0 && step < 1e15) step *= 10;
    return step >= 100 ? step / 2 : 0;
  };
  lo -= tol(lo);
  hi += tol(hi);
  const approx = e.approximator?.toLowerCase().replace(/\s+/g, ' ').trim();
  if (approx && !/^(?:exactly|precisely|a total of|a record|between)$/.test(approx)) {
    const allowance = APPROXIMATOR_ALLOWANCE.find(([re]) => re.test(approx))?.[1] ?? 'around';
    if (allowance === 'any') return [0, Infinity];
    if (allowance === 'above') hi = Infinity;
    else if (allowance === 'below') lo = 0;
    else if (allowance === 'near-below') lo *= 0.85;
    else {
      lo *= 0.85;
      hi *= 1.15;
    }
  }
  return [lo, hi];
}

/** The words of a statement, for comparisons. */
export interface ClaimWords {
  /** Content word ids of the figure's clause (ten tokens each side), sorted. */
  clause: IdList;
  /** Content word ids of the whole sentence, sorted (for qualifier checks). */
  sentence: IdList;
  /** Time words of the sentence (weekdays, months, years, "last week", yesterday...). */
  times: string[];
}

const WORD_RE = /\p{L}/u;

function isWordText(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 127 && WORD_RE.test(text));
}

function isDigitStart(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

const YEAR_RE = /^(?:19|20)\d\d$/;

function claimWords(doc: DocumentAnalysis, f: Figure, dict: Words): ClaimWords {
  const span = doc.segmentation.sentence(f.sentence)!;
  // tokenised again, not through the analysis' sentence cache: read during findings, article after article, each would empty it
  const toks = tokenize(doc.text, span.start, span.end);
  const first = tokenAt(toks, f.start);
  const last = tokenAt(toks, f.end);
  const clause = new Set<number>();
  const sentence = new Set<number>();
  const times = new Set<string>();
  let figures: readonly Figure[] | undefined; // made once, at the first year
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (isDigitStart(t.text)) {
      if (YEAR_RE.test(t.text) && !(figures ??= doc.figures).some((g) => g.sentence === f.sentence && t.start >= g.start && t.end <= g.end)) times.add(t.text);
      continue;
    }
    if (!isWordText(t.text)) continue;
    const lower = t.lower;
    if (isTime(lower)) times.add(lower === 'sept' ? 'sep' : lower.slice(0, 3));
    else if (i > 0 && (lower === 'week' || lower === 'month' || lower === 'year') && toks[i - 1].lower === 'last') times.add(`last ${lower}`);
    if (STOP.has(lower)) continue;
    const id = dict.lemmaId(lower);
    sentence.add(id);
    if (i >= first - 10 && i < last + 10 && (i < first || i >= last)) clause.add(id);
  }
  return { clause: keptIds(clause), sentence: keptIds(sentence), times: times.size ? [...times] : NO_TIMES };
}

const NO_TIMES: string[] = [];

/** Index of the first token that starts at or after `offset`. */
function tokenAt(toks: Token[], offset: number): number {
  return partitionPoint(toks.length, (i) => toks[i].start < offset);
}

const CLAUSE_BREAK = /^[;:()—–]$/;

/** The claim frame of one figure, or undefined when it has nothing to compare (no value, no unit). */
export function claimEntry(doc: DocumentAnalysis, index: number, dict: Words): ClaimEntry | undefined {
  const f = doc.figureAt(index)!;
  if (f.value === undefined || f.kind === 'multiplier' || f.kind === 'fraction') return undefined;
  const key = figureKeysOf(doc)[index];
  if (!key) return undefined;
  const unit = key.slice(key.indexOf('|') + 1);
  if (!unit) return undefined;
  const sentence = doc.segmentation.sentence(f.sentence);
  if (!sentence || sentence.kind !== 'sentence') return undefined;
  const toks = sentenceTokens(doc.text, sentence.start, sentence.end);
  const mentions = doc.actors.mentionsIn(sentence.start, sentence.end);
  const first = tokenAt(toks, f.start);
  const last = tokenAt(toks, f.end);
  /** May the token govern a figure: a content word outside any actor mention, not a time word. */
  const governs = (t: Token) =>
    isWordText(t.text) && !STOP.has(t.lower) && !isTime(t.lower) && !mentions.some((m) => t.start >= m.start && t.end <= m.end);

  // Qualifiers: words of the figure's span that are not the number, its scale or the unit.
  const unitLemma = unit.toLowerCase();
  const qualifiers = new Set<number>();
  for (let i = first; i < last; i++) {
    const t = toks[i];
    if (!isWordText(t.text) || STOP.has(t.lower) || SCALE.has(t.lower) || NUMBER_WORDS.has(t.lower) || singular(t.lower) === unitLemma) continue;
    qualifiers.add(dict.lemmaId(t.lower));
  }

  // Governing word: nearest content word before the figure (not an actor), else after it.
  // A change ("cut output by 1.2 million barrels") is another claim than a level ("reduce output to 32.5 million
  // barrels"): "by" right before the figure marks the governing word.
  const change = first > 0 && toks[first - 1].lower === 'by' ? ' by' : '';
  let governor: string | undefined;
  let governorAt = f.start;
  for (let i = first - 1; i >= 0; i--) {
    if (governs(toks[i])) {
      governor = dict.governor('before:', (VERB_CLASSES.get(toks[i].lower) ?? lemma(toks[i].lower)) + change);
      governorAt = toks[i].start;
      break;
    }
    if (CLAUSE_BREAK.test(toks[i].text)) break;
  }
  if (!governor) {
    for (let i = last; i < toks.length; i++) {
      if (!governs(toks[i])) continue;
      governor = dict.governor('after:', VERB_CLASSES.get(toks[i].lower) ?? lemma(toks[i].lower));
      break;
    }
  }

  // Agent: the nearest actor before the governing word; objects: actors between
  // it and the figure ("provide Ukraine with 14 tanks") and the nearest after.
  let agent: string | undefined;
  let objects: string[] = NO_KEYS;
  for (const m of mentions) {
    if (m.end <= governorAt) agent = m.key;
    else if (m.end <= f.start) {
      if (!objects.includes(m.key)) objects = objects.concat([m.key]);
    } else if (m.start >= f.end) {
      if (m.start - f.end <= 80 && !objects.includes(m.key)) objects = objects.concat([m.key]);
      break;
    }
  }
  if (objects.length > 1) objects = objects.sort();

  return new ClaimEntry(
    doc,
    index,
    dict.intern(key),
    dict.intern(unit),
    f.value,
    f.high,
    f.approximator,
    dict.idList(sortedIds(qualifiers)),
    agent,
    dict.keyList(objects),
    governor,
    dict,
  );
}

const SCALE = words('hundred hundreds thousand thousands million millions billion billions trillion trillions dozen dozens tens bn m k mn');
const NUMBER_WORDS = words(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety half quarter third',
);

function isTime(lower: string): boolean {
  return WEEKDAYS.has(lower) || MONTHS.has(lower) || RELATIVE_TIME.has(lower);
}

// ---------------------------------------------------------------------------
// Comparison

function dice(a: IdList, b: IdList): number {
  if (!a.length || !b.length) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = idAt(a, i);
    const y = idAt(b, j);
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}

/** Some qualifier of x is in y's sentence, or x has none. */
function echoed(x: ClaimEntry, y: ClaimEntry): boolean {
  const qs = x.qualifiers;
  if (qs.length === 0) return true;
  const sentence = y.wording.sentence;
  for (let i = 0; i < qs.length; i++) if (includes(sentence, qs[i])) return true;
  return false;
}

/** Every qualifier of one figure is echoed by the other's sentence when it has any ("M1 Abrams" and "Abrams"). */
function qualifiersAgree(a: ClaimEntry, b: ClaimEntry): boolean {
  return echoed(a, b) && echoed(b, a);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function timesAgree(a: ClaimEntry, b: ClaimEntry): boolean {
  const at = a.wording.times;
  const bt = b.wording.times;
  if (!at.length || !bt.length) return true;
  return at.some((t) => bt.includes(t));
}

/** The least wording overlap (Dice over content lemmas of the clauses) for two statements to be one claim. */
export const MIN_WORDING = 0.3;

/** Do the two figures state the same claim (whatever their numbers)? */
export function sameClaim(a: ClaimEntry, b: ClaimEntry): boolean {
  if (a.doc === b.doc || a.unit !== b.unit) return false;
  if (!a.agent || a.agent !== b.agent || !a.governor || a.governor !== b.governor) return false;
  if (a.objects.length && b.objects.length && !sameList(a.objects, b.objects)) return false;
  if (!qualifiersAgree(a, b) || !timesAgree(a, b)) return false;
  return dice(a.wording.clause, b.wording.clause) >= MIN_WORDING;
}

/** Can both numbers be true at once? */
export function valuesAgree(a: ClaimEntry, b: ClaimEntry): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

/** Two statements of different articles that conflict. */
export function conflicts(a: ClaimEntry, b: ClaimEntry): boolean {
  return !a.vague && !b.vague && a.doc !== b.doc && !valuesAgree(a, b) && sameClaim(a, b);
}

/**
 * A repeat of the same figure in another article, for the "stated the same in"
 * lists: same value and unit, compatible qualifiers, and one actor or one
 * qualifier in common (looser than `sameClaim`: outlets word a repeat freely).
 */
export function consistentRepeat(a: ClaimEntry, b: ClaimEntry): boolean {
  if (a.key !== b.key) return false;
  // what they share first: the wording checks read both sentences, and most pairs share nothing
  if (!(a.agent && a.agent === b.agent) && !shareObject(a, b) && !shareQualifier(a, b)) return false;
  return a.uri !== b.uri && qualifiersAgree(a, b) && timesAgree(a, b);
}

function shareObject(a: ClaimEntry, b: ClaimEntry): boolean {
  const ao = a.objects;
  if (ao.length === 0 || b.objects.length === 0) return false;
  for (let i = 0; i < ao.length; i++) if (b.objects.includes(ao[i])) return true;
  return false;
}

function shareQualifier(a: ClaimEntry, b: ClaimEntry): boolean {
  const aq = a.qualifiers;
  if (aq.length === 0 || b.qualifiers.length === 0) return false;
  for (let i = 0; i < aq.length; i++) if (includes(b.qualifiers, aq[i])) return true;
  return false;
}

// ---------------------------------------------------------------------------
// The index

/** Part ids below this make a claim-frame key of one number (three ids in 51 bits, exact in a double). */
const PART_LIMIT = 1 << 17;

function byPlace(a: ClaimEntry, b: ClaimEntry): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start;
}

export interface FigureRepeats {
  entry: ClaimEntry;
  /** The same figure in other articles, the same claim. */
  same: ClaimEntry[];
  /** Other articles' statements of the same claim with a number that cannot also be true. */
  conflicting: ClaimEntry[];
}

/** Can the statement be a repeat of another at all (it has an actor, object or qualifier to share)? */
/** A statement the index keeps, with its claim frame (undefined: in none). */
interface Statement {
  e: ClaimEntry;
  frame: number | string | undefined;
  canRepeat: boolean;
}

/**
 * Everything the other articles' findings and comparisons read of a statement
 * (claim, figure, place in lines, sentence; its words come from the sentence
 * and where the figure is in it): two statements with the same signature are
 * the same to them.
 */
function twinSignature(e: ClaimEntry): string {
  const r = e.range;
  const f = e.doc.figureAt(e.figure)!;
  const inSentence = f.start - (e.doc.segmentation.sentence(f.sentence)?.start ?? 0);
  return JSON.stringify([e.key, e.unit, e.lo, e.hi, e.vague, e.qualifiers, e.agent ?? null, e.objects, e.governor ?? null, r.start.line, r.start.character, r.end.line, r.end.character, e.text, e.sentence, inSentence]);
}

function repeatable(e: ClaimEntry): boolean {
  return !!e.agent || e.objects.length > 0 || e.qualifiers.length > 0;
}

/**
 * How many statements of one claim frame (unit, actor, governing word) a
 * statement is compared with: the first ones by path. A frame stated in
 * thousands of articles ("Russia lost N soldiers" in every daily report)
 * would otherwise make every statement meet every other, quadratic in the
 * corpus in time and in the pairs kept. Frames of up to this many statements
 * are compared in full.
 */
export const MAX_COMPARED = 32;

/** The statements of one claim frame. */
export interface Bucket {
  /** Unit, actor and governing word as one number (their ids; a string of the three past PART_LIMIT). */
  key: number | string;
  /** By place. Each statement is compared with the first MAX_COMPARED of other articles. */
  entries: ClaimEntry[];
  /** Bumped when a statement comes in or goes within `reach`: conflicts worked out before are stale. */
  version: number;
  /** `reachOf` the entries, kept until a change within it (undefined: not worked out). */
  reach?: number;
}

/** The statements of one figure key (value and unit) that can be repeats. */
interface KeyGroup {
  /** In the order their articles were added. */
  list: ClaimEntry[];
  /** By place, made on first use and dropped when the list changes. */
  sorted?: ClaimEntry[];
  /**
   * Of a large group, `sorted` split by what a repeat must share (an actor, an
   * object or a qualifier: see `consistentRepeat`), made on first use and
   * dropped with `sorted`.
   */
  byShare?: Map<string, Int32Array>;
  /**
   * Statements that came in or went since the last `takeTouched`: a finding
   * lists the first repeats of its statement ("stated the same in"), which
   * may be one of these, in a frame of its own.
   */
  changed?: ClaimEntry[];
}

/** A key group of up to this many statements is searched whole for repeats; a larger one through `byShare`. */
const SHARE_SPLIT = 64;

function shareKeys(e: ClaimEntry): string[] {
  const keys: string[] = [];
  if (e.agent) keys.push('a\u0000' + e.agent);
  for (const o of e.objects) keys.push('o\u0000' + o);
  for (const q of e.qualifiers) keys.push('q\u0000' + q);
  return keys;
}

/** What is shared → the places (indexes in `sorted`, ascending) of the statements that have it. */
function splitByShare(sorted: readonly ClaimEntry[]): Map<string, Int32Array> {
  const lists = new Map<string, number[]>();
  for (let i = 0; i < sorted.length; i++) {
    for (const k of shareKeys(sorted[i])) {
      const list = lists.get(k);
      if (list) {
        if (list[list.length - 1] !== i) list.push(i);
      } else lists.set(k, [i]);
    }
  }
  const out = new Map<string, Int32Array>();
  for (const [k, list] of lists) out.set(k, Int32Array.from(list));
  return out;
}

/** A frame of up to this many statements has the conflicts of all its statements worked out at once. */
const WINDOW = 2 * MAX_COMPARED;

/**
 * The last place any statement of the frame is compared with: a statement is
 * compared with the first MAX_COMPARED statements of other articles, so its
 * comparisons end where that count is reached; the article with the most
 * statements among the first ones reaches furthest. (Infinity while some
 * statement is compared with every other.) A statement that comes in or goes
 * after this place changes no statement's conflicts.
 */
function reachOf(bucket: Bucket): number {
  if (bucket.reach !== undefined) return bucket.reach;
  const list = bucket.entries;
  const counts = new Map<string, number>();
  let most = 0;
  let reach = Infinity;
  for (let i = 0; i < list.length; i++) {
    const uri = list[i].uri;
    const n = (counts.get(uri) ?? 0) + 1;
    counts.set(uri, n);
    if (n > most) most = n;
    // every article has MAX_COMPARED statements of others among the first i + 1
    if (i + 1 - most >= MAX_COMPARED) {
      reach = i;
      break;
    }
  }
  return (bucket.reach = reach);
}

/** Where `e` goes in the list sorted by place (a scan in path order adds at the end). */
function placeIndex(list: readonly ClaimEntry[], e: ClaimEntry): number {
  const n = list.length;
  if (n === 0 || byPlace(list[n - 1], e) < 0) return n;
  return partitionPoint(n, (i) => byPlace(list[i], e) < 0);
}

export class ConflictIndex implements CorpusIndex {
  private readonly dict = new Words();
  private readonly entries = new Map<string, ClaimEntry[]>();
  /** unit + agent + governing word → statements that may be one claim. */
  private readonly buckets = new Map<number | string, Bucket>();
  /** Units, actor keys and governing words → small numbers, for claim-frame keys. */
  private readonly partIds = new Map<string, number>();

  private partId(s: string): number {
    let n = this.partIds.get(s);
    if (n === undefined) this.partIds.set(s, (n = this.partIds.size));
    return n;
  }

  /**
   * The claim frame of a statement (unit, actor, governing word) as a number:
   * the three strings are shared and keep their hashes, a joined key was
   * built, flattened and hashed for every statement.
   */
  private frameKey(e: ClaimEntry): number | string | undefined {
    if (!e.agent || !e.governor || e.vague) return undefined;
    const u = this.partId(e.unit);
    const a = this.partId(e.agent);
    const g = this.partId(e.governor);
    return u < PART_LIMIT && a < PART_LIMIT && g < PART_LIMIT ? (u * PART_LIMIT + a) * PART_LIMIT + g : `${u} ${a} ${g}`;
  }
  /** figure key (value and unit) → the statements of that figure. */
  private readonly byKey = new Map<string, KeyGroup>();
  /** Articles whose findings may have changed with the last adds and removes (besides those articles). */
  private touched = new Set<string>();
  /** Key groups with statements in `changed`. */
  private repeatGroups = new Set<KeyGroup>();
  /** Changed repeats are kept from the first `takeTouched` or `forgetTouched` on (a scan or a CLI run never asks). */
  private tracking = false;
  /** Counts `takeTouched` calls: a statement stamped with the current one (`touchedAt`) has its article in `touched`. */
  private touchGen = 0;

  add(doc: DocumentAnalysis): void {
    this.putIn(doc.uri, this.statementsOf(doc));
  }

  /** The article's statements in place of any it had. */
  private putIn(uri: string, statements: readonly Statement[]): void {
    if (this.entries.has(uri)) this.removeUri(uri);
    const list: ClaimEntry[] = [];
    for (const st of statements) {
      list.push(st.e);
      this.insert(st);
    }
    // exact size: kept as long as the article
    if (list.length) this.entries.set(uri, list.slice());
  }

  /**
   * An article analysed again. A statement the other articles see as it was
   * (same claim, figure, sentence, words and line and column: `twinSignature`)
   * stays in the index as the same entry, moved to the new analysis: its
   * coming out and going back in changed no other article's findings, and
   * touched every article of its claim frame. The others go out and in as
   * usual. (When the statements kept changed order, all go out and in.)
   */
  replace(old: DocumentAnalysis, doc: DocumentAnalysis): void {
    const before = this.entries.get(old.uri);
    if (!before || old.uri !== doc.uri) {
      this.removeUri(old.uri);
      this.add(doc);
      return;
    }
    const next = this.statementsOf(doc);
    const waiting = new Map<string, number[]>();
    for (let k = 0; k < before.length; k++) {
      const sig = twinSignature(before[k]);
      const q = waiting.get(sig);
      if (q) q.push(k);
      else waiting.set(sig, [k]);
    }
    const twins = new Array<ClaimEntry | undefined>(next.length);
    let last = -1;
    for (let j = 0; j < next.length; j++) {
      const k = waiting.get(twinSignature(next[j].e))?.shift();
      if (k === undefined) continue;
      if (k < last) {
        this.putIn(doc.uri, next);
        return;
      }
      last = k;
      twins[j] = before[k];
    }
    // The twins first (places by the new analysis), then the statements gone, then the new ones.
    const kept = new Set<ClaimEntry>();
    for (let j = 0; j < next.length; j++) {
      const t = twins[j];
      if (!t) continue;
      t.rebind(doc, next[j].e.figure);
      kept.add(t);
    }
    for (const e of before) if (!kept.has(e)) this.takeOut(e);
    const list: ClaimEntry[] = [];
    for (let j = 0; j < next.length; j++) {
      const t = twins[j];
      if (t) list.push(t);
      else {
        list.push(next[j].e);
        this.insert(next[j]);
      }
    }
    if (list.length) this.entries.set(doc.uri, list.slice());
    else this.entries.delete(doc.uri);
  }

  /** The statements the index keeps of an article (those that can be repeated or in conflict), in document order. */
  private statementsOf(doc: DocumentAnalysis): Statement[] {
    const out: Statement[] = [];
    for (let i = 0; i < doc.figureCount; i++) {
      const e = claimEntry(doc, i, this.dict);
      if (!e) continue;
      // A statement that can be neither repeated nor in conflict is not kept.
      const frame = this.frameKey(e);
      const canRepeat = repeatable(e);
      if (frame === undefined && !canRepeat) continue;
      out.push({ e, frame, canRepeat });
    }
    return out;
  }

  private insert({ e, frame, canRepeat }: Statement): void {
    if (canRepeat) {
      const group = this.byKey.get(e.key);
      if (group) {
        // small lists (most) exact size, not grown by push with spare room
        if (group.list.length < 16) group.list = group.list.concat([e]);
        else group.list.push(e);
        group.sorted = group.byShare = undefined;
        this.repeatChanged(group, e);
      } else this.byKey.set(e.key, { list: [e] });
    }
    if (frame === undefined) return;
    let bucket = this.buckets.get(frame);
    if (!bucket) this.buckets.set(frame, (bucket = { key: frame, entries: NO_ENTRIES, version: 0, reach: undefined }));
    e.bucket = bucket;
    this.entered(bucket, e);
  }

  remove(doc: DocumentAnalysis): void {
    this.removeUri(doc.uri);
  }

  private removeUri(uri: string): void {
    const list = this.entries.get(uri);
    if (!list) return;
    this.entries.delete(uri);
    for (const e of list) this.takeOut(e);
  }

  private takeOut(e: ClaimEntry): void {
    const group = this.byKey.get(e.key);
    if (group) {
      const rest = group.list.filter((o) => o !== e);
      if (rest.length) {
        group.list = rest;
        group.sorted = group.byShare = undefined;
        this.repeatChanged(group, e);
      } else {
        this.byKey.delete(e.key);
        this.repeatGroups.delete(group);
      }
    }
    const bucket = e.bucket;
    if (!bucket) return;
    e.bucket = undefined;
    const at = bucket.entries.indexOf(e);
    if (at < 0) return;
    const reach = reachOf(bucket);
    bucket.entries.splice(at, 1);
    if (!bucket.entries.length) {
      this.buckets.delete(bucket.key);
      return;
    }
    // Leaving the places others are compared with changes their conflicts.
    if (at <= reach) this.changed(bucket, e.uri);
  }

  /**
   * A statement enters a bucket. The others' conflicts change only when it
   * comes in among the places they are compared with (`reachOf`); a scan in
   * path order adds past them, in a few steps each.
   */
  private entered(bucket: Bucket, e: ClaimEntry): void {
    let list = bucket.entries;
    const at = placeIndex(list, e);
    const reach = list.length ? reachOf(bucket) : Infinity;
    // small lists (most) exact size, not grown with spare room
    if (list.length < 16) bucket.entries = list = list.slice(0, at).concat([e], list.slice(at));
    else list.splice(at, 0, e);
    if (at <= reach) this.changed(bucket, e.uri);
  }

  /** A statement came in or went within the places compared: conflicts worked out are stale, the others' articles touched. */
  private changed(bucket: Bucket, uri: string): void {
    bucket.reach = undefined;
    bucket.version++;
    this.touchAll(bucket, uri);
  }

  private touchAll(bucket: Bucket, except: string): void {
    // (one statement left after a removal: its article lost a conflict)
    const list = bucket.entries;
    const gen = this.touchGen;
    for (const o of list) {
      if (o.touchedAt === gen || o.uri === except) continue;
      o.touchedAt = gen;
      this.touched.add(o.uri);
    }
  }

  clear(): void {
    this.entries.clear();
    this.buckets.clear();
    this.partIds.clear();
    this.byKey.clear();
    this.repeatGroups = new Set();
    this.touched = new Set();
    this.touchGen++;
  }

  private repeatChanged(group: KeyGroup, e: ClaimEntry): void {
    if (!this.tracking) return;
    (group.changed ??= []).push(e);
    this.repeatGroups.add(group);
  }

  /** Forgets what changed since the last call, without working out whom it touched (every article is about to be published). */
  forgetTouched(): void {
    for (const group of this.repeatGroups) group.changed = undefined;
    this.repeatGroups = new Set();
    this.touched = new Set();
    this.touchGen++;
    this.tracking = true;
  }

  /** Articles other than the changed one whose conflicts may have changed since the last call (then forgotten). */
  takeTouched(): string[] {
    for (const group of this.repeatGroups) {
      for (const x of group.changed ?? NO_ENTRIES) this.touchRepeatsOf(group, x);
      group.changed = undefined;
    }
    this.repeatGroups = new Set();
    this.tracking = true;
    const out = [...this.touched];
    this.touched = new Set();
    this.touchGen++;
    return out;
  }

  /**
   * Touches the articles whose findings may list `x` (gone or come) among
   * their statements' repeats: statements of its figure that `x` repeats,
   * in a frame where they can conflict. Found through what they share with
   * `x`, as `sameAsFirst` does.
   */
  private touchRepeatsOf(group: KeyGroup, x: ClaimEntry): void {
    const sorted = (group.sorted ??= group.list.slice().sort(byPlace));
    const visit = (o: ClaimEntry) => {
      if (o.touchedAt === this.touchGen || o.uri === x.uri) return;
      if (!o.bucket || o.bucket.entries.length < 2 || !consistentRepeat(o, x)) return;
      o.touchedAt = this.touchGen;
      this.touched.add(o.uri);
    };
    if (sorted.length <= SHARE_SPLIT) for (const o of sorted) visit(o);
    else {
      const byShare = (group.byShare ??= splitByShare(sorted));
      for (const k of shareKeys(x)) for (const i of byShare.get(k) ?? []) visit(sorted[i]);
    }
  }

  /** The claim entries of one article (figures with a value and unit, in document order). */
  entriesOf(uri: string): readonly ClaimEntry[] {
    return this.entries.get(uri) ?? NO_ENTRIES;
  }

  /**
   * Other articles' statements that conflict with this one, by path: among
   * the first MAX_COMPARED statements of its claim frame from other articles.
   */
  conflictsOf(entry: ClaimEntry): ClaimEntry[] {
    const bucket = entry.bucket;
    if (!bucket || bucket.entries.length < 2) return NO_ENTRIES;
    if (entry.conflictsAt === bucket.version && entry.conflictsMemo) return entry.conflictsMemo;
    if (bucket.entries.length <= WINDOW) {
      this.workOut(bucket);
      return entry.conflictsMemo ?? NO_ENTRIES;
    }
    let out: ClaimEntry[] | undefined;
    let compared = 0;
    for (const o of bucket.entries) {
      if (o.doc === entry.doc) continue;
      if (conflicts(entry, o)) {
        if (out) out.push(o);
        else out = [o];
      }
      if (++compared >= MAX_COMPARED) break;
    }
    entry.conflictsAt = bucket.version;
    return (entry.conflictsMemo = out ?? NO_ENTRIES);
  }

  /**
   * The conflicts of every statement of a frame that fits in the window (most
   * frames), each pair compared once: `conflicts` is symmetric, and each
   * statement of such a frame is compared with the others.
   */
  private workOut(bucket: Bucket): void {
    const list = bucket.entries;
    const n = list.length;
    // 0: not compared yet; 1: in conflict; 2: not
    const known = new Uint8Array(n * n);
    for (let i = 0; i < n; i++) {
      const e = list[i];
      if (e.conflictsAt === bucket.version && e.conflictsMemo) continue;
      let out: ClaimEntry[] | undefined;
      let compared = 0;
      for (let j = 0; j < n; j++) {
        const o = list[j];
        if (o.doc === e.doc) continue;
        let k = known[i * n + j];
        if (k === 0) known[i * n + j] = known[j * n + i] = k = conflicts(e, o) ? 1 : 2;
        if (k === 1) {
          if (out) out.push(o);
          else out = [o];
        }
        if (++compared >= MAX_COMPARED) break;
      }
      e.conflictsAt = bucket.version;
      e.conflictsMemo = out ?? NO_ENTRIES;
    }
  }

  /** The same figure in other articles, the same claim (by path). */
  sameAs(entry: ClaimEntry): ClaimEntry[] {
    return this.sameAsFirst(entry, Infinity);
  }

  /**
   * The first `limit` of `sameAs(entry)`: the statements of a popular figure ("3
   * times") run to thousands, and findings show five; filtering the whole list
   * for each statement made findings quadratic in the corpus.
   */
  sameAsFirst(entry: ClaimEntry, limit: number): ClaimEntry[] {
    const group = this.byKey.get(entry.key);
    if (!group) return [];
    const sorted = (group.sorted ??= group.list.slice().sort(byPlace));
    const out: ClaimEntry[] = [];
    if (sorted.length <= SHARE_SPLIT) {
      for (let i = 0; i < sorted.length && out.length < limit; i++) if (consistentRepeat(entry, sorted[i])) out.push(sorted[i]);
      return out;
    }
    // A repeat shares an actor, an object or a qualifier with the statement:
    // only the statements that share one are read, in place order (a merge of
    // the lists by what is shared), not the whole group, which for a popular
    // figure ("3 times") grows with the corpus for each of its statements.
    const byShare = (group.byShare ??= splitByShare(sorted));
    const lists: Int32Array[] = [];
    for (const k of shareKeys(entry)) {
      const list = byShare.get(k);
      if (list) lists.push(list);
    }
    const at = new Array<number>(lists.length).fill(0);
    let last = -1;
    while (out.length < limit) {
      let best = -1;
      let place = sorted.length;
      for (let l = 0; l < lists.length; l++) {
        const list = lists[l];
        if (at[l] < list.length && list[at[l]] < place) {
          place = list[at[l]];
          best = l;
        }
      }
      if (best < 0) break;
      at[best]++;
      if (place === last) continue; // in two lists
      last = place;
      if (consistentRepeat(entry, sorted[place])) out.push(sorted[place]);
    }
    return out;
  }

  /** Where else the figure at `figure` (index in the document's figures) is stated: the same, or in conflict. */
  repeatsOf(uri: string, figure: number): FigureRepeats | undefined {
    const entry = this.entriesOf(uri).find((e) => e.figure === figure);
    if (!entry) return undefined;
    return { entry, same: this.sameAs(entry), conflicting: this.conflictsOf(entry) };
  }

  /** Statements with a conflict, by path (worked out on demand, bucket by bucket). */
  private conflicted(): ClaimEntry[] {
    const out: ClaimEntry[] = [];
    for (const bucket of this.buckets.values()) for (const e of bucket.entries) if (this.conflictsOf(e).length) out.push(e);
    return out.sort(byPlace);
  }

  /** Every conflict once: a statement with the statements that conflict with it, by path. */
  conflictGroups(limit = Infinity): FigureRepeats[] {
    const out: FigureRepeats[] = [];
    const seen = new Set<ClaimEntry>();
    for (const e of this.conflicted()) {
      if (out.length >= limit) break;
      if (seen.has(e)) continue;
      seen.add(e);
      const r: FigureRepeats = { entry: e, same: this.sameAs(e), conflicting: this.conflictsOf(e) };
      for (const c of r.conflicting) seen.add(c);
      for (const s of r.same) seen.add(s);
      out.push(r);
    }
    return out;
  }

  /** Figures stated the same in two or more articles and conflicting nowhere, each group once, most articles first. */
  consistentGroups(limit = 100): FigureRepeats[] {
    const out: FigureRepeats[] = [];
    const seen = new Set<ClaimEntry>();
    const inConflict = (e: ClaimEntry) => this.conflictsOf(e).length > 0;
    for (const { list } of this.byKey.values()) {
      if (list.length < 2) continue;
      for (const e of list) {
        if (seen.has(e) || inConflict(e)) continue;
        const same = this.sameAs(e).filter((o) => !inConflict(o));
        if (!same.length) continue;
        const group = [e, ...same].sort(byPlace);
        for (const g of group) seen.add(g);
        out.push({ entry: group[0], same: group.slice(1), conflicting: [] });
      }
    }
    const articles = (r: FigureRepeats) => new Set([r.entry.uri, ...r.same.map((s) => s.uri)]).size;
    return out.sort((a, b) => articles(b) - articles(a) || byPlace(a.entry, b.entry)).slice(0, limit);
  }

  /** Statements that conflict with at least one other. */
  get conflictCount(): number {
    return this.conflicted().length;
  }
}

// ---------------------------------------------------------------------------
// Findings

const MAX_RELATED = 5;

/** `conflicting-figure` findings of one article. */
export function conflictingFigureFindings(index: ConflictIndex, doc: DocumentAnalysis, severity: Finding['severity']): Finding[] {
  const out: Finding[] = [];
  for (const e of index.entriesOf(doc.uri)) {
    const others = index.conflictsOf(e);
    if (!others.length) continue;
    // enough to show MAX_RELATED and to know whether there are more than three
    const r = { same: index.sameAsFirst(e, Math.max(MAX_RELATED, 4)) };
    const articles = new Set(others.map((o) => o.uri)).size;
    // each shown statement's range and place worked out once (message and related read the same ones)
    const related: RelatedInformation[] = [];
    let shown = '';
    for (let i = 0; i < others.length && i < MAX_RELATED; i++) {
      const o = others[i];
      const range = o.range;
      if (i < 3) shown += `${i ? ', ' : ''}"${o.text}" (${o.path}:${range.start.line + 1})`;
      related.push({ uri: o.uri, range, message: `"${o.text}": ${snippet(o.sentence)}` });
    }
    let message = `Conflicting figure "${e.text}": ${articles === 1 ? 'another article states' : `${articles} other articles state`} the same claim with a different number: ${shown}${others.length > 3 ? ', …' : ''}.`;
    let sameShown = '';
    for (let i = 0; i < r.same.length && i < MAX_RELATED; i++) {
      const o = r.same[i];
      const range = o.range;
      if (i < 3) sameShown += `${i ? ', ' : ''}${o.path}:${range.start.line + 1}`;
      related.push({ uri: o.uri, range, message: 'the same figure' });
    }
    if (r.same.length) message += ` Stated the same in ${sameShown}${r.same.length > 3 ? ', …' : ''}.`;
    out.push({ uri: doc.uri, range: e.range, severity, code: 'conflicting-figure', message, text: e.text, related });
  }
  return out;
}

function snippet(s: string): string {
  return s.length > 140 ? `${s.slice(0, 137)}…` : s;
}
