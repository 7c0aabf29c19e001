// Delivering diagnostics and the status line. Thousands of files are sent in
// batches that yield to the event loop, so requests are answered meanwhile.

import { createHash } from 'node:crypto';
import type { Connection } from 'vscode-languageserver/node';
import type { DocumentAnalysis } from '../core/analyze';
import type { Corpus, CorpusIndex } from '../core/corpus';
import { dependentArticles, forgetTouched, touchedArticles } from '../core/dependents';
import { findingsFor, reviewedUris } from '../core/diagnostics';
import { toDiagnostic } from './convert';
import { yieldTurn } from './yieldTurn';

export const STATUS_NOTIFICATION = 'corpusReview/status';

export interface StatusParams {
  articles: number;
  unsourcedFigures: number;
  actors: number;
  scanning: boolean;
}

/** Publishing is cut into slices of at most this many milliseconds, so requests are answered in between. */
const SLICE_MS = 15;
/** How long after an edit the articles that depend on it are re-published. */
const DEPENDENTS_DELAY = 300;

/**
 * A fingerprint of what was last sent for a URI, to skip unchanged re-publishes:
 * SHA-1 in native code (an FNV loop over the JSON in JavaScript cost a few
 * percent of publishing a 10,000-article workspace).
 */
function fingerprint(s: string): string {
  return createHash('sha1').update(s).digest('base64');
}

/** The status line's counts, kept by difference as articles change (never a pass over the corpus). */
class StatusIndex implements CorpusIndex {
  unsourcedFigures = 0;
  /** Mentions per actor key. */
  private readonly actors = new Map<string, number>();

  get actorCount(): number {
    return this.actors.size;
  }

  add(doc: DocumentAnalysis): void {
    for (const f of doc.figures) if (!f.attribution.sourced) this.unsourcedFigures++;
    for (const m of doc.actors.mentions) this.actors.set(m.key, (this.actors.get(m.key) ?? 0) + 1);
  }

  remove(doc: DocumentAnalysis): void {
    for (const f of doc.figures) if (!f.attribution.sourced) this.unsourcedFigures--;
    for (const m of doc.actors.mentions) {
      const n = (this.actors.get(m.key) ?? 0) - 1;
      if (n > 0) this.actors.set(m.key, n);
      else this.actors.delete(m.key);
    }
  }

  clear(): void {
    this.unsourcedFigures = 0;
    this.actors.clear();
  }
}


export class Publisher {
  /** URIs that currently show diagnostics in the client, with a fingerprint of what they show. */
  private readonly shown = new Map<string, string>();
  /** Articles changed since the last flush, each with its analysis before the first change. */
  private readonly pending = new Map<string, DocumentAnalysis | undefined>();
  private pendingTimer: NodeJS.Timeout | undefined;
  private statusTimer: NodeJS.Timeout | undefined;
  private readonly counts: StatusIndex;
  /** The client can be asked to request semantic tokens again (set from its capabilities). */
  semanticTokensRefresh = false;

  constructor(
    private readonly connection: Connection,
    private readonly corpus: Corpus,
  ) {
    this.counts = corpus.addIndex(new StatusIndex());
  }

  /**
   * Sends the file's diagnostics; with `onlyIfChanged`, only when they differ
   * from what the client shows. Only a comparing publish takes a fingerprint:
   * publishing the whole workspace records the file as shown, fingerprint
   * unknown (''), and its first re-publish after an edit is sent as is (one
   * message), which is cheaper than serialising every file twice in a scan.
   */
  publish(uri: string, onlyIfChanged = false): Promise<void> | undefined {
    const diagnostics = findingsFor(this.corpus, uri).map(toDiagnostic);
    if (diagnostics.length === 0 && !this.shown.has(uri)) return;
    const print = onlyIfChanged ? fingerprint(JSON.stringify(diagnostics)) : '';
    if (onlyIfChanged && this.shown.get(uri) === print) return;
    const sent = this.connection.sendDiagnostics({ uri, version: this.corpus.get(uri)?.version, diagnostics });
    if (diagnostics.length) this.shown.set(uri, print);
    else this.shown.delete(uri);
    return sent;
  }

  /**
   * Publishes many files in time slices. At the end of each slice its messages
   * are waited for: a slow client holds the server back instead of the server
   * queueing every file's diagnostics in memory, and the answer to a request
   * that came during the slice is written behind one slice's messages at most.
   * (Over an asynchronous transport, node IPC or a socket, output is flushed
   * only while the event loop is free: had the next slice been computed while
   * this one's messages were still queued, each answer would wait for several.)
   */
  private async publishMany(uris: Iterable<string>, onlyIfChanged: boolean): Promise<void> {
    let slice = Date.now();
    let sent: Promise<void>[] = [];
    for (const uri of uris) {
      if (onlyIfChanged && !this.corpus.get(uri)) continue;
      const p = this.publish(uri, onlyIfChanged);
      if (p) sent.push(p);
      if (Date.now() - slice > SLICE_MS) {
        await Promise.all(sent).catch(() => undefined);
        sent = [];
        await yieldTurn();
        slice = Date.now();
      }
    }
    await Promise.all(sent).catch(() => undefined);
  }

  /**
   * Other articles whose findings may have changed with an edit (a figure
   * sourced there, a spelling compared there): re-published shortly after, in
   * batches, and only those whose diagnostics did change.
   */
  articleChanged(uri: string, before: DocumentAnalysis | undefined): void {
    if (!this.pending.has(uri)) this.pending.set(uri, before);
    clearTimeout(this.pendingTimer);
    this.pendingTimer = setTimeout(() => void this.flushDependents(), DEPENDENTS_DELAY);
  }

  private async flushDependents(): Promise<void> {
    const changed = [...this.pending];
    this.pending.clear();
    const deps = new Set<string>();
    for (const [uri, before] of changed) dependentArticles(this.corpus, before, this.corpus.get(uri), deps);
    touchedArticles(this.corpus, deps);
    for (const [uri] of changed) deps.delete(uri);
    await this.publishMany(deps, true);
  }

  clear(uri: string): void {
    if (!this.shown.delete(uri)) return;
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  async publishAll(): Promise<void> {
    forgetTouched(this.corpus); // every article is published below
    const uris = reviewedUris(this.corpus);
    const keep = new Set(uris);
    for (const uri of [...this.shown.keys()]) if (!keep.has(uri)) this.clear(uri);
    await this.publishMany(uris, false);
    // Tokens asked for during a scan or before a registry change are out of date.
    if (this.semanticTokensRefresh) void this.connection.languages.semanticTokens.refresh().catch(() => undefined);
  }

  status(scanning: boolean): StatusParams {
    return { articles: this.corpus.size, unsourcedFigures: this.counts.unsourcedFigures, actors: this.counts.actorCount, scanning };
  }

  /** Sends the status line, debounced while the user types. */
  sendStatus(scanning = false, delay = 150): void {
    clearTimeout(this.statusTimer);
    this.statusTimer = setTimeout(() => void this.connection.sendNotification(STATUS_NOTIFICATION, this.status(scanning)), scanning ? 0 : delay);
  }
}
