// Fault tolerance in the real extension host: the language server's process is
// killed, VS Code's language client starts a new one, and the review of the
// unopened articles comes back from it. Runs after review.test.ts (index.ts).

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { test, waitFor } from './harness';

const EXTENSION_ID = 'corpus-review.corpus-review';
const SCAN_TIMEOUT = 45_000;

/**
 * Language server processes this extension host started: its children that run
 * dist/server.js (Linux /proc; the client forks the server over IPC).
 */
function serverPids(): number[] {
  const pids: number[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      // "pid (comm) state ppid ...": the comm may hold spaces, so read after its ")".
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const argv = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      if (argv.some((a) => a.endsWith('dist/server.js'))) pids.push(Number(name));
    } catch {
      // The process ended while it was looked at.
    }
  }
  return pids;
}

/** Unsourced-figure diagnostics of the seed whose name starts with `prefix`. */
async function seedFigures(prefix: string): Promise<{ uri: vscode.Uri; count: () => number }> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace is open');
  const dir = vscode.Uri.joinPath(folder.uri, 'seeds');
  const name = (await vscode.workspace.fs.readDirectory(dir)).map(([n]) => n).find((n) => n.startsWith(prefix) && n.endsWith('.txt'));
  assert.ok(name, `a seed named ${prefix}*.txt`);
  const uri = vscode.Uri.joinPath(dir, name);
  const count = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'corpus-review' && (typeof d.code === 'object' ? d.code.value : d.code) === 'unsourced-figure').length;
  return { uri, count };
}

/** Waits for the review of an unopened seed and the one server process that made it. */
async function reviewedByOneServer(): Promise<{ seed: Awaited<ReturnType<typeof seedFigures>>; before: number; pid: number }> {
  const seed = await seedFigures('003_');
  await waitFor('the review of an unopened seed', () => seed.count() > 0, SCAN_TIMEOUT);
  const before = seed.count();
  const [pid] = await waitFor('one language server process', () => {
    const pids = serverPids();
    return pids.length === 1 ? pids : undefined;
  });
  return { seed, before, pid };
}

test('the server process is killed: the client restarts it and the review comes back', async () => {
  if (process.platform !== 'linux') {
    console.log('  (skipped: finding the server process reads /proc)');
    return;
  }
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `the extension ${EXTENSION_ID} is installed`);
  await ext.activate();
  const { seed, before, pid } = await reviewedByOneServer();

  // The seed's diagnostic count at each change: cleared with the old process, then published by the new one.
  const counts: number[] = [];
  const listener = vscode.languages.onDidChangeDiagnostics((e) => {
    if (e.uris.some((u) => u.toString() === seed.uri.toString())) counts.push(seed.count());
  });

  process.kill(pid, 'SIGKILL');

  // The client notices the closed connection, clears the old diagnostics and forks a new server.
  const next = await waitFor('a new language server process', () => serverPids().find((p) => p !== pid), 30_000);
  assert.notEqual(next, pid);
  await waitFor('the old process to be gone', () => !serverPids().includes(pid), 10_000);
  // Diagnostics published after the restart can only come from the new process's scan.
  try {
    await waitFor('the review of the unopened seed, cleared and then back from the new server', () => {
      const cleared = counts.indexOf(0);
      return cleared >= 0 && counts.slice(cleared + 1).includes(before);
    }, SCAN_TIMEOUT);
  } finally {
    listener.dispose();
  }
  assert.equal(seed.count(), before);
}, 120_000);

/** The command line of a process (Linux /proc). */
function cmdline(pid: number): string[] {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return [];
  }
}

test('corpusReview.server.maxMemory: Restart the Language Server starts it with that heap, and the review comes back', async () => {
  if (process.platform !== 'linux') {
    console.log('  (skipped: finding the server process reads /proc)');
    return;
  }
  const { seed, before, pid } = await reviewedByOneServer();
  assert.ok(!cmdline(pid).some((a) => a.startsWith('--max-old-space-size')), `no heap flag by default: ${cmdline(pid).join(' ')}`);
  const config = vscode.workspace.getConfiguration('corpusReview');
  await config.update('server.maxMemory', 512, vscode.ConfigurationTarget.Global);
  try {
    await vscode.commands.executeCommand('corpusReview.restartServer');
    const next = await waitFor('a new language server process', () => serverPids().find((p) => p !== pid), 30_000);
    assert.ok(cmdline(next).includes('--max-old-space-size=512'), cmdline(next).join(' '));
    await waitFor('the review of the unopened seed from the new server', () => seed.count() === before, SCAN_TIMEOUT);
  } finally {
    await config.update('server.maxMemory', undefined, vscode.ConfigurationTarget.Global);
  }
}, 120_000);
