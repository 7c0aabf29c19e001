#!/usr/bin/env node
// `npm run test:e2e`: the extension in a real VS Code, and the server under a
// second, independent LSP client.
//
//   setup   scripts/e2e-setup.sh (idempotent: Debian packages, code-server, playwright-core)
//   build   `npm run package` (tsc -b, esbuild bundles, the .vsix) and the test bundle out/e2e/index.js
//   ext     client/src/test in the real extension host, through @vscode/test-electron's runTests:
//           with VS Code Desktop when E2E_VSCODE_EXECUTABLE names one, else scripts/code-shim.mjs
//           (code-server + headless Chromium) where Desktop cannot be downloaded
//   ui      the packaged .vsix installed into code-server, driven through the workbench's DOM
//           (scripts/e2e-ui.mjs); screenshots in test-artifacts/
//   nvim    Neovim's built-in LSP client against dist/server.js --stdio (scripts/nvim-lsp-test.lua)
//
// Usage: node scripts/e2e.mjs [ext] [ui] [nvim] [--skip-setup] [--skip-build] [--screenshots-to-docs]
// With no part named, all three run. Prints one line per scenario, one summary line per
// part with its wall time, then `N passed, M failed`; exits 1 if anything failed.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { ARTIFACTS, E2E, ROOT, WORKSPACE, freshDir, freshWorkspace, isolatedEnv, run, seconds, writeUserSettings } from './e2e-lib.mjs';

const args = process.argv.slice(2);
const PARTS = ['ext', 'ui', 'nvim'];
const chosen = args.filter((a) => PARTS.includes(a));
const unknown = args.filter((a) => !PARTS.includes(a) && !['--skip-setup', '--skip-build', '--screenshots-to-docs'].includes(a));
if (unknown.length) {
  console.error(`e2e: unknown argument(s) ${unknown.join(' ')}\nusage: node scripts/e2e.mjs [ext] [ui] [nvim] [--skip-setup] [--skip-build] [--screenshots-to-docs]`);
  process.exit(2);
}
const parts = chosen.length ? chosen : PARTS;
const T0 = Date.now();
const totals = { passed: 0, failed: 0 };
const summary = [];

function report(part, title, results, ms, note = '') {
  const failed = results.filter((r) => !r.ok).length;
  totals.passed += results.length - failed;
  totals.failed += failed;
  summary.push(`[${part}] ${title}: ${results.length - failed} passed, ${failed} failed, ${seconds(ms)}${note ? ` (${note})` : ''}`);
}

function printResults(results) {
  for (const r of results) {
    console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.name}${r.ms !== undefined ? ` (${seconds(r.ms)})` : ''}`);
    if (!r.ok && r.error) console.log(String(r.error).split('\n').slice(0, 12).map((l) => `       ${l}`).join('\n'));
  }
}

function finish() {
  console.log(`\n== summary (${seconds(Date.now() - T0)} in all)`);
  for (const line of summary) console.log(line);
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
  process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
}

// --- setup and build -------------------------------------------------------------------

async function step(name, fn) {
  const t = Date.now();
  console.log(`\n== ${name}`);
  try {
    await fn();
    summary.push(`[${name}] done, ${seconds(Date.now() - t)}`);
    return true;
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    report(name, 'failed', [{ name, ok: false }], Date.now() - t);
    return false;
  }
}

if (!args.includes('--skip-setup')) {
  const ok = await step('setup', async () => {
    const r = await run('bash', [path.join(ROOT, 'scripts', 'e2e-setup.sh')], { echo: true, timeoutMs: 1_800_000 });
    if (r.code !== 0) throw new Error(`scripts/e2e-setup.sh failed (${r.code})`);
  });
  if (!ok) finish();
}

const { version, name: pkgName } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const VSIX = path.join(ROOT, `${pkgName}-${version}.vsix`);
const TEST_BUNDLE = path.join(ROOT, 'out', 'e2e', 'index.js');

if (!args.includes('--skip-build')) {
  const ok = await step('build', async () => {
    const needsVsix = parts.includes('ui');
    const r = await run('npm', ['run', '-s', needsVsix ? 'package' : 'build'], { timeoutMs: 600_000 });
    if (r.code !== 0) throw new Error(`npm run ${needsVsix ? 'package' : 'build'} failed (${r.code}):\n${r.out.slice(-4000)}`);
    if (needsVsix && !fs.existsSync(VSIX)) throw new Error(`npm run package did not make ${VSIX}`);
    // The test suite, bundled like the extension: one CommonJS file, `vscode` from the host.
    const esbuild = await import('esbuild');
    await esbuild.build({
      entryPoints: [path.join(ROOT, 'client', 'src', 'test', 'index.ts')],
      outfile: TEST_BUNDLE,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      sourcemap: 'inline',
      external: ['vscode'],
      logLevel: 'warning',
    });
    console.log(`built dist/, ${needsVsix ? `${path.basename(VSIX)}, ` : ''}out/e2e/index.js`);
  });
  if (!ok) finish();
}

// --- part 1: extension tests in the extension host -----------------------------------------

async function partExt() {
  const t = Date.now();
  console.log('\n== ext: client/src/test in the real extension host (@vscode/test-electron runTests)');
  const runDir = freshDir(path.join(E2E, 'runs', 'ext'));
  const resultsFile = path.join(runDir, 'results.json');
  freshWorkspace();
  writeUserSettings(path.join(runDir, 'user-data'));
  const { runTests } = await import('@vscode/test-electron');
  const desktop = process.env.E2E_VSCODE_EXECUTABLE;
  const executable = desktop ?? path.join(ROOT, 'scripts', 'code-shim.mjs');
  const limitMs = Number(process.env.E2E_TEST_TIMEOUT_MS ?? 240_000) + 60_000;
  // A last-resort limit: the shim has its own, this one stops a shim that hangs.
  const watchdog = setTimeout(() => {
    console.error(`e2e: the extension test run passed ${seconds(limitMs)}; stopping it`);
    try {
      process.kill(Number(fs.readFileSync(path.join(runDir, 'shim.pid'), 'utf8')), 'SIGTERM');
    } catch {
      /* not started or gone */
    }
  }, limitMs);
  let exitCode;
  try {
    exitCode = await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: TEST_BUNDLE,
      launchArgs: [WORKSPACE, `--user-data-dir=${path.join(runDir, 'user-data')}`, `--extensions-dir=${path.join(runDir, 'extensions')}`],
      extensionTestsEnv: { CORPUS_REVIEW_E2E_RESULTS: resultsFile, ...isolatedEnv(runDir) },
    });
  } catch (e) {
    exitCode = e?.code ?? 1;
  } finally {
    clearTimeout(watchdog);
  }
  let results;
  try {
    results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')).results;
  } catch {
    results = [{ name: 'extension tests report their results', ok: false, error: `no ${resultsFile}; exit code ${exitCode}; logs in ${runDir}` }];
  }
  if (exitCode !== 0 && results.every((r) => r.ok)) results.push({ name: 'extension test run exits 0', ok: false, error: `exit code ${exitCode}` });
  console.log(`results (exit code ${exitCode}):`);
  printResults(results);
  report('ext', `extension tests in ${desktop ? 'VS Code Desktop' : 'code-server'}'s extension host`, results, Date.now() - t);
}

// --- part 2: the packaged .vsix, through the UI ------------------------------------------

async function partUi() {
  const t = Date.now();
  console.log(`\n== ui: ${path.basename(VSIX)} installed into code-server, driven through the workbench`);
  const { runUiTest } = await import('./e2e-ui.mjs');
  const results = await runUiTest({
    vsix: VSIX,
    runDir: freshDir(path.join(E2E, 'runs', 'ui')),
    workspace: freshWorkspace(),
    artifacts: ARTIFACTS,
    docsScreenshots: args.includes('--screenshots-to-docs') ? path.join(ROOT, 'docs', 'screenshots') : undefined,
  });
  printResults(results);
  report('ui', 'UI test on the packaged extension', results, Date.now() - t, `screenshots in ${path.relative(ROOT, ARTIFACTS)}/`);
}

// --- part 3: Neovim's LSP client ----------------------------------------------------------

async function partNvim() {
  const t = Date.now();
  console.log('\n== nvim: Neovim\'s built-in LSP client against dist/server.js --stdio');
  const runDir = freshDir(path.join(E2E, 'runs', 'nvim'));
  const workspace = freshWorkspace();
  const env = isolatedEnv(runDir, { LSP_SERVER: path.join(ROOT, 'dist', 'server.js'), LSP_ROOT: workspace, LSP_LOG: path.join(runDir, 'lsp.log') });
  const script = path.join(ROOT, 'scripts', 'nvim-lsp-test.lua');
  const r = await run('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${script}`], { cwd: workspace, env, timeoutMs: 90_000 });
  fs.writeFileSync(path.join(runDir, 'nvim.out'), r.out);
  const results = [];
  for (const line of r.out.split(/\r?\n/)) {
    const m = /^(ok|not ok) - (.*?)(?: # (.*))?$/.exec(line.trim());
    if (m) results.push({ name: m[2], ok: m[1] === 'ok', error: m[3] });
    else if (line.trim() && !/^(1\.\.\d+)$/.test(line.trim())) console.log(`  | ${line}`);
  }
  if (results.length === 0) results.push({ name: 'nvim reports its checks', ok: false, error: `exit code ${r.code}:\n${r.out.slice(-2000)}` });
  else if (r.code !== 0 && results.every((x) => x.ok)) results.push({ name: 'nvim exits 0', ok: false, error: `exit code ${r.code}` });
  printResults(results);
  report('nvim', 'Neovim LSP client', results, Date.now() - t);
}

const runners = { ext: partExt, ui: partUi, nvim: partNvim };
for (const p of parts) {
  try {
    await runners[p]();
  } catch (e) {
    console.error(e instanceof Error ? e.stack : String(e));
    report(p, 'crashed', [{ name: p, ok: false }], 0);
  }
}
finish();
