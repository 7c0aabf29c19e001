// A cross-document index of figures, keyed by the normalised figure (its value
// and what it counts), so a feature can ask "which other articles state this
// figure, and is it sourced there?" ("sourced in seeds/002_...txt:13").
// Kept up to date one document at a time by the Corpus.

import type { CorpusIndex } from './corpus';
import type { DocumentAnalysis } from './analyze';
import type { Figure } from './figures';
import type { Range } from './types';
import { partitionPoint } from './text';

/** One figure as the index holds it. */
export interface IndexedFigure {
  uri: string;
  path: string;
  key: string;
  text: string;
  range: Range;
  sourced: boolean;
  /** The attribution words when sourced. */
  source?: string;
}

function round(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  // an integer of six digits or fewer is exact at six significant digits
  if (Number.isInteger(v) && v < 1e6 && v > -1e6) return String(v);
  // 1.6 million and 1,600,000 meet; 74000 and 74,000 too
  const shortest = String(v);
  // a number written with six significant digits or fewer is its own rounding (toPrecision is slow)
  if (significantDigits(shortest) <= 6) return shortest;
  return String(Number(v.toPrecision(6)));
}

/** Significant digits of a number as String() writes it (leading and trailing zeros left out); Infinity in exponent form. */
function significantDigits(s: string): number {
  let first = -1;
  let last = -1;
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 101 /* e */) return Infinity;
    if (c < 48 || c > 57) continue;
    if (c !== 48) {
      if (first < 0) first = count;
      last = count;
    }
    count++;
  }
  return first < 0 ? 0 : last - first + 1;
}

/** Irregular or odd counted nouns that mean the same thing. */
const SYNONYMS = new Map(Object.entries({
  tonne: 'ton', troop: 'soldier', serviceman: 'soldier', servicemen: 'soldier', person: 'person', people: 'person', round: 'shell',
  'artillery shell': 'shell', usd: 'USD', dollar: 'USD',
}));

/**
 * The key under which a figure is indexed, or undefined when the figure says
 * too little to compare (no value). Two figures share a key when they state
 * the same number of the same thing: "31 M1 Abrams tanks" and "31 Abrams tanks"
 * → "31|tank"; "$1.2bn" and "1.2 billion dollars" → "1200000000|USD".
 */
export function figureKey(f: Figure): string | undefined {
  if (f.value === undefined || !Number.isFinite(f.value)) return undefined;
  let unit = f.unit ?? '';
  unit = SYNONYMS.get(unit.toLowerCase()) ?? unit;
  const value = f.high !== undefined ? `${round(f.value)}-${round(f.high)}` : round(f.value);
  return `${f.vague ? '~' : ''}${value}|${unit}`;
}

/**
 * The figure keys of one article (`figureKey` of each of its figures, in
 * order), worked out once for the indexes that read them one after the other
 * when the article is added (the figure index, then the conflict index). Only
 * the last article asked is remembered. Keys the figure index holds are its
 * buckets' own strings, so the next map keyed by them hashes a string whose
 * hash is known (a fresh key was built and hashed per figure per index).
 */
let keysDoc: DocumentAnalysis | undefined;
let docKeys: (string | undefined)[] = [];

function keysOf(doc: DocumentAnalysis): (string | undefined)[] {
  if (keysDoc !== doc) {
    const figures = doc.figures;
    docKeys = new Array<string | undefined>(figures.length);
    for (let i = 0; i < figures.length; i++) docKeys[i] = figureKey(figures[i]);
    keysDoc = doc;
  }
  return docKeys;
}

/** The figure keys of an article's figures, in order (undefined: a figure with no key). */
export function figureKeysOf(doc: DocumentAnalysis): readonly (string | undefined)[] {
  return keysOf(doc);
}

/**
 * An indexed figure as the index answers it: its article and its place in the
 * article's figures; the rest is read from there when asked. Made when asked
 * (lookups, related information), never kept by the index.
 */
class Entry implements IndexedFigure {
  constructor(
    readonly doc: DocumentAnalysis,
    readonly figure: number,
    readonly key: string,
  ) {}

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
  get sourced(): boolean {
    return !!this.doc.figureAttribution(this.figure)?.sourced;
  }
  get source(): string | undefined {
    return this.doc.figureAttribution(this.figure)?.source?.text;
  }
  get start(): number {
    return this.doc.figureStart(this.figure);
  }
  get range(): Range {
    return this.doc.lines.rangeOf(this.doc.figureSpan(this.figure));
  }
}

/**
 * All the figures under one key, kept in place order (`byPlace`; figures in
 * the same place in the order they were added), so that an article's edit
 * takes out and puts back its own entries and never re-sorts the bucket.
 * One list: the key, then two items a figure, its article and its index in the
 * article's figures times two, plus one when the figure is sourced (`slotOf`;
 * no object per figure of the corpus, 110,000 at 10k articles, nor per bucket
 * beside its list: 22,000 of the 31,000 buckets at 10k hold one figure).
 */
type Bucket = (string | DocumentAnalysis | number)[];

/** Offsets in a bucket: none, or every figure (a bucket whose figures are all sourced). Shared, never written to. */
const NONE: readonly number[] = [];
const ALL: readonly number[] = [];

function keyOf(bucket: Bucket): string {
  return bucket[0] as string;
}
function countOf(bucket: Bucket): number {
  return (bucket.length - 1) / 2;
}
/** Article and figure index of figure `i` of the bucket. */
function docAt(bucket: Bucket, i: number): DocumentAnalysis {
  return bucket[1 + 2 * i] as DocumentAnalysis;
}
function figureAt(bucket: Bucket, i: number): number {
  return (bucket[2 + 2 * i] as number) >> 1;
}
/** Whether figure `i` of the bucket is sourced, read from its slot (no attribution made). */
function sourcedAt(bucket: Bucket, i: number): boolean {
  return ((bucket[2 + 2 * i] as number) & 1) === 1;
}
/**
 * A figure's number in a bucket: its index, and whether it is sourced, which
 * an article's analysis never changes (an edit takes the article's figures out
 * and puts the new ones in). Read once when the figure goes in: the sourced
 * figures of a popular key were worked out again from every figure's
 * attribution after each edit of an article that states it (thousands of
 * calls for "3 times").
 */
function slotOf(doc: DocumentAnalysis, figure: number): number {
  return figure * 2 + (doc.figureAttribution(figure)?.sourced ? 1 : 0);
}

/** Path, then position; within one article offsets order as positions do. */
function byPlace(da: DocumentAnalysis, a: number, db: DocumentAnalysis, b: number): number {
  if (da === db) return da.figureStart(a) - db.figureStart(b);
  if (da.path !== db.path) return da.path < db.path ? -1 : 1;
  if (da.uri === db.uri) return da.figureStart(a) - db.figureStart(b);
  const ra = da.lines.positionAt(da.figureStart(a));
  const rb = db.lines.positionAt(db.figureStart(b));
  return ra.line - rb.line || ra.character - rb.character;
}

/** Small lists (most) stay exact size, not grown with spare room. */
const EXACT_UP_TO = 16;

/** The bucket with the figure in its place: after every figure before or level with it (as a stable sort of the list with the figure appended would). */
function insert(bucket: Bucket, doc: DocumentAnalysis, figure: number): Bucket {
  const n = countOf(bucket);
  const after = (i: number) => byPlace(docAt(bucket, i), figureAt(bucket, i), doc, figure) <= 0;
  // articles come in path order during a scan: the end is the place, mostly
  const at = 1 + 2 * (after(n - 1) ? n : partitionPoint(n, after));
  const slot = slotOf(doc, figure);
  if (n < EXACT_UP_TO) return at === bucket.length ? bucket.concat([doc, slot]) : bucket.slice(0, at).concat([doc, slot], bucket.slice(at));
  if (at === bucket.length) bucket.push(doc, slot);
  else bucket.splice(at, 0, doc, slot);
  return bucket;
}

/** The bucket without the article's figure, found by its place (not by a pass over the bucket). */
function takeOut(bucket: Bucket, doc: DocumentAnalysis, figure: number): Bucket {
  const n = countOf(bucket);
  const cmp = (i: number) => byPlace(docAt(bucket, i), figureAt(bucket, i), doc, figure);
  for (let i = partitionPoint(n, (i) => cmp(i) < 0); i < n && cmp(i) === 0; i++) {
    if (docAt(bucket, i) === doc && figureAt(bucket, i) === figure) {
      const at = 1 + 2 * i;
      if (n <= EXACT_UP_TO) return bucket.slice(0, at).concat(bucket.slice(at + 2));
      bucket.splice(at, 2);
      break;
    }
  }
  return bucket;
}

export class FigureIndex implements CorpusIndex {
  private readonly byKey = new Map<string, Bucket>();
  /**
   * Per key asked: which figures of its bucket are sourced (their indexes in
   * the bucket, in order; ALL when every one is), worked out when asked and
   * dropped when the bucket changes.
   */
  private readonly sourced = new Map<string, readonly number[]>();
  /** Each article with figures as it was added: its entries are found again by its figures' keys and places. */
  private readonly added = new Map<string, DocumentAnalysis>();

  add(doc: DocumentAnalysis): void {
    this.remove(doc);
    const keys = keysOf(doc);
    let indexed = false;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (!key) continue;
      const bucket = this.byKey.get(key);
      if (bucket) {
        // the bucket's string from now on, for the next index that reads the article's keys
        const held = keyOf(bucket);
        keys[i] = held;
        const next = insert(bucket, doc, i);
        if (next !== bucket) this.byKey.set(held, next);
        this.sourced.delete(held);
      } else this.byKey.set(key, [key, doc, slotOf(doc, i)]);
      indexed = true;
    }
    if (indexed) this.added.set(doc.uri, doc);
  }

  remove(doc: DocumentAnalysis): void {
    // the remembered keys keep no article that leaves the index
    if (keysDoc !== undefined && keysDoc.uri === doc.uri) {
      keysDoc = undefined;
      docKeys = [];
    }
    const added = this.added.get(doc.uri);
    if (!added) return;
    this.added.delete(doc.uri);
    const figures = added.figures;
    for (let i = 0; i < figures.length; i++) {
      const key = figureKey(figures[i]);
      const bucket = key === undefined ? undefined : this.byKey.get(key);
      if (!bucket) continue;
      const held = keyOf(bucket);
      const next = takeOut(bucket, added, i);
      this.sourced.delete(held);
      if (countOf(next) === 0) this.byKey.delete(held);
      else if (next !== bucket) this.byKey.set(held, next);
    }
  }

  clear(): void {
    this.byKey.clear();
    this.sourced.clear();
    this.added.clear();
  }

  /** Every figure under the key, in path order, then document order. */
  lookup(key: string): IndexedFigure[] {
    const bucket = this.byKey.get(key);
    if (!bucket) return [];
    const out: IndexedFigure[] = [];
    for (let i = 0; i < countOf(bucket); i++) out.push(new Entry(docAt(bucket, i), figureAt(bucket, i), keyOf(bucket)));
    return out;
  }

  /** Which figures of the bucket are sourced (kept until the bucket changes; ALL when all are). */
  private sourcedOf(bucket: Bucket): readonly number[] {
    const key = keyOf(bucket);
    let sourced = this.sourced.get(key);
    if (!sourced) {
      const list: number[] = [];
      for (let i = 0; i < countOf(bucket); i++) if (sourcedAt(bucket, i)) list.push(i);
      sourced = list.length === countOf(bucket) ? ALL : list.length ? list : NONE;
      this.sourced.set(key, sourced);
    }
    return sourced;
  }

  /** The documents that state a figure under the key. */
  urisWith(key: string): IterableIterator<string> {
    const uris = new Set<string>();
    const bucket = this.byKey.get(key);
    if (bucket) for (let i = 0; i < countOf(bucket); i++) uris.add(docAt(bucket, i).uri);
    return uris.values();
  }

  /** The same figure stated in OTHER documents than `uri`. */
  elsewhere(uri: string, figure: Figure): IndexedFigure[] {
    const key = figureKey(figure);
    const bucket = key ? this.byKey.get(key) : undefined;
    if (!bucket) return [];
    const out: IndexedFigure[] = [];
    for (let i = 0; i < countOf(bucket); i++) if (docAt(bucket, i).uri !== uri) out.push(new Entry(docAt(bucket, i), figureAt(bucket, i), keyOf(bucket)));
    return out;
  }

  /**
   * The same figure stated WITH a source in other documents: what the diagnostic's
   * related information points to. With `limit`, only the first ones: a popular
   * figure ("3 times") is sourced in thousands of articles, and listing them all
   * for each of its unsourced statements made findings quadratic in the corpus.
   */
  sourcedElsewhere(uri: string, figure: Figure, limit = Infinity): IndexedFigure[] {
    const key = figureKey(figure);
    const bucket = key ? this.byKey.get(key) : undefined;
    if (!bucket) return [];
    const sourced = this.sourcedOf(bucket);
    const out: IndexedFigure[] = [];
    const all = sourced === ALL;
    const n = all ? countOf(bucket) : sourced.length;
    for (let j = 0; j < n && out.length < limit; j++) {
      const i = all ? j : sourced[j];
      const doc = docAt(bucket, i);
      if (doc.uri !== uri) out.push(new Entry(doc, figureAt(bucket, i), keyOf(bucket)));
    }
    return out;
  }

  /** Number of distinct keys (for tests and status). */
  get size(): number {
    return this.byKey.size;
  }
}
