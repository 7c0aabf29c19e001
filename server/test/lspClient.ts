// A real LSP client for protocol tests: starts the bundled server
// (dist/server.js) as a child process and speaks JSON-RPC to it over stdio.

import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type InitializeResult,
  type ClientCapabilities,
} from 'vscode-languageserver-protocol/node';
import { REPO_ROOT } from './util';

export const SERVER = path.join(REPO_ROOT, 'dist/server.js');

export interface Client {
  connection: ProtocolConnection;
  process: ChildProcess;
  initializeResult: InitializeResult;
  root: string;
  /** Latest diagnostics per URI. */
  diagnostics: Map<string, PublishDiagnosticsParams>;
  /** Every publishDiagnostics received, in order: its URI. */
  published: string[];
  /** Resolves when `predicate` holds for the diagnostics received so far. */
  waitFor(predicate: (all: Map<string, PublishDiagnosticsParams>) => boolean, timeoutMs?: number, what?: string): Promise<void>;
  progress: unknown[];
  notifications: { method: string; params: unknown }[];
  stderr: string[];
  uri(relative: string): string;
  shutdown(): Promise<number | null>;
}

const madeWorkspaces: string[] = [];
// Each test file runs in its own process: the folders it made go when it ends, whatever the
// tests did with them (several restart a server on the same folder after a shutdown).
process.once('exit', () => {
  for (const root of madeWorkspaces) fs.rmSync(root, { recursive: true, force: true });
});

/** Makes a temporary workspace folder holding `files` (relative path -> content); removed when the process exits. */
export function makeWorkspace(files: Record<string, string | Buffer>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-review-ws-'));
  madeWorkspaces.push(root);
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
  return root;
}

export async function startClient(root: string, options: { capabilities?: ClientCapabilities; settings?: unknown; execArgv?: string[] } = {}): Promise<Client> {
  const child = spawn(process.execPath, [...(options.execArgv ?? []), SERVER, '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  const reader = new StreamMessageReader(child.stdout!);
  // No timer for a message cut short: a server that exits while a publish is still in its pipe
  // (the exit notification ends it at once) leaves half a message, and vscode-jsonrpc's reader
  // re-arms that 10-second timer for as long as the process lives, so the test file never ends.
  reader.partialMessageTimeout = 0;
  const connection = createProtocolConnection(reader, new StreamMessageWriter(child.stdin!));
  const diagnostics = new Map<string, PublishDiagnosticsParams>();
  const waiters: { check: () => boolean; resolve: () => void }[] = [];
  const progress: unknown[] = [];
  const notifications: { method: string; params: unknown }[] = [];
  const stderr: string[] = [];
  child.stderr!.on('data', (d) => stderr.push(String(d)));
  const poke = () => {
    for (const w of [...waiters]) {
      if (w.check()) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  };
  const published: string[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    diagnostics.set(p.uri, p);
    published.push(p.uri);
    poke();
  });
  connection.onNotification('$/progress', (p: unknown) => {
    progress.push(p);
    poke();
  });
  for (const method of ['corpusReview/status', 'window/logMessage', 'window/showMessage']) {
    connection.onNotification(method, (params: unknown) => {
      notifications.push({ method, params });
      poke();
    });
  }
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => options.settings ?? null));
  connection.listen();
  const rootUri = pathToFileURL(root).toString();
  const initializeResult = (await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: path.basename(root) }],
    capabilities: options.capabilities ?? { window: { workDoneProgress: true }, workspace: { configuration: !!options.settings } },
  })) as InitializeResult;
  await connection.sendNotification('initialized', {});
  const client: Client = {
    connection,
    process: child,
    initializeResult,
    root,
    diagnostics,
    published,
    progress,
    notifications,
    stderr,
    uri: (rel) => pathToFileURL(path.join(root, rel)).toString(),
    waitFor(predicate, timeoutMs = 20000, what = 'condition') {
      if (predicate(diagnostics)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; stderr: ${stderr.join('')}`)), timeoutMs);
        waiters.push({ check: () => predicate(diagnostics), resolve: () => { clearTimeout(timer); resolve(); } });
      });
    },
    async shutdown() {
      // A server that already died (a crash the test is about to report) answers nothing: the
      // test must fail on its assertion, not hang here waiting for a shutdown answer or an exit.
      if (child.exitCode !== null || child.signalCode !== null) {
        connection.dispose();
        return child.exitCode;
      }
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      const gone = exited.then(() => undefined);
      await Promise.race([connection.sendRequest('shutdown').then(() => connection.sendNotification('exit')), gone]);
      const timer = setTimeout(() => child.kill(), 10_000);
      const code = await exited;
      clearTimeout(timer);
      connection.dispose();
      return code;
    },
  };
  return client;
}
