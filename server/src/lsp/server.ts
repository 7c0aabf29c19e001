// The language server: capabilities, and each request handed to the core.
// Handlers stay a few lines; the work is in ../core.

import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Corpus } from '../core/corpus';
import { codeActions } from './codeActions';
import type { VersionOf } from './convert';
import { definition } from './definition';
import { hover } from './hover';
import { references } from './references';
import { prepareRename, rename } from './rename';
import { documentSymbols, workspaceSymbols } from './symbols';
import { fullSemanticTokens, LEGEND } from './semanticTokens';
import { guard, guardNotification } from './guard';
import { Publisher } from './publish';
import { FIGURES_REQUEST, REPORT_REQUEST, RESCAN_REQUEST, figuresOf, reportOf, type FiguresParams, type ReportParams } from './requests';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings';
import { WorkspaceSync } from './workspaceSync';

export function startServer(connection: Connection): void {
  const corpus = new Corpus();
  const documents = new TextDocuments(TextDocument);
  const publisher = new Publisher(connection, corpus);
  let settings: Settings = DEFAULT_SETTINGS;
  let sync: WorkspaceSync | undefined;
  let configurationSupported = false;
  let progressSupported = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    const root = folder ? fileURLToPath(folder) : process.cwd();
    configurationSupported = !!params.capabilities.workspace?.configuration;
    progressSupported = !!params.capabilities.window?.workDoneProgress;
    publisher.semanticTokensRefresh = !!params.capabilities.workspace?.semanticTokens?.refreshSupport;
    sync = new WorkspaceSync(connection, corpus, documents, publisher, root, () => settings, progressSupported);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        semanticTokensProvider: { legend: LEGEND, full: true },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        workspaceSymbolProvider: true,
        documentSymbolProvider: { label: 'Article' },
        renameProvider: { prepareProvider: true },
      },
      serverInfo: { name: 'corpus-review' },
    };
  });

  const refreshSettings = async (): Promise<boolean> => {
    if (!configurationSupported) return false;
    const next = readSettings(await connection.workspace.getConfiguration({ section: 'corpusReview' }));
    const before = JSON.stringify(settings);
    settings = next;
    const rulesChanged = corpus.setRuleOverrides(next.rules);
    corpus.setLimits({ maxLineLength: next.maxLineLength });
    return rulesChanged || before !== JSON.stringify(next);
  };

  connection.onInitialized(async () => {
    if (configurationSupported) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'corpusReview' });
      await refreshSettings().catch((e) => connection.console.error(`Reading settings failed: ${e}`));
    }
    await sync!.rescan().catch((e) => connection.console.error(`Scan failed: ${(e as Error).stack ?? e}`));
  });

  connection.onDidChangeConfiguration(
    guardNotification(connection, 'didChangeConfiguration', async () => {
      const maxBefore = settings.maxFileSize;
      if (!(await refreshSettings())) return;
      if (settings.maxFileSize !== maxBefore) await sync!.rescan();
      else await publisher.publishAll();
    }),
  );

  // TextDocuments fires a content change for an open as well: analysing on type,
  // that change analyses the article (once); the open itself does only on save.
  documents.onDidOpen(
    guardNotification(connection, 'didOpen', (e) => {
      if (settings.analyze !== 'onType') sync?.analyzeOpen(e.document);
    }),
  );
  documents.onDidChangeContent(
    guardNotification(connection, 'didChange', (e) => {
      if (settings.analyze === 'onType') sync?.analyzeOpen(e.document);
    }),
  );
  documents.onDidSave(guardNotification(connection, 'didSave', (e) => sync?.analyzeOpen(e.document)));
  documents.onDidClose(guardNotification(connection, 'didClose', (e) => sync?.closed(e.document.uri)));
  connection.onDidChangeWatchedFiles(guardNotification(connection, 'didChangeWatchedFiles', (p) => sync?.filesChanged(p.changes)));

  // An edit is computed for the text the corpus analysed: that version, or the file on disk.
  const versionOf: VersionOf = (uri) => corpus.get(uri)?.version ?? documents.get(uri)?.version ?? null;
  // Requests on an open article answer from the text the user sees.
  const current = <P extends { textDocument: { uri: string } }>(p: P): P => {
    sync?.current(p.textDocument.uri);
    return p;
  };

  connection.onCodeAction(
    guard(connection, 'codeAction', (p) => codeActions(corpus, current(p), sync!.ws.uriFor(corpus.config.ignoreFile), versionOf)),
  );
  connection.onHover(guard(connection, 'hover', (p) => hover(corpus, current(p))));
  connection.onDefinition(guard(connection, 'definition', (p) => definition(corpus, current(p))));
  connection.onReferences(guard(connection, 'references', (p) => references(corpus, current(p))));
  connection.onWorkspaceSymbol(guard(connection, 'workspaceSymbol', (p) => workspaceSymbols(corpus, p)));
  connection.onDocumentSymbol(guard(connection, 'documentSymbol', (p) => documentSymbols(corpus, current(p))));
  connection.onPrepareRename(guard(connection, 'prepareRename', (p) => prepareRename(corpus, current(p))));
  connection.onRenameRequest(guard(connection, 'rename', (p) => rename(corpus, current(p), versionOf)));

  connection.languages.semanticTokens.on(guard(connection, 'semanticTokens', (p) => fullSemanticTokens(corpus, current(p).textDocument.uri)));

  connection.onRequest(RESCAN_REQUEST, async () => {
    await sync?.rescan();
    return { articles: corpus.size };
  });
  connection.onRequest(FIGURES_REQUEST, guard(connection, FIGURES_REQUEST, (p: FiguresParams) => figuresOf(corpus, p)));
  connection.onRequest(REPORT_REQUEST, guard(connection, REPORT_REQUEST, (p: ReportParams) => reportOf(corpus, p)));

  documents.listen(connection);
  connection.listen();
}
