// Cancellation: a request the client cancels before the server gets to it is
// answered RequestCancelled (-32800) and not worked out. The request and its
// $/cancelRequest are written to the server's stdin in one write, so both are
// queued before the request is dispatched: the outcome does not depend on
// timing. A request that is not cancelled is answered as usual.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { StreamMessageReader, type Message, type ResponseMessage } from 'vscode-languageserver-protocol/node';
import { makeWorkspace, SERVER } from './lspClient';
import { offsetOf } from './util';

const ARTICLE = 'Kim Jong Un said the army had 31 tanks.\n';

function frame(message: object): string {
  const body = JSON.stringify({ jsonrpc: '2.0', ...message });
  return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
}

// (a guard, not a timing: a server that dies or never answers fails the test with its stderr instead of hanging the run)
test('a request cancelled before it runs is answered RequestCancelled; the same request not cancelled is answered', { timeout: 60_000 }, async () => {
  const root = makeWorkspace({ 'a.txt': ARTICLE });
  const uri = pathToFileURL(`${root}/a.txt`).toString();
  const child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  const responses = new Map<string | number, ResponseMessage>();
  const waiters: (() => void)[] = [];
  new StreamMessageReader(child.stdout!).listen((m: Message) => {
    const r = m as ResponseMessage;
    if (r.id !== undefined && ('result' in r || 'error' in r)) responses.set(r.id!, r);
    for (const w of waiters.splice(0)) w();
  });
  let stderr = '';
  let exited: string | undefined;
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  child.on('exit', (code, signal) => {
    exited = `server exited (${code ?? signal}) before answering: ${stderr.slice(-2000)}`;
    for (const w of waiters.splice(0)) w();
  });
  const response = async (id: string): Promise<ResponseMessage> => {
    while (!responses.has(id)) {
      if (exited) throw new Error(exited);
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
    return responses.get(id)!;
  };
  try {
    const rootUri = pathToFileURL(root).toString();
    child.stdin!.write(frame({ id: 'init', method: 'initialize', params: { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'w' }], capabilities: {} } }));
    await response('init');
    child.stdin!.write(frame({ method: 'initialized', params: {} }));
    child.stdin!.write(frame({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'news-article', version: 1, text: ARTICLE } } }));
    const position = { line: 0, character: offsetOf(ARTICLE, 'Jong') };
    const hover = (id: string) => frame({ id, method: 'textDocument/hover', params: { textDocument: { uri }, position } });

    // answered: the document is known and the hover has content
    child.stdin!.write(hover('plain'));
    const plain = await response('plain');
    assert.equal(plain.error, undefined);
    assert.ok(plain.result, 'a hover on the actor');

    // cancelled in the same write as the request
    child.stdin!.write(hover('cancelled') + frame({ method: '$/cancelRequest', params: { id: 'cancelled' } }));
    const cancelled = await response('cancelled');
    assert.equal(cancelled.error?.code, -32800, JSON.stringify(cancelled));
    assert.equal(cancelled.result, undefined);
  } finally {
    child.kill();
  }
});
