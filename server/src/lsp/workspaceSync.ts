// Keeps the corpus in step with the workspace: the initial scan of every
// article (open or not) with work-done progress, open documents as the user
// types, and files created, changed or deleted on disk.

import { FileChangeType, MessageType, ShowMessageNotification, type Connection, type TextDocuments, type FileEvent } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE, isExcludedFolder } from '../core/config';
import type { Corpus } from '../core/corpus';
import { loadArticle, loadInputs, scanWorkspace, setOpenArticle } from '../core/scan';
import { FsWorkspace } from '../node/fsWorkspace';
import { HeapBudget } from '../node/heapBudget';
import type { Publisher } from './publish';
import type { Settings } from './settings';
import { yieldTurn } from './yieldTurn';


export class WorkspaceSync {
  readonly ws: FsWorkspace;
  private scanning: Promise<void> | undefined;
  private scanGeneration = 0;

  constructor(
    private readonly connection: Connection,
    private readonly corpus: Corpus,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly publisher: Publisher,
    root: string,
    private readonly settings: () => Settings,
    private readonly progressSupported: boolean,
  ) {
    this.ws = new FsWorkspace(root, (dir) => isExcludedFolder(corpus.config, dir), (m) => connection.console.warn(m));
  }

  get isScanning(): boolean {
    return this.scanning !== undefined;
  }

  /** Resolves when the scan in progress (if any) is done. */
  whenScanned(): Promise<void> {
    return this.scanning ?? Promise.resolve();
  }

  /** (Re)reads the config, the registry and every article, then publishes everything. */
  rescan(): Promise<void> {
    const generation = ++this.scanGeneration;
    const run = this.runScan(generation).finally(() => {
      if (generation === this.scanGeneration) this.scanning = undefined;
    });
    this.scanning = run;
    return run;
  }

  private async runScan(generation: number): Promise<void> {
    const started = Date.now();
    // Progress is a courtesy: a client may refuse it (an error response), and the scan goes on without.
    const progress = this.progressSupported ? await this.connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin('Corpus Review', 0, 'Reading the workspace…', true);
    this.publisher.sendStatus(true);
    const cancelled = () => generation !== this.scanGeneration || (progress?.token.isCancellationRequested ?? false);
    const cancel = { get isCancellationRequested() { return cancelled(); } };
    const budget = new HeapBudget().start();
    try {
      await loadInputs(this.corpus, this.ws);
      this.applyOpenInputs();
      // Articles are replaced a batch at a time as they are read, so requests during
      // the scan are answered from what is known; files gone are dropped after.
      const seen = new Set<string>();
      let last = 0;
      const total = await scanWorkspace(this.corpus, this.ws, {
        maxFileSize: this.settings().maxFileSize,
        token: cancel,
        pause: yieldTurn,
        openText: (uri) => this.documents.get(uri)?.getText(),
        seen,
        budget: () => budget.exceeded(),
        onStopped: (reason, analysed, all) => {
          const message = `Corpus Review analysed ${analysed} of ${all} articles and left the rest out: ${reason}. Raise corpusReview.server.maxMemory (it takes effect when the server restarts), or narrow articles.include in ${CONFIG_FILE}.`;
          this.connection.console.warn(message);
          // a notification, not a request: nothing to answer, and a client without message requests still shows it
          void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
        },
        onProgress: (done, all) => {
          const pct = Math.floor((done / all) * 100);
          if (pct !== last) {
            last = pct;
            progress?.report(pct, `${done} of ${all} articles`);
          }
        },
      });
      if (cancel.isCancellationRequested) return;
      for (const doc of [...this.corpus.documents(), ...this.corpus.skippedList()]) {
        if (!seen.has(doc.uri) && !this.documents.get(doc.uri)) this.corpus.removeDocument(doc.uri);
      }
      // Open documents keep their editor versions.
      for (const d of this.documents.all()) this.analyzeOpen(d, false);
      await this.publisher.publishAll();
      this.connection.console.info(`Scanned ${total} article files in ${Date.now() - started} ms (${this.corpus.size} analysed).`);
    } finally {
      budget.dispose();
      progress?.done();
      this.publisher.sendStatus(false, 0);
    }
  }

  /** The config, the registry and the ignore file: inputs that change every article's review. */
  private isInput(path: string): boolean {
    return path === CONFIG_FILE || path === this.corpus.config.registry || path === this.corpus.config.ignoreFile;
  }

  relativePath(uri: string): string | undefined {
    return this.ws.relativePath(uri);
  }

  /** The config and the registry, when open in an editor, count as their editor text. */
  private applyOpenInputs(): boolean {
    let changed = false;
    const configDoc = this.documents.get(this.ws.uriFor(CONFIG_FILE));
    if (configDoc) changed = this.corpus.setConfig(configDoc.uri, CONFIG_FILE, configDoc.getText()) || changed;
    const reg = this.corpus.config.registry;
    const regDoc = reg ? this.documents.get(this.ws.uriFor(reg)) : undefined;
    if (reg && regDoc) {
      this.corpus.setRegistry(regDoc.uri, reg, regDoc.getText());
      changed = true;
    }
    const ignoreDoc = this.documents.get(this.ws.uriFor(this.corpus.config.ignoreFile));
    if (ignoreDoc) this.corpus.setIgnoreFile(ignoreDoc.uri, this.corpus.config.ignoreFile, ignoreDoc.getText());
    return changed;
  }

  /** Re-analyses an open document if it is an article (or the config or registry). */
  analyzeOpen(doc: TextDocument, publish = true): void {
    const path = this.relativePath(doc.uri);
    if (path === undefined) return;
    if (path === CONFIG_FILE) {
      const before = JSON.stringify(this.corpus.config);
      this.corpus.setConfig(doc.uri, CONFIG_FILE, doc.getText());
      if (publish) {
        this.publisher.publish(doc.uri);
        if (JSON.stringify(this.corpus.config) !== before) void this.rescan();
      }
      return;
    }
    if (path === this.corpus.config.registry) {
      this.corpus.setRegistry(doc.uri, path, doc.getText());
      if (publish) void this.publisher.publishAll();
      return;
    }
    if (path === this.corpus.config.ignoreFile) {
      this.corpus.setIgnoreFile(doc.uri, path, doc.getText());
      if (publish) void this.publisher.publishAll();
      return;
    }
    if (!this.corpus.isArticle(path)) {
      // No longer an article under the current config.
      const before = this.corpus.get(doc.uri);
      if (this.corpus.removeDocument(doc.uri)) {
        this.publisher.clear(doc.uri);
        this.publisher.articleChanged(doc.uri, before);
      }
      return;
    }
    const before = this.corpus.get(doc.uri);
    setOpenArticle(this.corpus, doc.uri, path, doc.getText(), doc.version, this.settings().maxFileSize);
    if (publish) {
      this.publisher.publish(doc.uri);
      this.publisher.articleChanged(doc.uri, before);
      this.publisher.sendStatus();
    }
  }

  /** Requests answer from the text the user sees: an open article not yet analysed at its version (analysis on save) is analysed first. */
  current(uri: string): void {
    const open = this.documents.get(uri);
    const doc = this.corpus.get(uri);
    if (open && doc && doc.version !== open.version) this.analyzeOpen(open);
  }

  /** A closed document goes back to what is on disk (unsaved edits were dropped). */
  async closed(uri: string): Promise<void> {
    const path = this.relativePath(uri);
    if (path === undefined) return;
    if (this.isInput(path)) {
      await this.reloadInputs();
      return;
    }
    if (!this.corpus.isArticle(path)) return;
    const before = this.corpus.get(uri);
    await loadArticle(this.corpus, this.ws, { uri, path }, { maxFileSize: this.settings().maxFileSize });
    this.publisher.publish(uri);
    this.publisher.articleChanged(uri, before);
    this.publisher.sendStatus();
  }

  private async reloadInputs(): Promise<void> {
    const before = JSON.stringify(this.corpus.config);
    await loadInputs(this.corpus, this.ws);
    this.applyOpenInputs();
    if (JSON.stringify(this.corpus.config) !== before) await this.rescan();
    else await this.publisher.publishAll();
  }

  async filesChanged(changes: FileEvent[]): Promise<void> {
    let inputs = false;
    for (const change of changes) {
      const path = this.relativePath(change.uri);
      if (path === undefined) continue;
      if (this.isInput(path)) {
        inputs = true;
        continue;
      }
      if (this.documents.get(change.uri)) continue; // the editor's text wins while open
      const before = this.corpus.get(change.uri);
      if (change.type === FileChangeType.Deleted) {
        this.corpus.removeDocument(change.uri);
        this.publisher.clear(change.uri);
      } else if (this.corpus.isArticle(path)) {
        await loadArticle(this.corpus, this.ws, { uri: change.uri, path }, { maxFileSize: this.settings().maxFileSize });
        this.publisher.publish(change.uri);
      }
      this.publisher.articleChanged(change.uri, before);
    }
    if (inputs) await this.reloadInputs();
    this.publisher.sendStatus();
  }
}
