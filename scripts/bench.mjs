#!/usr/bin/env node
// `npm run bench`: generates the benchmark corpora (bench/generate.ts, reused
// when already there) and measures the core, the language server over stdio,
// the CLI and cspell on them. Prints a table and writes bench/results/latest.json
// plus a timestamped copy. Never fails on a missed target: it prints ✗.
//
//   node scripts/bench.mjs [--sizes 1000,10000,100000] [--skip-cspell] [--skip-100k]
//                          [--skip-lsp] [--skip-cli] [--profile]
//
// See bench/README.md for what each row measures. Expects `npm run -s build`
// to have run (out/ from tsc -b, dist/ from esbuild).

import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = path.join(REPO, 'bench');
const TOOLS = path.join(BENCH, '.tools');
const CORPORA = path.join(BENCH, 'corpora');
const RESULTS = path.join(BENCH, 'results');
const CSPELL_VERSION = '9.8.0';
/** The 100k core run is skipped when projected (linearly from the largest smaller size) above this. */
const HUNDRED_K_BUDGET_MS = 240_000;
const require = createRequire(import.meta.url);

// ------------------------------------------------------------------ helpers

function parseFlags(argv) {
  const flags = { sizes: [1000, 10000, 100000], skipCspell: false, skip100k: false, skipLsp: false, skipCli: false, skipCore: false, force100k: false, profile: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--sizes') flags.sizes = argv[++i].split(',').map((s) => Number(s.trim())).filter((n) => n > 0);
    else if (a.startsWith('--sizes=')) flags.sizes = a.slice(8).split(',').map(Number).filter((n) => n > 0);
    else if (a === '--skip-cspell') flags.skipCspell = true;
    else if (a === '--skip-100k') flags.skip100k = true;
    else if (a === '--skip-lsp') flags.skipLsp = true;
    else if (a === '--skip-cli') flags.skipCli = true;
    else if (a === '--skip-core') flags.skipCore = true;
    else if (a === '--force-100k') flags.force100k = true;
    else if (a === '--only') {
      const only = new Set(argv[++i].split(','));
      flags.skipCore = !only.has('core');
      flags.skipLsp = !only.has('lsp');
      flags.skipCli = !only.has('cli');
      flags.skipCspell = !only.has('cspell');
    } else if (a === '--profile') flags.profile = true;
    else throw new Error(`unknown flag ${a}`);
  }
  if (flags.skip100k) flags.sizes = flags.sizes.filter((n) => n < 100000);
  return flags;
}

const log = (m) => process.stderr.write(`[bench] ${m}\n`);

function quantile(values, q) {
  if (!values.length) return undefined;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

function stats(values) {
  return { n: values.length, p50: quantile(values, 0.5), p95: quantile(values, 0.95), max: quantile(values, 1) };
}

function listArticles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt')) out.push(p);
    }
  };
  walk(path.join(dir, 'articles'));
  return out;
}

/** Runs a child to completion; resolves with its output, wall time and peak RSS. */
function run(cmd, args, { cwd, timeoutMs = 600_000, keepStdout = true, env } = {}) {
  return new Promise((resolve) => {
    const timeBin = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
    const started = performance.now();
    const child = timeBin ? spawn(timeBin, ['-v', cmd, ...args], { cwd, env }) : spawn(cmd, args, { cwd, env });
    const out = [];
    let outBytes = 0;
    let outLines = 0;
    let err = '';
    child.stdout.on('data', (d) => {
      outBytes += d.length;
      for (let i = 0; i < d.length; i++) if (d[i] === 10) outLines++;
      if (keepStdout) out.push(d);
    });
    child.stderr.on('data', (d) => {
      err += d;
      if (err.length > 1_000_000) err = err.slice(-500_000);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - started;
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
      resolve({ code, signal, ms, stdout: Buffer.concat(out).toString('utf8'), outBytes, outLines, stderr: err, maxRssMB: m ? Number(m[1]) / 1024 : undefined, timedOut: signal === 'SIGKILL' });
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ------------------------------------------------------------------ generator

async function loadGenerator() {
  const esbuild = await import('esbuild');
  const outfile = path.join(TOOLS, 'build', 'generate.cjs');
  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  await esbuild.build({ entryPoints: [path.join(BENCH, 'generate.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
  return require(outfile);
}

// ------------------------------------------------------------------ child: core

/** `--child core <dir>`: reads every article, then times the core on them. Prints JSON. */
async function childCore(dir) {
  const core = (m) => require(path.join(REPO, 'out/server/src/core', m));
  const { Corpus } = core('corpus.js');
  const { decodeArticle } = core('decode.js');
  const { findingsFor } = core('diagnostics.js');
  const { SCAN_BATCH } = core('scan.js');

  const t0 = performance.now();
  const files = listArticles(dir);
  const inputs = files.map((f) => ({ uri: pathToFileURL(f).toString(), path: path.relative(dir, f).split(path.sep).join('/'), bytes: fs.readFileSync(f) }));
  const configText = fs.readFileSync(path.join(dir, 'corpus-review.yaml'), 'utf8');
  const registryText = fs.readFileSync(path.join(dir, 'actors.yaml'), 'utf8');
  const readMs = performance.now() - t0;
  let bytes = 0;
  for (const i of inputs) bytes += i.bytes.length;

  const t1 = performance.now();
  const corpus = new Corpus();
  corpus.setConfig(pathToFileURL(path.join(dir, 'corpus-review.yaml')).toString(), 'corpus-review.yaml', configText);
  corpus.setRegistry(pathToFileURL(path.join(dir, 'actors.yaml')).toString(), 'actors.yaml', registryText);
  const t2 = performance.now();
  // as a scan does: a batch of articles analysed, then indexed
  for (let b = 0; b < inputs.length; b += SCAN_BATCH) {
    const batch = [];
    for (const i of inputs.slice(b, b + SCAN_BATCH)) {
      const d = decodeArticle(i.bytes);
      if ('error' in d) corpus.skip(i.uri, i.path, d.error);
      else batch.push({ uri: i.uri, path: i.path, text: d.text });
    }
    corpus.setDocuments(batch);
  }
  const t3 = performance.now();
  let findings = 0;
  let withFindings = 0;
  for (const i of inputs) {
    const n = findingsFor(corpus, i.uri).length;
    findings += n;
    if (n) withFindings++;
  }
  const t4 = performance.now();
  let figures = 0;
  let mentions = 0;
  for (const d of corpus.documents()) {
    figures += d.figures.length;
    mentions += d.actors.mentions.length;
  }
  const ru = process.resourceUsage();
  // After the timing: the heap the corpus keeps, collected twice (the peak RSS above adds what the
  // garbage collector let grow before collecting, which varies from run to run)
  let liveHeapMB;
  if (typeof globalThis.gc === 'function') {
    globalThis.gc();
    globalThis.gc();
    liveHeapMB = process.memoryUsage().heapUsed / 1e6;
  }
  void corpus.size; // the corpus is live up to here
  process.stdout.write(
    JSON.stringify({
      articles: inputs.length,
      bytes,
      readMs,
      inputsMs: t2 - t1,
      analyzeMs: t3 - t2,
      findingsMs: t4 - t3,
      coldMs: t4 - t1,
      totalWithReadMs: readMs + (t4 - t1),
      findings,
      withFindings,
      figures,
      mentions,
      maxRssMB: ru.maxRSS / 1024,
      liveHeapMB,
    }) + '\n',
  );
}

async function measureCore(dir, profile) {
  const args = ['--expose-gc', ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${path.join(RESULTS, 'profiles')}`, '--cpu-prof-name=core-' + path.basename(dir) + '.cpuprofile'] : []), fileURLToPath(import.meta.url), '--child', 'core', dir];
  const r = await run(process.execPath, args, { timeoutMs: 900_000 });
  if (r.code !== 0) throw new Error(`core run failed (${r.code ?? r.signal}): ${r.stderr.slice(-2000)}`);
  const j = JSON.parse(r.stdout.trim().split('\n').pop());
  j.mbPerS = j.bytes / 1e6 / (j.coldMs / 1000);
  j.mbPerSWithRead = j.bytes / 1e6 / (j.totalWithReadMs / 1000);
  return j;
}

// ------------------------------------------------------------------ LSP

const rpc = require('vscode-languageserver-protocol/node');

async function measureLsp(dir, expectedUris, names, profile) {
  const serverArgs = [...(profile ? ['--cpu-prof', `--cpu-prof-dir=${path.join(RESULTS, 'profiles')}`, '--cpu-prof-name=server.cpuprofile'] : []), path.join(REPO, 'dist/server.js'), '--stdio'];
  const child = spawn(process.execPath, serverArgs, { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr = (stderr + d).slice(-20000);
  });
  const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const result = { uris: 0, expectedUris };
  const seen = new Set();
  const waiters = new Set();
  let lastDiagAt = 0;
  let progressEndAt;
  let firstDiagAt;
  const latest = new Map();
  const poke = () => {
    for (const w of [...waiters]) if (w.check()) {
      waiters.delete(w);
      w.resolve(true);
    }
  };
  const waitFor = (check, ms) =>
    check()
      ? Promise.resolve(true)
      : new Promise((resolve) => {
          const timer = setTimeout(() => {
            if (waiters.delete(w)) resolve(false);
          }, ms);
          const w = {
            check,
            resolve: (v) => {
              clearTimeout(timer);
              resolve(v);
            },
          };
          waiters.add(w);
        });
  let published = 0;
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    const now = performance.now();
    published++;
    firstDiagAt ??= now;
    lastDiagAt = now;
    seen.add(p.uri);
    latest.set(p.uri, p);
    poke();
  });
  connection.onNotification('$/progress', (p) => {
    if (p?.value?.kind === 'end') {
      progressEndAt = performance.now();
      poke();
    }
  });
  connection.onNotification(() => {});
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/configuration', (p) => p.items.map(() => null));
  connection.listen();

  const rootUri = pathToFileURL(dir).toString();
  const t0 = performance.now();
  const init = await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: path.basename(dir) }],
    capabilities: {
      window: { workDoneProgress: true },
      workspace: { configuration: false, symbol: {} },
      textDocument: { publishDiagnostics: { versionSupport: true }, hover: { contentFormat: ['markdown', 'plaintext'] }, definition: {}, references: {} },
    },
  });
  result.initializeMs = performance.now() - t0;
  result.capabilities = Object.keys(init.capabilities ?? {}).sort();
  await connection.sendNotification('initialized', {});

  // All diagnostics: the scan's progress has ended (the server publishes every
  // batch before it ends the progress), then no new URI for 300 ms.
  const ended = await waitFor(() => progressEndAt !== undefined, 600_000);
  if (ended) {
    let count = -1;
    for (let i = 0; i < 100 && count !== seen.size; i++) {
      count = seen.size;
      await sleep(300);
    }
  }
  result.scanCompleted = ended;
  result.progressEndMs = progressEndAt !== undefined ? progressEndAt - t0 : undefined;
  result.firstDiagnosticsMs = firstDiagAt !== undefined ? firstDiagAt - t0 : undefined;
  result.lastDiagnosticsMs = lastDiagAt ? lastDiagAt - t0 : undefined;
  result.uris = seen.size;
  result.allDiagnosticsMs = Math.max(result.progressEndMs ?? Infinity, result.lastDiagnosticsMs ?? 0);
  log(`lsp: ${seen.size} URIs with diagnostics (core expects ${expectedUris}), progress end at ${result.progressEndMs?.toFixed(0)} ms`);

  // Open 10 articles spread over the corpus.
  const files = listArticles(dir);
  const open = [];
  for (let k = 0; k < 10; k++) {
    const f = files[Math.floor(((k + 0.5) * files.length) / 10)];
    const uri = pathToFileURL(f).toString();
    const text = fs.readFileSync(f, 'utf8');
    open.push({ uri, text, version: 1 });
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text } });
  }
  await waitFor(() => open.every((o) => latest.get(o.uri)?.version === 1), 10_000);

  // Edits: append a sentence with a new unsourced figure; wait for that version's diagnostics.
  const editTimes = [];
  let editTimeouts = 0;
  for (let i = 0; i < 50; i++) {
    const doc = open[i % open.length];
    const lines = doc.text.split(/\r\n|\r|\n/);
    const line = lines.length - 1;
    const insert = ` Officials counted ${1000 + i * 7} more drones.`;
    doc.version++;
    const t = performance.now();
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: doc.uri, version: doc.version },
      contentChanges: [{ range: { start: { line, character: lines[line].length }, end: { line, character: lines[line].length } }, text: insert }],
    });
    const ok = await waitFor(() => latest.get(doc.uri)?.version === doc.version, 10_000);
    if (ok) editTimes.push(performance.now() - t);
    else editTimeouts++;
    doc.text += insert;
  }
  result.edit = { ...stats(editTimes), timeouts: editTimeouts };
  const publishedByEdits = published;

  // Positions of actor mentions in the open articles, found by text.
  const positions = [];
  const nameRe = new RegExp(`\\b(?:${[...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'g');
  for (const o of open) {
    const lineStarts = [0];
    for (let i = 0; i < o.text.length; i++) if (o.text[i] === '\n') lineStarts.push(i + 1);
    for (const m of o.text.matchAll(nameRe)) {
      const off = m.index + Math.floor(m[0].length / 2);
      let line = 0;
      while (line + 1 < lineStarts.length && lineStarts[line + 1] <= off) line++;
      const lineText = o.text.slice(lineStarts[line], lineStarts[line + 1] ?? o.text.length);
      if (lineText.includes('\r')) continue; // keep to LF files: character = UTF-16 offset in line
      positions.push({ uri: o.uri, position: { line, character: off - lineStarts[line] }, name: m[0] });
    }
  }
  const sample = [];
  for (let i = 0; i < 100 && positions.length; i++) sample.push(positions[Math.floor((i * positions.length) / 100)]);
  result.mentionPositions = positions.length;

  const timeRequest = async (method, make, n = 100, keep) => {
    const times = [];
    let nonNull = 0;
    let error;
    for (let i = 0; i < n; i++) {
      const params = make(i);
      if (!params) break;
      const t = performance.now();
      try {
        let timer;
        const r = await Promise.race([
          connection.sendRequest(method, params).finally(() => clearTimeout(timer)),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error('timeout after 10 s')), 10_000);
          }),
        ]);
        times.push(performance.now() - t);
        keep?.push(r);
        if (r !== null && r !== undefined && !(Array.isArray(r) && r.length === 0)) nonNull++;
      } catch (e) {
        error = e?.code === -32601 ? 'method not found' : String(e?.message ?? e);
        if (e?.code === -32601) break;
      }
    }
    if (!times.length || nonNull === 0) return { na: true, reason: error ?? (times.length ? 'null results' : 'no positions'), answered: times.length, nonNull };
    return { ...stats(times), nonNull, error };
  };
  result.hover = await timeRequest('textDocument/hover', (i) => sample[i] && { textDocument: { uri: sample[i].uri }, position: sample[i].position });
  result.definition = await timeRequest('textDocument/definition', (i) => sample[i] && { textDocument: { uri: sample[i].uri }, position: sample[i].position });
  result.references = await timeRequest('textDocument/references', (i) => sample[i] && { textDocument: { uri: sample[i].uri }, position: sample[i].position, context: { includeDeclaration: true } });
  const queries = names.filter((n, i) => i % 7 === 0).map((n) => n.split(' ').pop().slice(0, 4));
  result.workspaceSymbols = await timeRequest('workspace/symbol', (i) => ({ query: queries[i % queries.length] }));

  // The requests above run while the server re-publishes the articles that depend on
  // the edits (300 ms after the last one; the first re-publish of an article after the
  // scan is sent as is). The same references again once no diagnostics came for 1 s:
  // the latency of an otherwise idle server.
  const quietFrom = performance.now();
  while (performance.now() - Math.max(lastDiagAt, quietFrom) < 1000 && performance.now() - quietFrom < 60_000) await sleep(100);
  result.republishedAfterEdits = published - publishedByEdits;
  const answers = [];
  result.referencesIdle = await timeRequest('textDocument/references', (i) => sample[i] && { textDocument: { uri: sample[i].uri }, position: sample[i].position, context: { includeDeclaration: true } }, 100, answers);
  // The floor under those times: the same answers sent back by a process that
  // only stores them, over the server's JSON-RPC library and stdio. What is
  // left above it is the server's own work.
  result.referencesTransport = await measureTransport(answers);
  result.referencesLocations = stats(answers.map((a) => (Array.isArray(a) ? a.length : 0)));

  // Peak RSS of the server, then shut it down.
  try {
    const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const m = /VmHWM:\s+(\d+) kB/.exec(status);
    result.serverPeakRssMB = m ? Number(m[1]) / 1024 : undefined;
  } catch {
    result.serverPeakRssMB = undefined;
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    let timer;
    await Promise.race([connection.sendRequest('shutdown').finally(() => clearTimeout(timer)), new Promise((r) => (timer = setTimeout(r, 5000)))]);
    await connection.sendNotification('exit');
  } catch {
    // already gone
  }
  const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(killer);
  connection.dispose();
  if (!ended) result.stderr = stderr.slice(-2000);
  return result;
}

/** `--child echo`: a JSON-RPC process over stdio that stores answers and sends them back on request. */
function childEcho() {
  // the JSON-RPC library the server is built with (the package it depends on), not the bench client's
  const srv = require('vscode-languageserver/node');
  const connection = srv.createProtocolConnection(new srv.StreamMessageReader(process.stdin), new srv.StreamMessageWriter(process.stdout));
  let stored = [];
  connection.onRequest('bench/store', (answers) => {
    stored = answers;
    return stored.length;
  });
  connection.onRequest('bench/answer', (i) => stored[i] ?? null);
  connection.onNotification('exit', () => process.exit(0));
  connection.onClose(() => process.exit(0));
  connection.listen();
  return new Promise(() => {}); // runs until told to exit or its stdin closes
}

/** Times sending each answer again from the echo child: JSON-RPC and the pipe alone, no analysis. */
async function measureTransport(answers) {
  if (!answers.length) return { na: true, reason: 'no answers' };
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child', 'echo'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  connection.listen();
  try {
    await connection.sendRequest('bench/store', answers);
    const times = [];
    for (let i = 0; i < answers.length; i++) {
      const t = performance.now();
      await connection.sendRequest('bench/answer', i);
      times.push(performance.now() - t);
    }
    return { ...stats(times), nonNull: answers.filter((a) => a !== null && a !== undefined).length };
  } finally {
    await connection.sendNotification('exit').catch(() => undefined);
    connection.dispose();
    child.kill();
  }
}

// ------------------------------------------------------------------ CLI and cspell

async function measureCli(dir) {
  const r = await run(process.execPath, [path.join(REPO, 'dist/cli.js'), 'check', '--format', 'json'], { cwd: dir, timeoutMs: 600_000 });
  let findings;
  try {
    findings = JSON.parse(r.stdout).findings.length;
  } catch {
    findings = undefined;
  }
  return { ms: r.ms, maxRssMB: r.maxRssMB, exitCode: r.code, findings, outputMB: r.outBytes / 1e6, timedOut: r.timedOut };
}

function ensureCspell() {
  const bin = path.join(TOOLS, 'node_modules', 'cspell', 'bin.mjs');
  const pkg = path.join(TOOLS, 'node_modules', 'cspell', 'package.json');
  try {
    if (JSON.parse(fs.readFileSync(pkg, 'utf8')).version === CSPELL_VERSION && fs.existsSync(bin)) return { bin };
  } catch {
    // not installed
  }
  log(`installing cspell@${CSPELL_VERSION} into bench/.tools ...`);
  fs.mkdirSync(TOOLS, { recursive: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['install', '--prefix', TOOLS, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `cspell@${CSPELL_VERSION}`], { encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0 || !fs.existsSync(bin)) {
    const why = (r.error?.message ?? r.stderr ?? '').trim().split('\n').slice(-3).join(' ');
    return { error: `npm install cspell@${CSPELL_VERSION} failed: ${why || `exit ${r.status}`}` };
  }
  return { bin };
}

async function measureCspell(dir) {
  const c = ensureCspell();
  if (c.error) {
    log(c.error);
    return { na: true, reason: c.error };
  }
  const r = await run(process.execPath, [c.bin, 'lint', '--no-progress', '--no-summary', '--no-cache', '--no-must-find-files', 'articles/**/*.txt'], { cwd: dir, keepStdout: false, timeoutMs: 600_000 });
  return { ms: r.ms, maxRssMB: r.maxRssMB, exitCode: r.code, issues: r.outLines, timedOut: r.timedOut, version: CSPELL_VERSION };
}

// ------------------------------------------------------------------ report

const TARGETS = {
  coldMBs: 10,
  coldMs: 2500,
  allDiagnosticsMs: 5000,
  editP95: 10,
  hoverP95: 5,
  definitionP95: 5,
  referencesP95: 20,
  rssMB: 300,
};

function fmtMs(v) {
  if (v === undefined || v === null || Number.isNaN(v)) return 'n/a';
  return v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : v >= 100 ? `${Math.round(v)} ms` : `${v.toFixed(2)} ms`;
}
const fmtMB = (v) => (v === undefined ? 'n/a' : `${Math.round(v)} MB`);
const mark = (ok) => (ok === undefined ? ' ' : ok ? '✓' : '✗');

function table(res) {
  const rows = [];
  const row = (what, value, target = '', ok = undefined) => rows.push([what, value, target, mark(ok)]);
  for (const c of res.core) {
    const is10k = c.size === 10000;
    row(`core cold ${c.size / 1000}k (${(c.bytes / 1e6).toFixed(1)} MB)`, `${c.mbPerS.toFixed(1)} MB/s, ${fmtMs(c.coldMs)}`, is10k ? '≥ 10 MB/s, ≤ 2.5 s' : '', is10k ? c.mbPerS >= TARGETS.coldMBs && c.coldMs <= TARGETS.coldMs : undefined);
    row(`  with reading`, `${c.mbPerSWithRead.toFixed(1)} MB/s, ${fmtMs(c.totalWithReadMs)} (read ${fmtMs(c.readMs)})`);
    row(`  peak RSS (core) ${c.size / 1000}k`, fmtMB(c.maxRssMB), is10k ? '≤ 300 MB' : '', is10k ? c.maxRssMB <= TARGETS.rssMB : undefined);
    if (c.liveHeapMB !== undefined) row(`  live heap after the scan, collected`, fmtMB(c.liveHeapMB));
  }
  if (res.core100kSkipped) row('core cold 100k', `n/a (${res.core100kSkipped})`);
  if (res.scaling) row('  100k / 10k (articles ×10)', `time ×${res.scaling.time.toFixed(1)}, RSS ×${res.scaling.rss.toFixed(1)}`, '≈ ×10 (linear)', res.scaling.time <= 13 && res.scaling.rss <= 13);
  const l = res.lsp;
  if (l?.skipped) row('LSP', `n/a (${l.skipped})`);
  else if (l) {
    row('LSP initialize → all diagnostics 10k', `${fmtMs(l.allDiagnosticsMs)} (${l.uris}/${l.expectedUris ?? '?'} URIs)`, '≤ 5 s', l.scanCompleted && l.uris >= (l.expectedUris ?? 0) && l.allDiagnosticsMs <= TARGETS.allDiagnosticsMs);
    row('  first diagnostics', fmtMs(l.firstDiagnosticsMs));
    row('LSP one edit → diagnostics p50/p95', l.edit.n ? `${fmtMs(l.edit.p50)} / ${fmtMs(l.edit.p95)}` : 'n/a', '≤ 10 ms p95', l.edit.n ? l.edit.p95 <= TARGETS.editP95 && !l.edit.timeouts : false);
    const req = (label, r, target, limit) => {
      if (!r || r.na) row(label, `n/a (${r?.reason ?? 'not run'})`, target, undefined);
      else row(label, `${fmtMs(r.p50)} / ${fmtMs(r.p95)} (${r.nonNull}/${r.n} answered)`, target, limit === undefined ? undefined : r.p95 <= limit);
    };
    req('LSP hover p50/p95', l.hover, '≤ 5 ms p95', TARGETS.hoverP95);
    req('LSP definition p50/p95', l.definition, '≤ 5 ms p95', TARGETS.definitionP95);
    req('LSP references p50/p95', l.references, '≤ 20 ms p95', TARGETS.referencesP95);
    if (l.referencesIdle) req(`  same, server idle (after ${l.republishedAfterEdits} re-published)`, l.referencesIdle, '', undefined);
    if (l.referencesTransport) req(`  same answers, JSON-RPC alone (≤ ${l.referencesLocations?.max ?? '?'} locations)`, l.referencesTransport, '', undefined);
    req('LSP workspace symbols p50/p95', l.workspaceSymbols, '', undefined);
    row('LSP server peak RSS 10k', fmtMB(l.serverPeakRssMB), '≤ 300 MB', l.serverPeakRssMB === undefined ? undefined : l.serverPeakRssMB <= TARGETS.rssMB);
  }
  if (res.cli) row('CLI check --format json 10k', res.cli.skipped ? `n/a (${res.cli.skipped})` : `${fmtMs(res.cli.ms)}, ${fmtMB(res.cli.maxRssMB)}, ${res.cli.findings ?? '?'} findings`);
  if (res.cspell) row('cspell lint 10k (same files)', res.cspell.na || res.cspell.skipped ? `n/a (${res.cspell.reason ?? res.cspell.skipped})` : `${fmtMs(res.cspell.ms)}, ${fmtMB(res.cspell.maxRssMB)}, ${res.cspell.issues} issues (cspell ${res.cspell.version})`);
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) => `${r[0].padEnd(w[0])}  ${r[1].padEnd(w[1])}  ${r[2].padEnd(w[2])}  ${r[3]}`;
  return [line(['measure', 'value', 'target', '']), line(['-'.repeat(w[0]), '-'.repeat(w[1]), '-'.repeat(w[2]), '']), ...rows.map(line)].join('\n');
}

// ------------------------------------------------------------------ main

async function main() {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child' && argv[1] === 'core') return childCore(argv[2]);
  if (argv[0] === '--child' && argv[1] === 'echo') return childEcho();
  const flags = parseFlags(argv);
  for (const f of ['out/server/src/core/corpus.js', 'dist/server.js', 'dist/cli.js']) {
    if (!fs.existsSync(path.join(REPO, f))) throw new Error(`${f} is missing: run \`npm run -s build\` first (npm run bench does).`);
  }
  const started = performance.now();
  const gen = await loadGenerator();
  const res = {
    date: new Date().toISOString(),
    commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).stdout.trim() || undefined,
    dirty: spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: REPO, encoding: 'utf8' }).stdout.trim() !== '',
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memMB: Math.round(os.totalmem() / 2 ** 20), node: process.version, platform: `${os.platform()} ${os.release()}` },
    generator: { version: gen.GENERATOR_VERSION, seed: gen.DEFAULT_SEED },
    flags,
    targets: TARGETS,
    corpora: [],
    core: [],
  };
  const sizes = [...new Set(flags.sizes)].sort((a, b) => a - b);
  const dirs = new Map();
  for (const size of sizes) {
    const g = gen.ensureCorpus({ root: CORPORA, count: size, seedsDir: path.join(REPO, 'seeds'), log });
    log(`corpus ${size}: ${(g.bytes / 1e6).toFixed(1)} MB ${g.reused ? '(reused)' : `(generated in ${(g.ms / 1000).toFixed(1)} s)`}`);
    res.corpora.push({ size, bytes: g.bytes, avgBytes: Math.round(g.bytes / size), reused: g.reused, generateMs: g.ms });
    dirs.set(size, g.dir);
  }
  for (const size of flags.skipCore ? [] : sizes) {
    // The 100k run is skipped when the 10k run projects it over the budget (a slow core
    // would take most of the run); --force-100k runs it anyway.
    const prev = res.core.filter((c) => c.size < size).pop();
    if (size >= 100000 && prev && !flags.force100k) {
      const projected = ((prev.totalWithReadMs + prev.inputsMs) * size) / prev.size;
      if (projected > HUNDRED_K_BUDGET_MS) {
        res.core100kSkipped = `projected ${fmtMs(projected)} from ${prev.size / 1000}k, over the ${HUNDRED_K_BUDGET_MS / 1000} s budget (--force-100k runs it)`;
        log(`core ${size}: skipped, ${res.core100kSkipped}`);
        continue;
      }
    }
    log(`core cold analysis ${size} ...`);
    const c = await measureCore(dirs.get(size), flags.profile);
    res.core.push({ size, ...c });
    log(`core ${size}: ${c.mbPerS.toFixed(1)} MB/s, ${fmtMs(c.coldMs)}, ${fmtMB(c.maxRssMB)}`);
  }
  const c10 = res.core.find((c) => c.size === 10000);
  const c100 = res.core.find((c) => c.size === 100000);
  if (c10 && c100) res.scaling = { time: c100.coldMs / c10.coldMs, rss: c100.maxRssMB / c10.maxRssMB, articles: c100.articles / c10.articles };

  const dir10 = dirs.get(10000);
  if (!dir10) {
    res.lsp = { skipped: '10k not in --sizes' };
  } else {
    if (flags.skipLsp) res.lsp = { skipped: '--skip-lsp' };
    else {
      log('LSP on 10k ...');
      try {
        res.lsp = await measureLsp(dir10, c10?.withFindings, gen.registeredNames(), flags.profile);
      } catch (e) {
        res.lsp = { skipped: `failed: ${e?.message ?? e}` };
      }
    }
    if (flags.skipCli) res.cli = { skipped: '--skip-cli' };
    else {
      log('CLI on 10k ...');
      res.cli = await measureCli(dir10);
    }
    if (flags.skipCspell) res.cspell = { skipped: '--skip-cspell' };
    else {
      log('cspell on 10k ...');
      res.cspell = await measureCspell(dir10);
    }
  }
  res.benchMs = performance.now() - started;
  const printed = table(res);
  res.table = printed;
  fs.mkdirSync(RESULTS, { recursive: true });
  const json = JSON.stringify(res, null, 2) + '\n';
  fs.writeFileSync(path.join(RESULTS, 'latest.json'), json);
  fs.writeFileSync(path.join(RESULTS, `${res.date.replace(/[:.]/g, '-')}.json`), json);
  process.stdout.write(`\nCorpus Review benchmark — ${res.date}, ${res.commit ?? '?'}${res.dirty ? ' (dirty)' : ''}, ${res.machine.cpus} CPUs, Node ${process.version}\n\n${printed}\n\nbench/results/latest.json written; the whole run took ${(res.benchMs / 1000).toFixed(0)} s.\n`);
}

main().then(
  () => {
    // Nothing should be left running; do not wait on a stray timer or stream.
    setTimeout(() => process.exit(process.exitCode ?? 0), 100).unref();
  },
  (e) => {
    process.stderr.write(`bench: ${e?.stack ?? e}\n`);
    process.exitCode = 1;
  },
);
