// Test helpers: positions found by text, never by counted columns, and an
// in-memory workspace for the core.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Workspace, WorkspaceFile, ReadResult } from '../src/core/workspace';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const FIXTURES = path.join(REPO_ROOT, 'server/test/fixtures');
export const SEEDS = path.join(REPO_ROOT, 'seeds');

/** Offset of the `occurrence`-th (0-based) `needle` in `text`; throws if absent. */
export function offsetOf(text: string, needle: string, occurrence = 0): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${occurrence}) not found in text`);
  }
  return at;
}

/**
 * Inline text with markers: `[[...]]` marks spans. Returns the text without the
 * markers and the marked spans in order, with their texts.
 */
export function marked(source: string): { text: string; spans: { start: number; end: number; text: string }[] } {
  let text = '';
  const spans: { start: number; end: number; text: string }[] = [];
  const re = /\[\[([\s\S]*?)\]\]/g;
  let last = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    text += source.slice(last, m.index);
    const start = text.length;
    text += m[1];
    spans.push({ start, end: text.length, text: m[1] });
    last = m.index + m[0].length;
  }
  text += source.slice(last);
  return { text, spans };
}

export function readSeed(name: string): string {
  return fs.readFileSync(path.join(SEEDS, name), 'utf8');
}

export function seedNames(): string[] {
  return fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
}

/** A workspace held in memory: path -> text (or bytes). URIs are `mem:///path`. */
export class MemoryWorkspace implements Workspace {
  readonly files = new Map<string, Uint8Array>();

  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [p, content] of Object.entries(files)) this.set(p, content);
  }

  set(p: string, content: string | Uint8Array): void {
    this.files.set(p, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  }

  delete(p: string): void {
    this.files.delete(p);
  }

  uriFor(p: string): string {
    return `mem:///${p}`;
  }

  async *listFiles(): AsyncIterable<WorkspaceFile> {
    for (const [p, bytes] of [...this.files].sort()) yield { uri: this.uriFor(p), path: p, size: bytes.length };
  }

  async readFile(uri: string): Promise<ReadResult> {
    const p = uri.replace(/^mem:\/\/\//, '');
    const bytes = this.files.get(p);
    return bytes ? { bytes } : { error: `ENOENT: no such file ${p}`, missing: true };
  }
}

// ---------------------------------------------------------------------------
// Actor scoring against gold labels (gold-actors and own-article tests).

export interface GoldActor {
  name: string;
  kind: string;
  mentions: string[];
  role?: string;
}

export interface DetectedMention {
  text: string;
  kind: string;
  key: string;
  name: string;
  registryId?: string;
}

export interface ActorScore {
  kind: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  misses: string[];
  extras: string[];
}

/**
 * Scores one corpus: a gold surface form counts as found when a detected mention
 * of the same kind with exactly that text in that article belongs to the right
 * actor (its canonical name, a registry spelling, or one of the gold actor's
 * surface forms names it); a detected (actor, text) pair is correct when some
 * gold actor of that article lists the text and is the right actor.
 */
export function scoreActors(
  articles: { name: string; gold: GoldActor[]; detected: DetectedMention[] }[],
  same: (detected: DetectedMention, gold: GoldActor) => boolean,
  kinds = ['person', 'organization'],
): { scores: ActorScore[]; wrongMerges: string[] } {
  const scores: ActorScore[] = [];
  const keyToGold = new Map<string, Set<string>>();
  for (const kind of kinds) {
    const s: ActorScore = { kind, tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, misses: [], extras: [] };
    for (const art of articles) {
      const gold = art.gold.filter((g) => g.kind === kind);
      const det = art.detected.filter((d) => d.kind === kind);
      for (const g of gold) {
        for (const surface of new Set(g.mentions)) {
          if (det.some((d) => d.text === surface && same(d, g))) s.tp++;
          else {
            s.fn++;
            s.misses.push(`${art.name}: ${g.name} "${surface}"`);
          }
        }
      }
      const pairs = new Map<string, DetectedMention>();
      for (const d of det) pairs.set(`${d.key}\u0000${d.text}`, d);
      for (const d of pairs.values()) {
        const g = art.gold.find((x) => (kinds.includes(x.kind) ? x.kind === kind : false) && x.mentions.includes(d.text) && same(d, x));
        if (!g) {
          s.fp++;
          s.extras.push(`${art.name}: ${d.kind} "${d.text}" (${d.key})`);
        } else if (!d.key.startsWith('short:')) {
          const set = keyToGold.get(d.key) ?? new Set<string>();
          set.add(g.name);
          keyToGold.set(d.key, set);
        }
      }
    }
    const found = s.tp;
    const detectedPairs = s.tp === 0 && s.fp === 0 ? 1 : undefined;
    s.recall = s.tp + s.fn ? found / (s.tp + s.fn) : 1;
    // precision over distinct detected pairs: correct pairs / all pairs
    const correctPairs = articles.reduce((n, art) => {
      const det = art.detected.filter((d) => d.kind === kind);
      const pairs = new Map<string, DetectedMention>();
      for (const d of det) pairs.set(`${d.key}\u0000${d.text}`, d);
      let c = 0;
      for (const d of pairs.values()) if (art.gold.some((x) => x.kind === kind && x.mentions.includes(d.text) && same(d, x))) c++;
      return n + c;
    }, 0);
    s.precision = detectedPairs ?? (correctPairs + s.fp ? correctPairs / (correctPairs + s.fp) : 1);
    scores.push(s);
  }
  const wrongMerges = [...keyToGold].filter(([, names]) => names.size > 1).map(([k, names]) => `${k}: ${[...names].join(' / ')}`);
  return { scores, wrongMerges };
}

export function scoreLine(label: string, scores: ActorScore[]): string {
  return `# ${label}: ` + scores.map((s) => `${s.kind} P=${s.precision.toFixed(2)} R=${s.recall.toFixed(2)}`).join('; ');
}

/** A corpus of the seed articles with seeds/actors.yaml as registry, and its actor index. */
export function seedCorpus(registryText?: string): { corpus: import('../src/core/corpus').Corpus; index: import('../src/core/actorIndex').ActorIndex; uri: (seed: string) => string; registryUri: string } {
  // required lazily so util.ts stays usable by tests that do not need the corpus
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Corpus } = require('../src/core/corpus') as typeof import('../src/core/corpus');
  const corpus = new Corpus();
  const index = corpus.actors;
  const registryUri = 'mem:///seeds/actors.yaml';
  corpus.setRegistry(registryUri, 'seeds/actors.yaml', registryText ?? fs.readFileSync(path.join(SEEDS, 'actors.yaml'), 'utf8'));
  for (const name of seedNames()) corpus.setDocument(`mem:///seeds/${name}`, `seeds/${name}`, readSeed(name));
  return { corpus, index, uri: (seed: string) => `mem:///seeds/${seedNames().find((n) => n.startsWith(seed)) ?? seed}`, registryUri };
}

// ---------------------------------------------------------------------------
// Figure gold (issue 3): compare the analysis with a gold figures list.

import { segment as segmentText } from '../src/core/sentences';
import { findFigures as findTextFigures } from '../src/core/figures';
import { attribute as attributeFigure } from '../src/core/attribution';
import { LineIndex as FigureLineIndex } from '../src/core/text';

/** One figure of a gold file (server/test/fixtures/gold, server/test/fixtures/articles). */
export interface GoldFigure {
  line: number;
  text: string;
  sourced: boolean;
  source?: string;
}

export interface FigureJudgement {
  gold: GoldFigure[];
  found: { line: number; text: string; sourced: boolean; source?: string }[];
  /** Human-readable differences; empty when the article comes out exactly. */
  problems: string[];
  /** Gold figures found (same line and text), with both labels. */
  matched: { gold: GoldFigure; sourced: boolean; source?: string; sourceOk: boolean }[];
}

/**
 * Analyses `text` with the core (segment, findFigures, attribute) and compares
 * with the gold: every gold figure found with exactly its text on its line, the
 * sourced label right, the source words overlapping the gold's, no other figure.
 */
export function judgeArticle(text: string, gold: GoldFigure[]): FigureJudgement {
  const lines = new FigureLineIndex(text);
  const seg = segmentText(text);
  const found = findTextFigures(text, seg).map((f) => {
    const a = attributeFigure(text, seg, f);
    return { line: lines.positionAt(f.start).line + 1, text: f.text, sourced: a.sourced, source: a.source?.text, sourceSpan: a.source };
  });
  const problems: string[] = [];
  const matched: FigureJudgement['matched'] = [];
  const used = new Set<number>();
  for (const g of gold) {
    const k = found.findIndex((f, i) => !used.has(i) && f.line === g.line && f.text === g.text);
    if (k < 0) {
      const near = found.filter((f) => f.line === g.line).map((f) => JSON.stringify(f.text));
      problems.push(`missed line ${g.line} "${g.text}"${near.length ? ` (found ${near.join(', ')})` : ''}`);
      continue;
    }
    used.add(k);
    const f = found[k];
    let sourceOk = true;
    if (g.sourced && f.sourced && g.source && f.sourceSpan) {
      // the gold's attribution words (the parts around "...") must overlap the source found
      const lineStart = lines.lineStart(Math.max(0, g.line - 3));
      const lineEnd = lines.lineEnd(g.line - 1);
      const region = text.slice(lineStart, lineEnd);
      sourceOk = g.source
        .split('...')
        .map((p) => p.trim())
        .filter(Boolean)
        .some((p) => {
          let at = region.indexOf(p);
          while (at >= 0) {
            const s = lineStart + at;
            if (s < f.sourceSpan!.end && s + p.length > f.sourceSpan!.start) return true;
            at = region.indexOf(p, at + 1);
          }
          return false;
        });
    }
    matched.push({ gold: g, sourced: f.sourced, source: f.source, sourceOk });
    if (f.sourced !== g.sourced) problems.push(`line ${g.line} "${g.text}": sourced ${f.sourced} (${f.source ?? 'no source'}), gold ${g.sourced}${g.source ? ` (${g.source})` : ''}`);
    else if (!sourceOk) problems.push(`line ${g.line} "${g.text}": source "${f.source}", gold "${g.source}"`);
  }
  found.forEach((f, i) => {
    if (!used.has(i)) problems.push(`extra line ${f.line} "${f.text}" (${f.sourced ? `sourced: ${f.source}` : 'unsourced'})`);
  });
  return { gold, found: found.map(({ sourceSpan: _s, ...f }) => f), problems, matched };
}

export interface FigureScores {
  goldFigures: number;
  goldUnsourced: number;
  figureP: number;
  figureR: number;
  unsourcedP: number;
  unsourcedR: number;
  sourcedPairs: number;
  sourceMatches: number;
}

/** Precision and recall over many judged articles: figure detection, and the unsourced-figure finding. */
export function scoreJudgements(js: FigureJudgement[]): FigureScores {
  let gold = 0;
  let found = 0;
  let hit = 0;
  let goldUns = 0;
  let foundUns = 0;
  let hitUns = 0;
  let pairs = 0;
  let srcOk = 0;
  for (const j of js) {
    gold += j.gold.length;
    found += j.found.length;
    hit += j.matched.length;
    goldUns += j.gold.filter((g) => !g.sourced).length;
    foundUns += j.found.filter((f) => !f.sourced).length;
    hitUns += j.matched.filter((m) => !m.gold.sourced && !m.sourced).length;
    for (const m of j.matched) {
      if (m.gold.sourced && m.sourced) {
        pairs++;
        if (m.sourceOk) srcOk++;
      }
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    goldFigures: gold,
    goldUnsourced: goldUns,
    figureP: ratio(hit, found),
    figureR: ratio(hit, gold),
    unsourcedP: ratio(hitUns, foundUns),
    unsourcedR: ratio(hitUns, goldUns),
    sourcedPairs: pairs,
    sourceMatches: srcOk,
  };
}
