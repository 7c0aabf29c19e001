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
 * Each figure is two items of `places`, its article and its index in the
 * article's figures: no object per figure of the corpus (110,000 at 10k
 * articles, 48 bytes each).
 */
interface Bucket {
  key: string;
  /** Article, figure index, article, figure index, ... in place order. */
  places: (DocumentAnalysis | number)[];
  /**
   * Where the sourced figures are in `places` (even offsets), in the same
   * order: worked out when asked, dropped when the bucket changes (ALL when
   * every figure is sourced).
   */
  sourced?: readonly number[];
}

/** Offsets in a bucket's places: none, or every figure (a bucket whose figures are all sourced). Shared, never written to. */
const NONE: readonly number[] = [];
const ALL: readonly number[] = [];

function docAt(bucket: Bucket, k: number): DocumentAnalysis {
  return bucket.places[k] as DocumentAnalysis;
}
function figureAt(bucket: Bucket, k: number): number {
  return bucket.places[k + 1] as number;
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
const EXACT_UP_TO = 32;

/** Puts the figure in its place: after every figure before or level with it (as a stable sort of the list with the figure appended would). */
function insert(bucket: Bucket, doc: DocumentAnalysis, figure: number): void {
  const places = bucket.places;
  const n = places.length / 2;
  const after = (i: number) => byPlace(docAt(bucket, 2 * i), figureAt(bucket, 2 * i), doc, figure) <= 0;
  // articles come in path order during a scan: the end is the place, mostly
  const at = 2 * (after(n - 1) ? n : partitionPoint(n, after));
  if (places.length < EXACT_UP_TO) bucket.places = at === places.length ? places.concat([doc, figure]) : places.slice(0, at).concat([doc, figure], places.slice(at));
  else if (at === places.length) places.push(doc, figure);
  else places.splice(at, 0, doc, figure);
  bucket.sourced = undefined;
}

/** Takes out the article's figure, found by its place (not by a pass over the bucket). */
function takeOut(bucket: Bucket, doc: DocumentAnalysis, figure: number): void {
  const places = bucket.places;
  const n = places.length / 2;
  const cmp = (i: number) => byPlace(docAt(bucket, 2 * i), figureAt(bucket, 2 * i), doc, figure);
  for (let i = partitionPoint(n, (i) => cmp(i) < 0); i < n && cmp(i) === 0; i++) {
    if (places[2 * i] === doc && places[2 * i + 1] === figure) {
      if (places.length <= EXACT_UP_TO) bucket.places = places.slice(0, 2 * i).concat(places.slice(2 * i + 2));
      else places.splice(2 * i, 2);
      break;
    }
  }
  bucket.sourced = undefined;
}

export class FigureIndex implements CorpusIndex {
  private readonly byKey = new Map<string, Bucket>();
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
        keys[i] = bucket.key;
        insert(bucket, doc, i);
      } else this.byKey.set(key, { key, places: [doc, i], sourced: undefined });
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
      takeOut(bucket, added, i);
      if (bucket.places.length === 0) this.byKey.delete(bucket.key);
    }
  }

  clear(): void {
    this.byKey.clear();
    this.added.clear();
  }

  /** Every figure under the key, in path order, then document order. */
  lookup(key: string): IndexedFigure[] {
    const bucket = this.byKey.get(key);
    if (!bucket) return [];
    const out: IndexedFigure[] = [];
    for (let k = 0; k < bucket.places.length; k += 2) out.push(new Entry(docAt(bucket, k), figureAt(bucket, k), bucket.key));
    return out;
  }

  /** Where the sourced figures under the key are in its bucket (kept until the bucket changes; ALL when all are sourced). */
  private sourcedOf(bucket: Bucket): readonly number[] {
    if (!bucket.sourced) {
      const sourced: number[] = [];
      for (let k = 0; k < bucket.places.length; k += 2) if (docAt(bucket, k).figureAttribution(figureAt(bucket, k))?.sourced) sourced.push(k);
      bucket.sourced = sourced.length === bucket.places.length / 2 ? ALL : sourced.length ? sourced : NONE;
    }
    return bucket.sourced;
  }

  /** The documents that state a figure under the key. */
  urisWith(key: string): IterableIterator<string> {
    const uris = new Set<string>();
    const bucket = this.byKey.get(key);
    if (bucket) for (let k = 0; k < bucket.places.length; k += 2) uris.add(docAt(bucket, k).uri);
    return uris.values();
  }

  /** The same figure stated in OTHER documents than `uri`. */
  elsewhere(uri: string, figure: Figure): IndexedFigure[] {
    const key = figureKey(figure);
    const bucket = key ? this.byKey.get(key) : undefined;
    if (!bucket) return [];
    const out: IndexedFigure[] = [];
    for (let k = 0; k < bucket.places.length; k += 2) if (docAt(bucket, k).uri !== uri) out.push(new Entry(docAt(bucket, k), figureAt(bucket, k), bucket.key));
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
    const n = all ? bucket.places.length / 2 : sourced.length;
    for (let i = 0; i < n && out.length < limit; i++) {
      const k = all ? 2 * i : sourced[i];
      const doc = docAt(bucket, k);
      if (doc.uri !== uri) out.push(new Entry(doc, figureAt(bucket, k), bucket.key));
    }
    return out;
  }

  /** Number of distinct keys (for tests and status). */
  get size(): number {
    return this.byKey.size;
  }
}
