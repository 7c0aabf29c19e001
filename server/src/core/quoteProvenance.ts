// Quote provenance: one direct quotation carried by several articles, word for
// word or reworded (two translations of one statement: "stupid attempt to
// justify" and "foolish attempt to justify"), or quoted in part.
//
// Quotations of four words or more are normalised to their words (case,
// curly quotes, hyphens and punctuation do not count). Equal word lists are
// one *variant*; variants are linked when one is an excerpt of the other or
// their words align closely (longest common subsequence). Candidates come from
// shared word trigrams, so linking a new variant reads a few buckets, never the
// corpus. The index is a CorpusIndex: an article's quotations are added and
// removed by difference; a variant and its links go with its last occurrence.
//
// Findings: `quote-drift` (Information) where the same quotation is worded
// differently elsewhere, showing both wordings; `quote-speaker-mismatch` where
// the same quotation is attributed to another person elsewhere (two people,
// not two spellings of one name).

import type { CorpusIndex } from './corpus';
import type { DocumentAnalysis } from './analyze';
import type { ActorKind } from './registry';
import { isNameVariant } from './identity';
import { articleDate } from './articleDate';
import { collapseSpaces, compactString } from './text';
import type { Finding, Range, RelatedInformation, Severity } from './types';

/** Quotations shorter than this many words (scare quotes: "red line", "proxy war") are not matched. */
export const MIN_WORDS = 4;
/** The least alignment (2·LCS / total words) for two wordings to be one quotation reworded. */
export const MIN_REWORDED = 0.7;
/** How many candidate variants a new variant is compared with (most shared trigrams first). */
const MAX_CANDIDATES = 64;
/**
 * Bucket members read in all when looking for candidates, rarest trigrams
 * first (a trigram in thousands of variants says little).
 */
const SCAN_BUDGET = 256;
/**
 * Links kept per variant. A variant with this many links takes no more: a
 * template quoted with thousands of small changes stays bounded, at the price
 * of linking the later variants of such a family to the earlier ones only.
 */
const MAX_LINKS = 16;
/**
 * An excerpt or a rewording this short, of another length than the quotation it is linked to, says nothing
 * about who said it (speaker mismatch): a stock phrase ("change the course of the war") in two people's words.
 */
const MIN_MISMATCH_EXCERPT = 8;
/**
 * A quotation this short, even word for word, says nothing about who said it either: "a new world war",
 * "an act of war" are phrases that many people use, and quote marks around them are no claim of one speaker.
 */
const MIN_MISMATCH_WORDS = 6;
/** Words compared at most (a longer quotation is compared on its first words). */
const MAX_ALIGN = 200;

const STOP = new Set(
  'a an the of to in on at by for with from and or but is are was were be been it its this that as not no we i you he she they our their his her will would has have had'.split(' '),
);

export interface QuoteSpeaker {
  key: string;
  name: string;
  kind: ActorKind;
  registryId?: string;
}

/**
 * One quotation in one article. Kept for every quotation of the corpus, so
 * it keeps no text: its wording is read from the article when asked (findings
 * and navigation only), and every field is set in the constructor (one
 * hidden class, all fields in the object).
 */
export class QuoteOccurrence {
  speaker?: QuoteSpeaker = undefined;
  /** Its index in the document's quotations * 2 + 1 when in a headline (its span is read from the segmentation). */
  readonly #at: number;
  constructor(
    readonly doc: DocumentAnalysis,
    /** Index in the document's `segmentation.quotations` (where its span and inner span are). */
    index: number,
    /** In a headline (headlines abbreviate and capitalise: no drift is reported from them). */
    headline: boolean,
    readonly variant: Variant,
  ) {
    this.#at = index * 2 + (headline ? 1 : 0);
  }

  get index(): number {
    return Math.floor(this.#at / 2);
  }
  get headline(): boolean {
    return this.#at % 2 === 1;
  }
  get start(): number {
    return this.doc.segmentation.quotationStart(this.index);
  }
  get end(): number {
    return this.doc.segmentation.quotationEnd(this.index);
  }

  /** The quoted words as written, whitespace collapsed. */
  get wording(): string {
    let w = recentWordings.get(this);
    if (w === undefined) {
      if (recentWordings.size >= RECENT_WORDINGS) recentWordings.clear();
      const inner = this.doc.segmentation.quotation(this.index)!.inner;
      recentWordings.set(this, (w = collapseSpaces(this.doc.text.slice(inner.start, inner.end), true)));
    }
    return w;
  }
}

/**
 * Wordings read lately: findings read the wording of a family's first
 * statements again for each of its articles (105,000 reads of 22,600
 * occurrences over the 10k bench corpus). A few thousand, emptied when full;
 * an occurrence's wording never changes (its article is analysed again as a new one),
 * and one removed from the index is forgotten, so the cache keeps no removed article.
 */
const RECENT_WORDINGS = 4096;
const recentWordings = new Map<QuoteOccurrence, string>();

export type LinkKind = 'excerpt' | 'reworded';

interface SpeakerTally {
  speaker: QuoteSpeaker;
  count: number;
  first: QuoteOccurrence;
}

/** Shared empty lists and map of variants without links or speakers: never written to (see `link`, `unlink`). */
const NO_LINKS: readonly Variant[] = [];
const NO_SPEAKERS: SpeakerTally[] = [];

/** The tally of a speaker (by key) among a variant's speakers. */
function tallyOf(v: Variant, key: string): SpeakerTally | undefined {
  for (const t of v.speakers) if (t.speaker.key === key) return t;
  return undefined;
}

/** Occurrences in place order: path, then offset (the order a scan meets them in). */
function byPlaceOf(a: QuoteOccurrence, b: QuoteOccurrence): number {
  return a.doc.path < b.doc.path ? -1 : a.doc.path > b.doc.path ? 1 : a.start - b.start;
}

/**
 * Puts a tally (in the list or new) where its first occurrence puts it. A
 * variant's speakers are kept as a scan in path order makes them, whatever
 * order articles came and went in: each with its first occurrence by place,
 * in the order of those. (An edit that leaves an article's quotations as they
 * were then changes nothing the other articles' findings read.)
 */
function placeTally(v: Variant, tally: SpeakerTally): void {
  const speakers = v.speakers;
  const i = speakers.indexOf(tally);
  // already in its place (most moves: an article analysed again keeps its statement's place among the others)
  if (i >= 0 && (i === 0 || byPlaceOf(speakers[i - 1].first, tally.first) <= 0) && (i === speakers.length - 1 || byPlaceOf(tally.first, speakers[i + 1].first) < 0)) return;
  const rest = speakers.filter((t) => t !== tally);
  let at = rest.length;
  while (at > 0 && byPlaceOf(tally.first, rest[at - 1].first) < 0) at--;
  v.speakers = rest.slice(0, at).concat([tally], rest.slice(at));
}

/** The speaker's first statement of the wording taken out: the next by place says who it is now. */
function placeNextFirst(v: Variant, tally: SpeakerTally): void {
  const key = tally.speaker.key;
  let next: QuoteOccurrence | undefined;
  for (const o of v.occurrences) if (o.speaker?.key === key && (next === undefined || byPlaceOf(o, next) < 0)) next = o;
  if (next?.speaker) {
    tally.first = next;
    tally.speaker = next.speaker;
    placeTally(v, tally);
  }
}

/** Links are few (MAX_LINKS at most): exact-size lists, copied on change. */
function link(a: Variant, b: Variant, kind: LinkKind): void {
  a.links = a.links.concat([b]);
  a.kinds = sharedKinds(a.kinds + (kind === 'reworded' ? 'r' : 'e'));
}

function unlink(a: Variant, b: Variant): void {
  const at = a.links.indexOf(b);
  if (at < 0) return;
  if (a.links.length === 1) {
    a.links = NO_LINKS;
    a.kinds = '';
  } else {
    a.links = a.links.slice(0, at).concat(a.links.slice(at + 1));
    a.kinds = sharedKinds(a.kinds.slice(0, at) + a.kinds.slice(at + 1));
  }
}

/**
 * How each link of a variant relates, one letter a link ("e" excerpt, "r" reworded): a short string, and
 * the same few strings shared by every variant (bounded: past the bound a string is kept as made).
 */
const KINDS_STRINGS = new Map<string, string>();
function sharedKinds(kinds: string): string {
  const known = KINDS_STRINGS.get(kinds);
  if (known !== undefined) return known;
  if (KINDS_STRINGS.size >= 4096) return kinds;
  const own = (' ' + kinds).slice(1);
  KINDS_STRINGS.set(own, own);
  return own;
}

/** One wording (normalised words) and where it occurs. */
export class Variant {
  /** In the order they were added (an array: most variants have one; no Set per variant). */
  occurrences: QuoteOccurrence[] = [];
  /** Cache of the earliest occurrence outside headlines (null: none; undefined: not known). */
  firstBody?: QuoteOccurrence | null;
  /** Linked variants (a shared empty map until the first link: most variants have none or few). */
  links: readonly Variant[] = NO_LINKS;
  /** How each link relates (same order as `links`): one letter a link, "e" excerpt or "r" reworded (see `linkKinds`). */
  kinds = '';
  /**
   * Speakers of the occurrences, each with how many and one occurrence that
   * names them, in the order first named (an exact-size list, copied on
   * change while short: most variants have one speaker or none; a shared empty list, never
   * written to, until the first).
   */
  speakers: SpeakerTally[] = NO_SPEAKERS;
  /** How many trigrams index the variant. */
  grams = 0;
  /** Scratch for `newVariant`: the scan that last counted this variant, and its count there. */
  scan = 0;
  shared = 0;
  /** links.length >= MAX_LINKS, kept beside the list: the candidate scan reads it for hundreds of variants. */
  full = false;
  constructor(
    readonly key: string,
    /** The words as ids of the index's dictionary (`QuoteIndex.wordId`; `keptWordIds`). */
    readonly words: WordIds,
  ) {}

  /** How each link relates (same order as `links`): a new list on each read. */
  get linkKinds(): LinkKind[] {
    const out: LinkKind[] = [];
    for (let i = 0; i < this.kinds.length; i++) out.push(this.kindOf(i));
    return out;
  }

  /** How link `i` relates. */
  kindOf(i: number): LinkKind {
    return this.kinds.charCodeAt(i) === 114 /* r */ ? 'reworded' : 'excerpt';
  }
}

/** The words of a quotation, normalised: lower case, curly apostrophes straight, hyphens and punctuation as spaces. */
export function quoteWords(text: string): string[] {
  // by hand, the same as text.toLowerCase().replace(/[’‘`´]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) (a third of the time)
  const lower = text.toLowerCase();
  const n = lower.length;
  const out: string[] = [];
  let i = 0;
  while (i < n) {
    const w = wordUnits(lower, i);
    if (w === 0) {
      i += lower.codePointAt(i)! > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let curly = false;
    i += w;
    for (;;) {
      let k: number;
      while (i < n && (k = wordUnits(lower, i)) > 0) i += k;
      const c = lower.charCodeAt(i);
      if (i + 1 < n && (c === 39 || c === 0x2019 || c === 0x2018 || c === 96 || c === 0xb4) && wordUnits(lower, i + 1) > 0) {
        if (c !== 39) curly = true;
        i++;
        continue;
      }
      break;
    }
    const word = lower.slice(start, i);
    out.push(curly ? word.replace(/[’‘`´]/g, "'") : word);
  }
  return out;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** Code units of the letter or number at `i` (0: none): 1, or 2 for a surrogate pair. */
function wordUnits(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 0;
  const cp = s.codePointAt(i)!;
  const units = cp > 0xffff ? 2 : 1;
  return LETTER_OR_NUMBER.test(s.slice(i, i + units)) ? units : 0;
}

/** Word ids below this make a trigram key of one number (three ids in 51 bits, exact in a double). */
const ID_LIMIT = 1 << 17;

/**
 * The distinct word trigrams of a wording (ids), in order of first
 * appearance, skipping those of three stop words: one number each (a string
 * for ids past ID_LIMIT, a corpus of more words than any language has).
 */
function trigrams(words: WordIds, stop: (id: number) => boolean): (number | string)[] {
  const out = new Set<number | string>();
  for (let i = 0; i + 3 <= words.length && i < MAX_ALIGN; i++) {
    const a = wordIdAt(words, i);
    const b = wordIdAt(words, i + 1);
    const c = wordIdAt(words, i + 2);
    if (stop(a) && stop(b) && stop(c)) continue;
    out.add(a < ID_LIMIT && b < ID_LIMIT && c < ID_LIMIT ? (a * ID_LIMIT + b) * ID_LIMIT + c : `${a} ${b} ${c}`);
  }
  return [...out];
}

let lcsRows = [new Uint16Array(MAX_ALIGN + 1), new Uint16Array(MAX_ALIGN + 1)];

/** Length of the longest common subsequence of two word lists (first MAX_ALIGN words). */
function lcs<T>(a: readonly T[], b: readonly T[]): number {
  const n = Math.min(a.length, MAX_ALIGN);
  const m = Math.min(b.length, MAX_ALIGN);
  // two reused rows (only row 0 and column 0 need zeros: the rest is written before it is read)
  if (lcsRows[0].length <= m) lcsRows = [new Uint16Array(2 * m + 2), new Uint16Array(2 * m + 2)];
  let [prev, cur] = lcsRows;
  prev.fill(0, 0, m + 1);
  cur[0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[m];
}

function containsRun<T>(long: readonly T[], short: readonly T[]): boolean {
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let j = 0; j < short.length; j++) if (long[i + j] !== short[j]) continue outer;
    return true;
  }
  return false;
}

/** How two different wordings relate, if they are one quotation. */
export function relate<T extends string | number>(a: readonly T[], b: readonly T[]): LinkKind | undefined {
  const short = a.length <= b.length ? a : b;
  const long = a.length <= b.length ? b : a;
  if (short.length < MIN_WORDS) return undefined;
  // the words in common (as a bag) bound the aligned words from above
  const bag = new Map<T, number>();
  for (const w of long) bag.set(w, (bag.get(w) ?? 0) + 1);
  let overlap = 0;
  for (const w of short) {
    const n = bag.get(w);
    if (n) {
      overlap++;
      bag.set(w, n - 1);
    }
  }
  return relateWith(short, long, overlap);
}

/** Scratch counts per word id for `relateIds` (zero between calls). */
let idCounts = new Int32Array(1024);

/** `relate` for word ids: the bag of words counted in a reused array, not a Map per pair. */
function relateIds(a: WordIds, b: WordIds): LinkKind | undefined {
  const short = a.length <= b.length ? a : b;
  const long = a.length <= b.length ? b : a;
  if (short.length < MIN_WORDS) return undefined;
  let max = 0;
  for (let i = 0; i < long.length; i++) if (wordIdAt(long, i) > max) max = wordIdAt(long, i);
  for (let i = 0; i < short.length; i++) if (wordIdAt(short, i) > max) max = wordIdAt(short, i);
  if (max >= idCounts.length) idCounts = new Int32Array(Math.max(max + 1, 2 * idCounts.length));
  const counts = idCounts;
  for (let i = 0; i < long.length; i++) counts[wordIdAt(long, i)]++;
  let overlap = 0;
  for (let i = 0; i < short.length; i++) {
    const w = wordIdAt(short, i);
    if (counts[w] > 0) {
      overlap++;
      counts[w]--;
    }
  }
  for (let i = 0; i < long.length; i++) counts[wordIdAt(long, i)] = 0;
  // (relateWith's first test, before the lists it aligns are made)
  const needed = Math.min((MIN_REWORDED * (short.length + long.length)) / 2, short.length >= 6 ? 0.8 * short.length : Infinity);
  if (overlap < short.length && overlap < needed) return undefined;
  return relateWith(wordIdList(short), wordIdList(long), overlap);
}

/**
 * A wording's word ids as a variant keeps them: a string of their codes when
 * every id is below 65536 (one or two bytes an id, one object; a list took a
 * list object and eight bytes an id), else a list.
 */
export type WordIds = readonly number[] | string;

function wordIdAt(words: WordIds, i: number): number {
  return typeof words === 'string' ? words.charCodeAt(i) : words[i];
}

function keptWordIds(ids: readonly number[]): WordIds {
  for (const id of ids) if (id >= 65536) return ids.slice();
  let out = '';
  for (let i = 0; i < ids.length; i += 4096) out += String.fromCharCode(...ids.slice(i, i + 4096));
  return out;
}

function wordIdList(words: WordIds): readonly number[] {
  if (typeof words !== 'string') return words;
  const out = new Array<number>(words.length);
  for (let i = 0; i < words.length; i++) out[i] = words.charCodeAt(i);
  return out;
}

/** The rest of `relate`, given the words the two have in common (as a bag). */
function relateWith<T>(short: readonly T[], long: readonly T[], overlap: number): LinkKind | undefined {
  const needed = Math.min((MIN_REWORDED * (short.length + long.length)) / 2, short.length >= 6 ? 0.8 * short.length : Infinity);
  if (overlap < short.length && overlap < needed) return undefined;
  if (overlap === short.length && short.length < long.length && containsRun(long, short)) return 'excerpt';
  const common = lcs(short, long);
  if ((2 * common) / (short.length + long.length) >= MIN_REWORDED) return 'reworded';
  // a reworded excerpt: most of the shorter one, in order, inside the longer
  if (short.length >= 6 && common >= 0.8 * short.length) return 'reworded';
  return undefined;
}

const NO_OCCURRENCES: readonly QuoteOccurrence[] = [];

function byDateThenPlace(a: QuoteOccurrence, b: QuoteOccurrence): number {
  const da = articleDate(a.doc);
  const db = articleDate(b.doc);
  if (da && db && da !== db) return da < db ? -1 : 1;
  if (da && !db) return -1;
  if (!da && db) return 1;
  return a.doc.path < b.doc.path ? -1 : a.doc.path > b.doc.path ? 1 : a.start - b.start;
}

/** A quotation carried more than once, for the report. */
export interface SharedQuotation {
  /** Earliest article first. */
  occurrences: QuoteOccurrence[];
  /** Distinct wordings (normalised). */
  wordings: number;
  /** Some wordings are rewordings of others (drift). */
  reworded: boolean;
  /** Some are excerpts of others. */
  excerpts: boolean;
  /** Names of the speakers the articles give. */
  speakers: string[];
}

export class QuoteIndex implements CorpusIndex {
  private readonly variants = new Map<string, Variant>();
  /** Trigram → the variants that hold it: one variant alone (most trigrams), else an array (no Set per trigram: they were most of the index's memory). */
  private readonly byTrigram = new Map<number | string, Variant | Variant[]>();
  private readonly byUri = new Map<string, QuoteOccurrence[]>();
  /** Variants whose occurrences' findings may have changed (their links changed). */
  private touchedVariants = new Set<Variant>();
  /**
   * Variants changed since the last `takeTouched`, with what the other
   * occurrences' findings read of them before the first change (`viewOf`). A
   * variant whose view is the same again (an article re-analysed after an edit
   * that left its quotations as they were) touches no one. Kept only once
   * someone takes touched articles: before that, everything is new to them.
   */
  private views = new Map<Variant, string>();
  private tracking = false;
  /** Counts `newVariant` scans (see Variant.scan). */
  private scans = 0;
  /** Quotation words → ids (the variants hold ids), and which ids are stop words. */
  private readonly wordIds = new Map<string, number>();
  private readonly stopIds: boolean[] = [];
  private readonly isStop = (id: number): boolean => this.stopIds[id];

  private wordId(word: string): number {
    let id = this.wordIds.get(word);
    if (id === undefined) {
      this.wordIds.set(word, (id = this.wordIds.size));
      this.stopIds.push(STOP.has(word));
    }
    return id;
  }
  /**
   * One speaker object per person as named (key, name, kind, registry id),
   * shared by the occurrences that name them: tens of thousands of
   * occurrences, a few thousand speakers. Dropped with the index.
   */
  private readonly speakerPool = new Map<string, QuoteSpeaker | QuoteSpeaker[]>();

  private speaker(m: { key: string; name: string; kind: ActorKind; registryId?: string }): QuoteSpeaker {
    // by key, then the rest compared (one speaker per key, almost always): no joined string to make
    const { key, name, kind, registryId } = m;
    const held = this.speakerPool.get(key);
    const same = (x: QuoteSpeaker) => x.name === name && x.kind === kind && x.registryId === registryId;
    if (held !== undefined && !Array.isArray(held) && same(held)) return held;
    if (Array.isArray(held)) for (const x of held) if (same(x)) return x;
    // literals, not spreads: V8 gives each spread copy a hidden class of its own, and these are kept
    const made: QuoteSpeaker = registryId ? { key, name, kind, registryId } : { key, name, kind };
    this.speakerPool.set(key, held === undefined ? made : Array.isArray(held) ? held.concat([made]) : [held, made]);
    return made;
  }
  /** Name-variant answers of the current epoch (see `NamePairs`). */
  private readonly namePairs = new NamePairs();
  /** Counts changes: name-pair answers of an older epoch are stale. */
  private epoch = 0;

  add(doc: DocumentAnalysis): void {
    if (this.byUri.has(doc.uri)) this.removeUri(doc.uri);
    this.addOccurrences(doc);
    this.dropEmptied();
  }

  private addOccurrences(doc: DocumentAnalysis, unplaced?: Map<SpeakerTally, Variant>): void {
    const quotations = doc.segmentation.quotations;
    if (!quotations.length) return;
    this.epoch++;
    const speakers = new Map<number, QuoteSpeaker>();
    for (const q of doc.actors.quotes) {
      const m = doc.actors.mention(q.mention);
      if (m) speakers.set(q.start, this.speaker(m));
    }
    const list: QuoteOccurrence[] = [];
    const sentences = doc.segmentation.sentences;
    let s = 0;
    quotations.forEach((q, index) => {
      const inner = q.inner;
      const raw = doc.text.slice(inner.start, inner.end);
      const words = quoteWords(raw);
      if (words.length < MIN_WORDS) return;
      while (s < sentences.length && sentences[s].end <= q.start) s++;
      const headline = s < sentences.length && sentences[s].kind === 'headline' && sentences[s].start <= q.start;
      const key = words.join(' ');
      const variant = this.variants.get(key) ?? this.newVariant(key, words);
      this.remember(variant);
      const occ = new QuoteOccurrence(doc, index, headline, variant);
      const occurrences = variant.occurrences;
      // small lists exact size, not grown with spare room
      if (occurrences.length < 16) variant.occurrences = occurrences.concat([occ]);
      else occurrences.push(occ);
      // the earliest statement outside headlines, kept by difference (undefined: worked out when asked)
      const fb = variant.firstBody;
      if (!headline && fb !== undefined && (fb === null || byDateThenPlace(occ, fb) < 0)) variant.firstBody = occ;
      const speaker = speakers.get(q.start);
      if (speaker) {
        occ.speaker = speaker;
        const tally = tallyOf(variant, speaker.key);
        const tallies = variant.speakers;
        if (tally) {
          tally.count++;
          const place = byPlaceOf(occ, tally.first);
          // the first statement was taken out by `replace` (`unplaced`): one at its place or before is first now
          if (place < 0 || (place === 0 && unplaced?.has(tally))) {
            unplaced?.delete(tally);
            tally.first = occ;
            tally.speaker = speaker;
            placeTally(variant, tally);
          }
        } else if (tallies.length && byPlaceOf(occ, tallies[tallies.length - 1].first) < 0) placeTally(variant, { speaker, count: 1, first: occ });
        // a scan in path order: the last place
        else if (tallies.length < 16) variant.speakers = tallies.concat([{ speaker, count: 1, first: occ }]);
        else tallies.push({ speaker, count: 1, first: occ });
      }
      list.push(occ);
    });
    // exact size: kept as long as the article
    if (list.length) this.byUri.set(doc.uri, list.slice());
  }

  private newVariant(key: string, text: string[]): Variant {
    const words = text.map((w) => this.wordId(w));
    // the key is kept (and made from a text with curly quotes, two bytes a character): one byte a character when it can be
    const v = new Variant(compactString(key), keptWordIds(words));
    this.variants.set(v.key, v);
    // shared trigrams per candidate, counted on the candidates (a Map per new variant was most of the index's time)
    const scan = ++this.scans;
    const shared: Variant[] = [];
    const keys = trigrams(words, this.isStop);
    const grams = keys.map((g) => this.byTrigram.get(g));
    const size = (held: Variant | Variant[] | undefined) => (held === undefined ? 0 : Array.isArray(held) ? held.length : 1);
    // rarest trigrams first (a stable sort: ties in order of appearance)
    const order = grams.map((_, i) => i).sort((x, y) => size(grams[x]) - size(grams[y]));
    let budget = SCAN_BUDGET;
    const count = (other: Variant) => {
      if (other.full) return;
      if (other.scan === scan) other.shared++;
      else {
        other.scan = scan;
        other.shared = 1;
        shared.push(other);
      }
    };
    for (const i of order) {
      const held = grams[i];
      if (held === undefined) continue;
      if (Array.isArray(held)) {
        for (const other of held) {
          if (budget-- <= 0) break;
          count(other);
        }
      } else if (budget-- > 0) count(held);
      if (budget <= 0) break;
    }
    for (let i = 0; i < keys.length; i++) {
      const held = grams[i];
      if (held === undefined) this.byTrigram.set(keys[i], v);
      else if (Array.isArray(held)) {
        // small buckets (most) exact size, not grown with spare room
        if (held.length < 16) this.byTrigram.set(keys[i], held.concat([v]));
        else held.push(v);
      }
      else this.byTrigram.set(keys[i], [held, v]);
    }
    v.grams = keys.length;
    // one quotation shares a good part of its trigrams with the other (an excerpt all of them)
    const candidates: [Variant, number][] = [];
    for (const o of shared) if (o.shared >= Math.max(1, Math.ceil(0.3 * Math.min(v.grams, o.grams)))) candidates.push([o, o.shared]);
    if (candidates.length > MAX_CANDIDATES) {
      candidates.sort((a, b) => b[1] - a[1] || (a[0].key < b[0].key ? -1 : 1));
      candidates.length = MAX_CANDIDATES;
    }
    for (const [other] of candidates) {
      if (v.links.length >= MAX_LINKS) break;
      const kind = relateIds(words, other.words);
      if (!kind) continue;
      link(v, other, kind);
      link(other, v, kind);
      v.full = v.links.length >= MAX_LINKS;
      other.full = other.links.length >= MAX_LINKS;
      this.touchOccurrences(other);
    }
    return v;
  }

  private touchOccurrences(v: Variant): void {
    this.touchedVariants.add(v);
  }

  /** Keeps the variant's view from before its first change since the last `takeTouched`. */
  private remember(v: Variant): void {
    if (this.tracking && !this.views.has(v)) this.views.set(v, viewOf(v));
  }

  remove(doc: DocumentAnalysis): void {
    this.removeUri(doc.uri);
    this.dropEmptied();
  }

  /**
   * An article analysed again: a wording it alone holds is kept through the
   * change, with its links, when the article still quotes it; not unlinked
   * and linked again, which would touch every article of its family.
   */
  replace(old: DocumentAnalysis, doc: DocumentAnalysis): void {
    // Who said a wording first, when the article held that statement, is looked for among the others only if
    // the article no longer holds it at the same place or earlier (a search through every occurrence of the
    // wording, thousands for a much-quoted one, on each edit of the article that quotes it first).
    const unplaced = new Map<SpeakerTally, Variant>();
    this.removeUri(old.uri, unplaced);
    if (old.uri !== doc.uri && this.byUri.has(doc.uri)) this.removeUri(doc.uri, unplaced);
    this.addOccurrences(doc, unplaced);
    for (const [tally, v] of unplaced) if (tally.count > 0) placeNextFirst(v, tally);
    this.dropEmptied();
  }

  /** Variants left without occurrences by `removeUri`, dropped by `dropEmptied` unless quoted again meanwhile. */
  private emptied: Variant[] = [];

  /** Takes out the article's occurrences; a speaker's first statement among them is looked for again now, or later when `unplaced` is given (see `replace`). */
  private removeUri(uri: string, unplaced?: Map<SpeakerTally, Variant>): void {
    const list = this.byUri.get(uri);
    if (!list) return;
    this.byUri.delete(uri);
    this.epoch++;
    for (const occ of list) {
      const v = occ.variant;
      recentWordings.delete(occ); // not kept (nor its article) once it is gone
      this.remember(v);
      const at = v.occurrences.lastIndexOf(occ);
      if (at >= 0) v.occurrences.splice(at, 1);
      if (v.firstBody === occ) v.firstBody = undefined;
      if (occ.speaker) {
        const tally = tallyOf(v, occ.speaker.key);
        if (tally && --tally.count === 0) v.speakers = v.speakers.length === 1 ? NO_SPEAKERS : v.speakers.filter((t) => t !== tally);
        else if (tally && tally.first === occ) {
          if (unplaced) unplaced.set(tally, v);
          else placeNextFirst(v, tally);
        }
      }
      if (v.occurrences.length === 0) this.emptied.push(v);
    }
  }

  private dropEmptied(): void {
    const emptied = this.emptied;
    this.emptied = [];
    for (const v of emptied) {
      if (v.occurrences.length || this.variants.get(v.key) !== v) continue;
      this.variants.delete(v.key);
      for (const g of trigrams(v.words, this.isStop)) {
        const held = this.byTrigram.get(g);
        if (held === v) this.byTrigram.delete(g);
        else if (Array.isArray(held)) {
          const rest = held.filter((o) => o !== v);
          if (rest.length === 0) this.byTrigram.delete(g);
          else this.byTrigram.set(g, rest.length === 1 ? rest[0] : rest);
        }
      }
      for (const other of v.links) {
        unlink(other, v);
        other.full = other.links.length >= MAX_LINKS;
        this.touchOccurrences(other);
      }
    }
  }

  clear(): void {
    this.epoch++;
    recentWordings.clear();
    this.variants.clear();
    this.wordIds.clear();
    this.stopIds.length = 0;
    this.byTrigram.clear();
    this.byUri.clear();
    this.speakerPool.clear();
    this.touchedVariants.clear();
    this.views.clear();
  }

  /**
   * Articles other than the changed one whose quotation findings may have
   * changed since the last call: the occurrences of variants whose links
   * changed, and of the family of each variant whose view changed (its own
   * occurrences read its other speakers, the linked ones its first statement
   * and its speakers).
   */
  takeTouched(): string[] {
    const touched = this.touchedVariants;
    for (const [v, before] of this.views) {
      if (v.occurrences.length === 0 || viewOf(v) === before) continue;
      touched.add(v);
      for (const l of v.links) touched.add(l);
    }
    const out = new Set<string>();
    for (const v of touched) for (const o of v.occurrences) out.add(o.doc.uri);
    this.touchedVariants = new Set();
    this.views = new Map();
    this.tracking = true;
    return [...out];
  }

  occurrencesOf(uri: string): readonly QuoteOccurrence[] {
    return this.byUri.get(uri) ?? [];
  }

  /** The quotation (of four words or more) at an offset of an article. */
  at(uri: string, offset: number): QuoteOccurrence | undefined {
    return this.occurrencesOf(uri).find((o) => offset >= o.start && offset <= o.end);
  }

  /**
   * Every occurrence of the quotation: the same words, excerpts and rewordings,
   * earliest article date first (dated articles before undated), then by path.
   */
  family(occ: QuoteOccurrence, limit = 200): QuoteOccurrence[] {
    const out: QuoteOccurrence[] = [];
    const push = (v: Variant) => {
      for (const o of v.occurrences) {
        if (out.length >= limit) return;
        out.push(o);
      }
    };
    push(occ.variant);
    for (const v of [...occ.variant.links].sort((a, b) => (a.key < b.key ? -1 : 1))) push(v);
    return out.sort(byDateThenPlace);
  }

  /** The earliest occurrence of a variant outside headlines (by article date, then place). */
  static firstInBody(v: Variant): QuoteOccurrence | undefined {
    if (v.firstBody !== undefined) return v.firstBody ?? undefined;
    let first: QuoteOccurrence | null = null;
    for (const o of v.occurrences) if (!o.headline && (first === null || byDateThenPlace(o, first) < 0)) first = o;
    v.firstBody = first;
    return v.firstBody ?? undefined;
  }

  /** Other wordings of the quotation: linked variants reworded (not excerpts), by key. */
  rewordings(occ: QuoteOccurrence): Variant[] {
    const kinds = occ.variant.linkKinds;
    return occ.variant.links.filter((_, i) => kinds[i] === 'reworded').sort((a, b) => (a.key < b.key ? -1 : 1));
  }

  /**
   * The first body occurrence of each other wording of the quotation (see
   * `rewordings`): worked out on each call (a few links, each with its first
   * body occurrence remembered), not kept per variant (2 MB at 10k articles).
   */
  driftOf(occ: QuoteOccurrence): readonly QuoteOccurrence[] {
    const out: QuoteOccurrence[] = [];
    for (const r of this.rewordings(occ)) {
      const first = QuoteIndex.firstInBody(r);
      if (first) out.push(first);
    }
    return out.length ? out : NO_OCCURRENCES;
  }

  /**
   * Occurrences of the quotation (any wording) attributed to other people
   * than the occurrence's speaker, one per person, at most MAX_RELATED + 1.
   */
  mismatchOf(occ: QuoteOccurrence): readonly QuoteOccurrence[] {
    const mine = occ.speaker;
    if (!mine || occ.variant.words.length < MIN_MISMATCH_WORDS) return NO_OCCURRENCES;
    // not kept: an answer is per variant and speaker, and few occurrences share both (2 MB at 10k for few hits)
    const v = occ.variant;
    let elsewhere: QuoteOccurrence[] | undefined;
    // the keys of the people found (MAX_RELATED + 1 at most: a list, not a Set per call)
    const names: string[] = [];
    const pairs = this.namePairs.at(this.epoch);
    const links = v.links;
    // the variant, then its links (no spread copy of the family per call)
    search: for (let i = -1; i < links.length; i++) {
      // a stock phrase inside another's words is no evidence of one quotation: "change the course of the war"
      // in "could change the course of the war" and in "not going to change the course of the war"
      // (or in a longer one reworded: "not going to change the course of this war")
      if (i >= 0 && Math.min(v.words.length, links[i].words.length) < MIN_MISMATCH_EXCERPT && (v.kindOf(i) === 'excerpt' || Math.abs(v.words.length - links[i].words.length) >= 2)) continue;
      const tallies = i < 0 ? v.speakers : links[i].speakers;
      for (let j = 0; j < tallies.length; j++) {
        const { speaker, first } = tallies[j];
        if (names.includes(speaker.key) || !differentPeople(mine, speaker, pairs)) continue;
        names.push(speaker.key);
        if (elsewhere) elsewhere.push(first);
        else elsewhere = [first];
        if (elsewhere.length > MAX_RELATED) break search;
      }
    }
    return elsewhere ?? NO_OCCURRENCES;
  }

  /** Groups for the report: quotations carried by two or more articles, most articles first. */
  sharedQuotations(limit = 100): SharedQuotation[] {
    const seen = new Set<Variant>();
    const out: SharedQuotation[] = [];
    const sorted = [...this.variants.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
    for (const v of sorted) {
      if (seen.has(v)) continue;
      // the connected family of variants
      const family = new Set<Variant>([v]);
      const stack = [v];
      while (stack.length && family.size < 50) {
        const x = stack.pop()!;
        for (const l of x.links) if (!family.has(l)) family.add(l), stack.push(l);
      }
      for (const f of family) seen.add(f);
      const occurrences = [...family].flatMap((f) => [...f.occurrences]);
      const articles = new Set(occurrences.map((o) => o.doc.uri)).size;
      if (articles < 2 && family.size < 2) continue;
      const speakers = [...new Set(occurrences.flatMap((o) => (o.speaker ? [o.speaker.name] : [])))];
      const kinds = new Set([...family].flatMap((f) => f.linkKinds));
      out.push({ occurrences: occurrences.sort(byDateThenPlace), wordings: family.size, reworded: kinds.has('reworded'), excerpts: kinds.has('excerpt'), speakers });
    }
    const articles = (g: { occurrences: QuoteOccurrence[] }) => new Set(g.occurrences.map((o) => o.doc.uri)).size;
    return out.sort((a, b) => articles(b) - articles(a) || b.wordings - a.wordings).slice(0, limit);
  }

  get variantCount(): number {
    return this.variants.size;
  }
}

// ---------------------------------------------------------------------------
// Navigation

export interface QuoteLocation {
  uri: string;
  path: string;
  range: Range;
  date?: string;
  wording: string;
}

function locationOf(o: QuoteOccurrence): QuoteLocation {
  const date = articleDate(o.doc);
  return { uri: o.doc.uri, path: o.doc.path, range: o.doc.lines.rangeOf(o), wording: o.wording, ...(date ? { date } : {}) };
}

/** References on a quotation: every occurrence, itself included, earliest article first. */
export function quoteReferences(index: QuoteIndex, uri: string, offset: number): QuoteLocation[] | undefined {
  const occ = index.at(uri, offset);
  if (!occ) return undefined;
  return index.family(occ).map(locationOf);
}

/** Definition on a quotation: its other occurrences, earliest article first (empty when it is the only one). */
export function quoteDefinition(index: QuoteIndex, uri: string, offset: number): QuoteLocation[] | undefined {
  const occ = index.at(uri, offset);
  if (!occ) return undefined;
  return index.family(occ).filter((o) => o !== occ).map(locationOf);
}

// ---------------------------------------------------------------------------
// Findings

const MAX_RELATED = 5;

function shorten(s: string, n = 100): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function placeOf(o: QuoteOccurrence): string {
  const r = o.doc.lines.rangeOf(o);
  return `${o.doc.uri}\u0000${o.doc.path}\u0000${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/**
 * What the findings of other occurrences read of a variant: its first
 * statement outside headlines (drift, on the linked variants) and its speakers
 * with the occurrence that names each (speaker mismatch, on its own
 * occurrences and the linked ones), in the order they are read.
 */
function viewOf(v: Variant): string {
  const first = QuoteIndex.firstInBody(v);
  let view = first ? `${placeOf(first)}\u0000${first.wording}` : '';
  for (const { speaker, first: f } of v.speakers) view += `\u0001${speaker.key}\u0000${speaker.name}\u0000${speaker.kind}\u0000${speaker.registryId ?? ''}\u0000${placeOf(f)}`;
  return view;
}

/** Are these two speakers different people (not one person spelled two ways)? */
function differentPeople(a: QuoteSpeaker, b: QuoteSpeaker, pairs: NamePairs): boolean {
  if (a.kind !== 'person' || b.kind !== 'person' || a.key === b.key) return false;
  if (a.registryId && a.registryId === b.registryId) return false;
  return !pairs.variant(a.name, b.name);
}

/**
 * `isNameVariant`, remembered per pair of names: mismatch findings ask it for
 * every occurrence with a speaker against the speakers of its quotation's
 * family, and the same people meet again and again (130,000 questions, 71,000
 * pairs of 506 names at 10k). A map per name, not a joined key (names are
 * shared strings that keep their hash; a joined one is hashed anew). Kept by
 * the index while it does not change (a findings pass), then let go; bounded.
 */
class NamePairs {
  private rows = new Map<string, Map<string, boolean>>();
  private count = 0;
  private epoch = -1;

  /** Forgets the answers when the index changed since they were asked. */
  at(epoch: number): NamePairs {
    if (epoch !== this.epoch) this.reset(epoch);
    return this;
  }

  private reset(epoch: number): void {
    this.rows = new Map();
    this.count = 0;
    this.epoch = epoch;
  }

  variant(a: string, b: string): boolean {
    let row = this.rows.get(a);
    let known = row?.get(b);
    if (known !== undefined) return known;
    if (this.count >= MAX_PAIRS) {
      this.reset(this.epoch);
      row = undefined;
    }
    if (!row) this.rows.set(a, (row = new Map()));
    row.set(b, (known = isNameVariant(a, b)));
    this.count++;
    return known;
  }
}

const MAX_PAIRS = 1 << 18;

/** `quote-drift` and `quote-speaker-mismatch` findings of one article. */
export function quoteFindings(index: QuoteIndex, doc: DocumentAnalysis, severities: { drift: Severity | 'off'; mismatch: Severity | 'off' }): Finding[] {
  const out: Finding[] = [];
  for (const occ of index.occurrencesOf(doc.uri)) {
    // worked out for the first finding of the occurrence (most occurrences have none or one)
    let range: Range | undefined;
    if (severities.drift !== 'off' && !occ.headline) {
      const others = index.driftOf(occ);
      if (others.length) {
        // each shown wording and place worked out once (message and related read the same ones)
        const related: RelatedInformation[] = [];
        let shown = '';
        for (let i = 0; i < others.length && i < MAX_RELATED; i++) {
          const o = others[i];
          const range = o.doc.lines.rangeOf(o);
          const wording = shorten(o.wording);
          const place = `${o.doc.path}:${range.start.line + 1}`;
          if (i < 3) shown += `${i ? '; ' : ''}"${wording}" (${place})`;
          related.push({ uri: o.doc.uri, range, message: `worded "${wording}"` });
        }
        out.push({
          uri: doc.uri,
          range: (range ??= doc.lines.rangeOf(occ)),
          severity: severities.drift,
          code: 'quote-drift',
          message: `Quotation worded differently elsewhere: "${shorten(occ.wording)}" here; ${shown}${others.length > 3 ? '; …' : ''}.`,
          text: doc.text.slice(occ.start, occ.end),
          related,
        });
      }
    }
    if (severities.mismatch !== 'off' && occ.speaker) {
      const mine = occ.speaker;
      const elsewhere = index.mismatchOf(occ);
      if (elsewhere.length) {
        const related: RelatedInformation[] = [];
        let shown = '';
        for (let i = 0; i < elsewhere.length && i < MAX_RELATED; i++) {
          const o = elsewhere[i];
          const range = o.doc.lines.rangeOf(o);
          if (i < 3) shown += `${i ? ', ' : ''}${o.speaker!.name} in ${o.doc.path}:${range.start.line + 1}`;
          related.push({ uri: o.doc.uri, range, message: `attributed to ${o.speaker!.name}` });
        }
        out.push({
          uri: doc.uri,
          range: (range ??= doc.lines.rangeOf(occ)),
          severity: severities.mismatch,
          code: 'quote-speaker-mismatch',
          message: `Quotation attributed to ${mine.name} here but to ${shown}${elsewhere.length > 3 ? ', …' : ''}.`,
          text: doc.text.slice(occ.start, occ.end),
          related,
        });
      }
    }
  }
  return out;
}
