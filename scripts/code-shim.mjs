#!/usr/bin/env node
// A stand-in "VS Code executable" for @vscode/test-electron's
// runTests({ vscodeExecutablePath }), for machines where VS Code Desktop cannot be
// downloaded: it takes the desktop CLI's arguments and runs the same extension
// tests in code-server's real (Node) extension host, with headless Chromium as
// the window. Its exit code is the tests' result, as with the desktop app.
//
// Understood: --extensionDevelopmentPath=, --extensionTestsPath=, --user-data-dir=,
// --extensions-dir=, and one positional folder to open. Other desktop flags
// (--no-sandbox, --disable-updates, ...) mean nothing here and are ignored.
// The web workbench takes the development and test paths in its `payload` query
// parameter, and calls window.codeAutomationExit(code) when the test module's
// run() settles; playwright's exposeFunction turns that into our exit code.
//
// Env: E2E_TEST_TIMEOUT_MS (default 240000): limit for the whole test run.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { E2E, freshDir, launchBrowser, seconds, startCodeServer } from './e2e-lib.mjs';

const opts = { dev: [], tests: undefined, userDataDir: undefined, extensionsDir: undefined, folder: undefined };
for (const a of process.argv.slice(2)) {
  const [flag, ...rest] = a.split('=');
  const value = rest.join('=');
  if (flag === '--extensionDevelopmentPath') opts.dev.push(path.resolve(value));
  else if (flag === '--extensionTestsPath') opts.tests = path.resolve(value);
  else if (flag === '--user-data-dir') opts.userDataDir = path.resolve(value);
  else if (flag === '--extensions-dir') opts.extensionsDir = path.resolve(value);
  else if (!a.startsWith('-')) opts.folder = path.resolve(a);
}
if (opts.dev.length === 0 || !opts.tests) {
  console.error('code-shim: expected --extensionDevelopmentPath=... and --extensionTestsPath=...');
  process.exit(2);
}
const folder = opts.folder ?? opts.dev[0];
// code-server's logs, sockets and temp files, and the browser profile, go next to
// the user data folder runTests was given, or into .e2e/runs/shim.
const runDir = opts.userDataDir ? path.dirname(opts.userDataDir) : freshDir(path.join(E2E, 'runs', 'shim'));
fs.mkdirSync(runDir, { recursive: true });
fs.writeFileSync(path.join(runDir, 'shim.pid'), String(process.pid));
const timeoutMs = Number(process.env.E2E_TEST_TIMEOUT_MS ?? 240_000);
const t0 = Date.now();
const lap = (m) => console.log(`[code-shim ${seconds(Date.now() - t0)}] ${m}`);

let server;
let browser;
let code = 1;
try {
  server = await startCodeServer({ runDir, folder, userDataDir: opts.userDataDir, extensionsDir: opts.extensionsDir });
  lap(`code-server on ${server.origin}`);
  // vscode-remote URIs with code-server's authority (the Host the browser uses).
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = [...opts.dev.map((d) => ['extensionDevelopmentPath', remote(d)]), ['extensionTestsPath', remote(opts.tests)]];
  browser = await launchBrowser(runDir);
  const { page } = browser;
  const consoleLog = fs.createWriteStream(path.join(runDir, 'browser-console.log'));
  page.on('console', (m) => consoleLog.write(`[${m.type()}] ${m.text()}\n`));
  page.on('pageerror', (e) => consoleLog.write(`[pageerror] ${e.stack ?? e}\n`));
  const done = new Promise((resolve) => {
    void page.exposeFunction('codeAutomationExit', (c) => resolve(c));
  });
  // The workbench's and extension host's console (the tests' report) come through codeAutomationLog.
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
    (type === 'error' ? process.stderr : process.stdout).write(`${line.replace(/^/gm, '[vscode] ')}\n`);
  });
  await page.goto(server.url(payload), { timeout: 60_000 });
  lap('workbench loading, extension tests running');
  const result = await Promise.race([done, new Promise((r) => setTimeout(() => r('timeout'), timeoutMs))]);
  if (result === 'timeout') {
    console.error(`code-shim: the extension tests did not finish within ${seconds(timeoutMs)}`);
    await page.screenshot({ path: path.join(runDir, 'timeout.png') }).catch(() => {});
  } else {
    code = Number.isInteger(Number(result)) ? Number(result) : 1;
    lap(`extension host exited with ${code}`);
  }
} catch (e) {
  console.error(`code-shim: ${e instanceof Error ? e.stack : e}`);
} finally {
  await browser?.close();
  await server?.stop();
}
process.exit(code === 0 ? 0 : 1);
