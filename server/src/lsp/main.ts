// Entry point of the bundled language server (dist/server.js). The transport
// comes from the command line: --node-ipc from the VS Code client, --stdio
// from any other LSP client.

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';
import { keepHeapNearLiveSize } from '../node/heapGrowth';

if (!process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.argv.push('--stdio');
}
keepHeapNearLiveSize();
const connection = createConnection(ProposedFeatures.all);
// Last line of defence: a promise nobody awaited that rejects is logged with its
// stack, not fatal (Node's default would end the process and every review with it).
process.on('unhandledRejection', (e) => connection.console.error(`Unhandled rejection: ${(e as Error)?.stack ?? String(e)}`));
startServer(connection);
