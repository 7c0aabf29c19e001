// The extension: starts the bundled language server over IPC, and adds what the
// server cannot do alone: the status bar, the palette commands, and opening
// plain-text articles as News Article.

import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ArticleAssociation } from './articles';
import { registerCommands } from './commands';
import { STATUS_NOTIFICATION, StatusItem, type StatusParams } from './status';
import { WorkspaceConfigs } from './workspaceConfig';

/** The client id: it makes `corpusReview.trace.server` the trace setting. */
const CLIENT_ID = 'corpusReview';
const CLIENT_NAME = 'Corpus Review';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  const configs = new WorkspaceConfigs();
  const status = new StatusItem();
  const log = (line: string) => output.info(line);
  context.subscriptions.push(
    output,
    configs,
    status,
    new ArticleAssociation(configs, log),
    ...registerCommands({ output, configs, client: () => client }),
  );

  const serverModule = context.asAbsolutePath('dist/server.js');
  if (!fs.existsSync(serverModule)) {
    fail(output, status, `The language server bundle is missing: ${serverModule}. Build it with \`npm run build\`.`);
    return;
  }
  // Node flags, read again at each restart: the heap size setting
  const runArgs = () => heapArgs(vscode.workspace.getConfiguration('corpusReview').get<number | null>('server.maxMemory'));
  const debugArgs = () => ['--nolazy', '--inspect=6009', ...runArgs()];
  const run = { module: serverModule, transport: TransportKind.ipc, options: { execArgv: runArgs() } };
  const debug = { module: serverModule, transport: TransportKind.ipc, options: { execArgv: debugArgs() } };
  const serverOptions: ServerOptions = { run, debug };
  const clientOptions: LanguageClientOptions = {
    // The server decides from corpus-review.yaml which of these are articles. YAML
    // documents are synced so an open config or registry counts with its editor text.
    documentSelector: [
      { scheme: 'file', language: 'news-article' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'yaml' },
    ],
    synchronize: {
      // `**/*.{yaml,yml}` covers corpus-review.yaml, the registry and the ignore file.
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}'),
        vscode.workspace.createFileSystemWatcher('**/*.{txt,article}'),
      ],
    },
    outputChannel: output,
    diagnosticCollectionName: 'corpus-review',
    initializationFailedHandler: (error) => {
      output.error(`The language server failed to initialize: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    },
  };

  const lc = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
  client = lc;
  context.subscriptions.push(
    lc.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => status.update(params)),
    lc.onDidChangeState((e) => {
      if (e.newState === State.Stopped && e.oldState === State.Running) status.failed();
    }),
    vscode.commands.registerCommand('corpusReview.restartServer', () => restart()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('corpusReview.server.maxMemory')) return;
      void vscode.window.showInformationMessage('Corpus Review: restart the language server to use the new heap size?', 'Restart').then((choice) => {
        if (choice) void restart();
      });
    }),
  );
  /** A new server process, started with the heap size set now (Node flags are read when a process starts). */
  async function restart(): Promise<void> {
    run.options.execArgv = runArgs();
    debug.options.execArgv = debugArgs();
    try {
      await lc.restart();
      log(`Language server restarted${run.options.execArgv.length ? ` (${run.options.execArgv.join(' ')})` : ''}.`);
    } catch (err) {
      fail(output, status, `The language server failed to restart: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  status.starting();
  try {
    await lc.start();
    log(`Language server started (${serverModule}).`);
  } catch (e) {
    client = undefined;
    fail(output, status, `The language server failed to start: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
}

/** Node flags for the server's heap size setting (MB); none for Node's default. */
export function heapArgs(maxMemory: number | null | undefined): string[] {
  return typeof maxMemory === 'number' && Number.isFinite(maxMemory) && maxMemory > 0 ? [`--max-old-space-size=${Math.round(maxMemory)}`] : [];
}

function fail(output: vscode.LogOutputChannel, status: StatusItem, message: string): void {
  output.error(message);
  status.failed();
  void vscode.window.showErrorMessage(`Corpus Review: ${message.split('\n')[0]}`, 'Show Output').then((choice) => {
    if (choice) output.show(true);
  });
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) await running.stop();
}
