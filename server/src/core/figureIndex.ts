// A cross-document index of figures, keyed by the normalised figure (its value
// and what it counts), so a feature can ask "which other articles state this
// figure, and is it sourced there?" ("sourced in seeds/002_...txt:13").
// Kept up to date one document at a time by the Corpus.

import type { CorpusIndex } from './corpus';
import type { DocumentAnalysis, JudgedFigure } from './analyze';
import type { Figure } from './figures';
import type { Range } from './types';

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
  // 1.6 million and 1,600,000 meet; 74000 and 74,000 too
  return String(Number(v.toPrecision(6)));
}

/** Irregular or odd counted nouns that mean the same thing. */
const SYNONYMS: Record<string, string> = {
  tonne: 'ton', troop: 'soldier', serviceman: 'soldier', servicemen: 'soldier', person: 'person', people: 'person', round: 'shell',
  'artillery shell': 'shell', usd: 'USD', dollar: 'USD',
};

/**
 * The key under which a figure is indexed, or undefined when the figure says
 * too little to compare (no value). Two figures share a key when they state
 * the same number of the same thing: "31 M1 Abrams tanks" and "31 Abrams tanks"
 * → "31|tank"; "$1.2bn" and "1.2 billion dollars" → "1200000000|USD".
 */
export function figureKey(f: Figure): string | undefined {
  if (f.value === undefined || !Number.isFinite(f.value)) return undefined;
  let unit = f.unit ?? '';
  unit = SYNONYMS[unit.toLowerCase()] ?? unit;
  const value = f.high !== undefined ? `${round(f.value)}-${round(f.high)}` : round(f.value);
  return `${f.vague ? '~' : ''}${value}|${unit}`;
}

export class FigureIndex implements CorpusIndex {
  private readonly byKey = new Map<string, Map<string, IndexedFigure[]>>();
  private readonly keysByUri = new Map<string, Set<string>>();

  add(doc: DocumentAnalysis): void {
    this.remove(doc);
    const keys = new Set<string>();
    for (const f of doc.figures as JudgedFigure[]) {
      const key = figureKey(f);
      if (!key) continue;
      let perDoc = this.byKey.get(key);
      if (!perDoc) this.byKey.set(key, (perDoc = new Map()));
      let list = perDoc.get(doc.uri);
      if (!list) perDoc.set(doc.uri, (list = []));
      const entry: IndexedFigure = { uri: doc.uri, path: doc.path, key, text: f.text, range: doc.lines.rangeOf(f), sourced: !!f.attribution?.sourced };
      if (f.attribution?.source) entry.source = f.attribution.source.text;
      list.push(entry);
      keys.add(key);
    }
    if (keys.size) this.keysByUri.set(doc.uri, keys);
  }

  remove(doc: DocumentAnalysis): void {
    const keys = this.keysByUri.get(doc.uri);
    if (!keys) return;
    for (const key of keys) {
      const perDoc = this.byKey.get(key);
      if (!perDoc) continue;
      perDoc.delete(doc.uri);
      if (perDoc.size === 0) this.byKey.delete(key);
    }
    this.keysByUri.delete(doc.uri);
  }

  clear(): void {
    this.byKey.clear();
    this.keysByUri.clear();
  }

  /** Every figure under the key, in path order, then document order. */
  lookup(key: string): IndexedFigure[] {
    const perDoc = this.byKey.get(key);
    if (!perDoc) return [];
    const out: IndexedFigure[] = [];
    for (const list of perDoc.values()) out.push(...list);
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character));
  }

  /** The documents that state a figure under the key. */
  urisWith(key: string): IterableIterator<string> {
    return (this.byKey.get(key) ?? new Map<string, IndexedFigure[]>()).keys();
  }

  /** The same figure stated in OTHER documents than `uri`. */
  elsewhere(uri: string, figure: Figure): IndexedFigure[] {
    const key = figureKey(figure);
    return key ? this.lookup(key).filter((e) => e.uri !== uri) : [];
  }

  /** The same figure stated WITH a source in other documents: what the diagnostic's related information points to. */
  sourcedElsewhere(uri: string, figure: Figure): IndexedFigure[] {
    return this.elsewhere(uri, figure).filter((e) => e.sourced);
  }

  /** Number of distinct keys (for tests and status). */
  get size(): number {
    return this.byKey.size;
  }
}
