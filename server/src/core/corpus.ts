// The corpus: every article analysed, the config, the registry, and the
// cross-document indexes kept up to date by difference as articles change.
// The language server and the CLI both drive one of these.

import { analyzeDocument, DEFAULT_LIMITS, type AnalysisLimits, type DocumentAnalysis } from './analyze';
import { DEFAULT_CONFIG, isArticlePath, parseConfig, type Config } from './config';
import { parseRegistry, EMPTY_REGISTRY, type Registry } from './registry';
import { LineIndex } from './text';
import { IgnoreSet, parseIgnoreFile } from './ignores';
import type { Problem, RuleSeverity } from './types';
import type { RuleId } from './config';
import { ActorIndex } from './actorIndex';
import { FigureIndex } from './figureIndex';
import { ConflictIndex } from './conflictingFigures';
import { QuoteIndex } from './quoteProvenance';

/** An index over all documents, updated one document at a time. */
export interface CorpusIndex {
  add(doc: DocumentAnalysis): void;
  remove(doc: DocumentAnalysis): void;
  /** An article analysed again (same URI); without it, `remove(old)` then `add(doc)`. */
  replace?(old: DocumentAnalysis, doc: DocumentAnalysis): void;
  clear(): void;
}

/** A file the corpus could not analyse, with the reason. */
export interface SkippedFile {
  uri: string;
  path: string;
  reason: string;
}

/** Something said about how an article's file was read (invalid UTF-8), at an offset of its text. */
export interface ReadNote {
  message: string;
  offset: number;
}

/** An input file (config, registry) with its text and its problems. */
/** An article's text to analyse (`setDocuments`). */
export interface ArticleInput {
  uri: string;
  path: string;
  text: string;
  version?: number;
  /** How its file was read (none: the text is as it was written). */
  note?: ReadNote;
}

export interface InputFile {
  uri: string;
  path: string;
  text: string;
  lines: LineIndex;
  problems: Problem[];
  /** There but unreadable (permissions, binary content): its problem says why, and `text` is not what it holds. */
  unreadable?: boolean;
}

/** An input file known only by its problem: not there (the registry a config names), or there but unreadable. */
function textless(uri: string, path: string, problem: Problem, unreadable: boolean): InputFile {
  const file: InputFile = { uri, path, text: '', lines: new LineIndex(''), problems: [problem] };
  if (unreadable) file.unreadable = true;
  return file;
}

export class Corpus {
  private readonly docs = new Map<string, DocumentAnalysis>();
  private readonly skippedFiles = new Map<string, SkippedFile>();
  private readonly readNotes = new Map<string, ReadNote>();
  private readonly indexes: CorpusIndex[] = [];
  private configValue: Config = DEFAULT_CONFIG;
  private limits: AnalysisLimits = DEFAULT_LIMITS;
  private overrides: Partial<Record<RuleId, RuleSeverity>> = {};
  private effective: Config = DEFAULT_CONFIG;
  private registryValue: Registry = EMPTY_REGISTRY;
  configFile?: InputFile;
  registryFile?: InputFile;
  /** The sidecar of findings dismissed by quick fix. */
  ignoreFile?: InputFile;
  ignores = new IgnoreSet();
  /** Every actor of the corpus: hover, definition, references, symbols, rename, name variants. */
  readonly actors: ActorIndex = this.addIndex(new ActorIndex());
  /** Every figure of the corpus by value and counted noun: "sourced in" related information. */
  readonly figureIndex: FigureIndex = this.addIndex(new FigureIndex());
  /** Claims stated with other numbers in other articles (`conflicting-figure`), consistent repeats. */
  readonly conflicts: ConflictIndex = this.addIndex(new ConflictIndex());
  /** Quotations across articles: provenance, `quote-drift`, `quote-speaker-mismatch`. */
  readonly quotes: QuoteIndex = this.addIndex(new QuoteIndex());

  /** The config in force: corpus-review.yaml (or the defaults) with the editor's rule overrides. */
  get config(): Config {
    return this.effective;
  }

  /** Rule severities set in the editor's settings win over the config file's. Returns true on change. */
  setRuleOverrides(overrides: Partial<Record<RuleId, RuleSeverity>>): boolean {
    if (JSON.stringify(overrides) === JSON.stringify(this.overrides)) return false;
    this.overrides = { ...overrides };
    this.updateEffective();
    return true;
  }

  private updateEffective(): void {
    this.effective = { ...this.configValue, rules: { ...this.configValue.rules, ...this.overrides } };
  }

  get registry(): Registry {
    return this.registryValue;
  }

  addIndex<T extends CorpusIndex>(index: T): T {
    this.indexes.push(index);
    for (const doc of this.docs.values()) index.add(doc);
    return index;
  }

  /**
   * Reads the config text (undefined: no config file, use the defaults).
   * A broken config keeps the last good one; its problems are on `configFile`.
   * Returns true when the effective config changed.
   */
  setConfig(uri: string | undefined, path: string, text: string | undefined, unreadable?: Problem): boolean {
    if (uri !== undefined && unreadable) {
      this.configFile = textless(uri, path, unreadable, true);
      return false;
    }
    if (text === undefined || uri === undefined) {
      this.configFile = undefined;
      return this.replaceConfig(DEFAULT_CONFIG);
    }
    const { config, problems } = parseConfig(text);
    this.configFile = { uri, path, text, lines: new LineIndex(text), problems };
    return config ? this.replaceConfig(config) : false;
  }

  private replaceConfig(config: Config): boolean {
    if (JSON.stringify(config) === JSON.stringify(this.configValue)) return false;
    this.configValue = config;
    this.updateEffective();
    return true;
  }

  /** Reads the registry text (undefined: none). Re-analyses every article, since mentions depend on it. */
  setRegistry(uri: string | undefined, path: string, text: string | undefined, missing?: Problem): void {
    if (text === undefined || uri === undefined) {
      this.registryFile = undefined;
      this.registryValue = EMPTY_REGISTRY;
      if (uri && missing) this.registryFile = textless(uri, path, missing, false);
    } else {
      const { registry, problems } = parseRegistry(text);
      this.registryFile = { uri, path, text, lines: new LineIndex(text), problems };
      this.registryValue = registry;
    }
    this.reanalyzeAll();
  }

  /** Reads the ignore sidecar (undefined: none yet). */
  setIgnoreFile(uri: string, path: string, text: string | undefined, unreadable?: Problem): void {
    if (unreadable) {
      // the dismissals last read stay in force: a file that cannot be read now is not an empty one
      this.ignoreFile = textless(uri, path, unreadable, true);
      return;
    }
    if (text === undefined) {
      this.ignoreFile = undefined;
      this.ignores = new IgnoreSet();
      return;
    }
    const { entries, problems } = parseIgnoreFile(text);
    this.ignoreFile = { uri, path, text, lines: new LineIndex(text), problems };
    this.ignores = new IgnoreSet(entries);
  }

  get limitsInForce(): AnalysisLimits {
    return this.limits;
  }

  /** Changes the analysis limits; re-analyses every article when they change. */
  setLimits(limits: AnalysisLimits): void {
    if (limits.maxLineLength === this.limits.maxLineLength) return;
    this.limits = { ...limits };
    this.reanalyzeAll();
  }

  isArticle(path: string): boolean {
    return isArticlePath(this.configValue, path);
  }

  /** Analyses an article's text; `note` says how its file was read (none: the text is as it was written). */
  setDocument(uri: string, path: string, text: string, version?: number, note?: ReadNote): DocumentAnalysis {
    const doc = analyzeDocument(uri, path, text, this.registryValue, version, this.limits);
    this.install(doc, note);
    return doc;
  }

  /**
   * Several articles at once, the same as `setDocument` for each in turn, but
   * every text is analysed before the indexes take any: a scan's batch.
   * Analysing and indexing in turn, article by article, made the 10k bench
   * scan about a quarter slower (each phase's code and data were cold again
   * at every article).
   */
  setDocuments(inputs: readonly ArticleInput[]): DocumentAnalysis[] {
    const docs = inputs.map((i) => analyzeDocument(i.uri, i.path, i.text, this.registryValue, i.version, this.limits));
    for (let k = 0; k < docs.length; k++) this.install(docs[k], inputs[k].note);
    return docs;
  }

  /** Puts an analysis in place of the article's last one, in the indexes too. */
  private install(doc: DocumentAnalysis, note: ReadNote | undefined): void {
    const uri = doc.uri;
    const old = this.docs.get(uri);
    if (old) for (const index of this.indexes) if (!index.replace) index.remove(old);
    this.skippedFiles.delete(uri);
    if (note) this.readNotes.set(uri, note);
    else this.readNotes.delete(uri);
    this.docs.set(uri, doc);
    for (const index of this.indexes) {
      if (old && index.replace) index.replace(old, doc);
      else index.add(doc);
    }
  }

  skip(uri: string, path: string, reason: string): void {
    this.removeDocument(uri);
    this.skippedFiles.set(uri, { uri, path, reason });
  }

  removeDocument(uri: string): boolean {
    this.readNotes.delete(uri);
    const old = this.docs.get(uri);
    const wasSkipped = this.skippedFiles.delete(uri);
    if (!old) return wasSkipped;
    for (const index of this.indexes) index.remove(old);
    this.docs.delete(uri);
    return true;
  }

  get(uri: string): DocumentAnalysis | undefined {
    return this.docs.get(uri);
  }

  readNote(uri: string): ReadNote | undefined {
    return this.readNotes.get(uri);
  }

  skipped(uri: string): SkippedFile | undefined {
    return this.skippedFiles.get(uri);
  }

  documents(): IterableIterator<DocumentAnalysis> {
    return this.docs.values();
  }

  skippedList(): IterableIterator<SkippedFile> {
    return this.skippedFiles.values();
  }

  get size(): number {
    return this.docs.size;
  }

  private reanalyzeAll(): void {
    for (const index of this.indexes) index.clear();
    for (const [uri, doc] of this.docs) {
      const next = analyzeDocument(uri, doc.path, doc.text, this.registryValue, doc.version, this.limits);
      this.docs.set(uri, next);
      for (const index of this.indexes) index.add(next);
    }
  }
}
