// Delivering diagnostics and the status line. Thousands of files are sent in
// batches that yield to the event loop, so requests are answered meanwhile.

import type { Connection } from 'vscode-languageserver/node';
import type { DocumentAnalysis } from '../core/analyze';
import type { Corpus, CorpusIndex } from '../core/corpus';
import { findingsFor, reviewedUris } from '../core/diagnostics';
import { toDiagnostic } from './convert';

export const STATUS_NOTIFICATION = 'corpusReview/status';

export interface StatusParams {
  articles: number;
  unsourcedFigures: number;
  actors: number;
  scanning: boolean;
}

const BATCH = 200;

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

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

export class Publisher {
  /** URIs that currently show diagnostics in the client. */
  private readonly shown = new Set<string>();
  private statusTimer: NodeJS.Timeout | undefined;
  private readonly counts: StatusIndex;

  constructor(
    private readonly connection: Connection,
    private readonly corpus: Corpus,
  ) {
    this.counts = corpus.addIndex(new StatusIndex());
  }

  publish(uri: string): void {
    const diagnostics = findingsFor(this.corpus, uri).map(toDiagnostic);
    if (diagnostics.length === 0 && !this.shown.has(uri)) return;
    void this.connection.sendDiagnostics({ uri, version: this.corpus.get(uri)?.version, diagnostics });
    if (diagnostics.length) this.shown.add(uri);
    else this.shown.delete(uri);
  }

  clear(uri: string): void {
    if (!this.shown.delete(uri)) return;
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  async publishAll(): Promise<void> {
    const uris = reviewedUris(this.corpus);
    const keep = new Set(uris);
    for (const uri of [...this.shown]) if (!keep.has(uri)) this.clear(uri);
    for (let i = 0; i < uris.length; i++) {
      this.publish(uris[i]);
      if ((i + 1) % BATCH === 0) await tick();
    }
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
