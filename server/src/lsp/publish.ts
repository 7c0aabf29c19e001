// Delivering diagnostics and the status line. Thousands of files are sent in
// batches that yield to the event loop, so requests are answered meanwhile.

import type { Connection } from 'vscode-languageserver/node';
import type { Corpus } from '../core/corpus';
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
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

export class Publisher {
  /** URIs that currently show diagnostics in the client. */
  private readonly shown = new Set<string>();
  private statusTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly corpus: Corpus,
  ) {}

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
    let unsourcedFigures = 0;
    const actors = new Set<string>();
    for (const doc of this.corpus.documents()) {
      for (const f of doc.figures) if (!f.attribution.sourced) unsourcedFigures++;
      for (const m of doc.actors.mentions) actors.add(m.key);
    }
    return { articles: this.corpus.size, unsourcedFigures, actors: actors.size, scanning };
  }

  /** Sends the status line, debounced while the user types. */
  sendStatus(scanning = false, delay = 150): void {
    clearTimeout(this.statusTimer);
    this.statusTimer = setTimeout(() => void this.connection.sendNotification(STATUS_NOTIFICATION, this.status(scanning)), scanning ? 0 : delay);
  }
}
