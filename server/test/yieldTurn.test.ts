import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as net from 'node:net';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { yieldTurn } from '../src/lsp/yieldTurn';

/** A JSON-RPC message as it goes over the wire. */
function frame(message: object): string {
  const body = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
}

function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // a slice of work that does not give way
  }
}

/**
 * The real vscode-languageserver connection on a real socket: a request whose
 * bytes arrive while a slice of work runs must be answered before the next
 * slice starts. Its bytes pass through several `setImmediate` hops in
 * vscode-jsonrpc (reading, dispatch, writing the answer); a pause shorter than
 * that chain resumes the work first, and the answer waits a whole slice more.
 */
test('a request that comes during a slice of work is answered before the next slice', async () => {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  const accepted = new Promise<net.Socket>((resolve) => server.once('connection', resolve));
  const client = net.connect(port, '127.0.0.1');
  await new Promise<void>((resolve) => client.once('connect', resolve));
  const serverSide = await accepted;

  const events: string[] = [];
  const write = serverSide.write.bind(serverSide) as (...args: unknown[]) => boolean;
  (serverSide as { write: (...args: unknown[]) => boolean }).write = (...args: unknown[]) => {
    if (String(args[0]).includes('"pong"')) events.push('answer');
    return write(...args);
  };
  // The JSON-RPC connection the server's createConnection is built on (without its
  // exit-on-close handling, which would end the test process).
  const connection = createProtocolConnection(new StreamMessageReader(serverSide), new StreamMessageWriter(serverSide));
  connection.onRequest('test/ping', () => 'pong');
  connection.listen();
  const answered = new Promise<void>((resolve) => client.on('data', (d) => String(d).includes('"pong"') && resolve()));

  try {
    for (let slice = 0; slice < 6; slice++) {
      events.push(`slice ${slice}`);
      busy(5);
      // The bytes reach the server's socket now, in the middle of the slice.
      if (slice === 1) client.write(frame({ jsonrpc: '2.0', id: 1, method: 'test/ping', params: {} }));
      busy(5);
      await yieldTurn();
    }
    await answered;
    assert.ok(events.indexOf('answer') > events.indexOf('slice 1'), events.join(', '));
    assert.ok(events.indexOf('answer') < events.indexOf('slice 2'), `answered after the next slice: ${events.join(', ')}`);
  } finally {
    connection.dispose();
    client.destroy();
    serverSide.destroy();
    server.close();
  }
});
