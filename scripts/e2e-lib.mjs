// Shared pieces of the end-to-end tests: where things live, free ports, starting
// and stopping code-server (VS Code served to a browser), headless Chromium through
// playwright-core, and the fresh test workspace. Every process started here is
// registered and killed when this process exits, fails or is interrupted.
// What scripts/e2e-setup.sh installs is documented there; docs/e2e.md has the overview.

import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const E2E = path.join(ROOT, '.e2e');
export const CODE_SERVER = path.join(E2E, 'code-server', 'node_modules', '.bin', 'code-server');
export const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
export const WORKSPACE = path.join(E2E, 'workspace');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');

// --- process bookkeeping --------------------------------------------------------

const children = new Set(); // process-group leaders we started (spawned detached)
const cleanups = new Set(); // async cleanups (browsers)

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      /* already gone */
    }
  }
}

process.on('exit', () => {
  for (const pid of children) killGroup(pid, 'SIGKILL');
});
let interrupted = false;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    console.error(`\n${path.basename(process.argv[1])}: ${sig}, stopping what was started`);
    void Promise.allSettled([...cleanups].map((c) => c())).finally(() => process.exit(130));
    setTimeout(() => process.exit(130), 5000).unref();
  });
}

/** Registers an async cleanup run on SIGINT/SIGTERM; returns its unregister function. */
export function onInterrupt(cleanup) {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

/** Stops a detached child and its whole process group: SIGTERM, then SIGKILL after `graceMs`. */
export async function stopGroup(child, graceMs = 3000) {
  if (!child?.pid || !children.has(child.pid)) return;
  const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', r));
  killGroup(child.pid, 'SIGTERM');
  const timer = new Promise((r) => setTimeout(r, graceMs));
  await Promise.race([exited, timer]);
  killGroup(child.pid, 'SIGKILL'); // the group may hold grandchildren (extension host, language server)
  children.delete(child.pid);
}

// --- small utilities -------------------------------------------------------------

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** A TCP port free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** A fresh, empty folder (removed first if it exists). */
export function freshDir(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** Env that keeps a tool's config, caches, logs and temp files inside `runDir`. */
export function isolatedEnv(runDir, extra = {}) {
  const dirs = { TMPDIR: 'tmp', XDG_CONFIG_HOME: 'xdg/config', XDG_DATA_HOME: 'xdg/data', XDG_CACHE_HOME: 'xdg/cache', XDG_STATE_HOME: 'xdg/state' };
  const env = { ...process.env };
  for (const [k, sub] of Object.entries(dirs)) {
    env[k] = path.join(runDir, sub);
    fs.mkdirSync(env[k], { recursive: true });
  }
  return { ...env, ...extra };
}

/**
 * The test workspace, made fresh: the seed articles, their actor registry, and a
 * corpus-review.yaml naming them (the repository's own).
 */
export function freshWorkspace(dir = WORKSPACE) {
  freshDir(dir);
  fs.mkdirSync(path.join(dir, 'seeds'));
  for (const f of fs.readdirSync(path.join(ROOT, 'seeds'))) {
    if (/\.txt$/.test(f) || f === 'actors.yaml') fs.copyFileSync(path.join(ROOT, 'seeds', f), path.join(dir, 'seeds', f));
  }
  fs.copyFileSync(path.join(ROOT, 'corpus-review.yaml'), path.join(dir, 'corpus-review.yaml'));
  return dir;
}

/** Runs a command to completion with a time limit; resolves { code, out } (never rejects). */
export function run(cmd, args, { cwd = ROOT, env = process.env, timeoutMs = 120_000, echo = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child.pid);
    let out = '';
    const take = (d) => {
      out += d;
      if (echo) process.stdout.write(d);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      void stopGroup(child, 2000);
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      children.delete(child.pid);
      resolve({ code: 127, out: out + String(e) });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      killGroup(child.pid, 'SIGKILL'); // leftovers of the group, if any
      children.delete(child.pid);
      resolve({ code: timedOut ? 124 : (code ?? 128), out: timedOut ? `${out}\n[timed out after ${seconds(timeoutMs)}]` : out, signal });
    });
  });
}

/** User settings for a quiet, deterministic workbench: no prompts over the editor, a fixed theme. */
export const WORKBENCH_SETTINGS = {
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.ignoreRecommendations': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'editor.wordWrap': 'on',
  'editor.minimap.enabled': false,
  'editor.hover.delay': 300,
};

export function writeUserSettings(userDataDir, settings = WORKBENCH_SETTINGS) {
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
}

// --- code-server -------------------------------------------------------------------

function assertInstalled() {
  if (!fs.existsSync(CODE_SERVER)) throw new Error(`code-server is not installed at ${CODE_SERVER}: run scripts/e2e-setup.sh`);
}

/** Installs a .vsix into `extensionsDir` with code-server's CLI. */
export async function installVsix(vsix, extensionsDir, runDir) {
  assertInstalled();
  const env = isolatedEnv(runDir);
  const config = path.join(runDir, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\ncert: false\n');
  const r = await run(CODE_SERVER, ['--config', config, '--user-data-dir', path.join(runDir, 'user-data'), '--extensions-dir', extensionsDir, '--install-extension', vsix, '--force'], { env, timeoutMs: 60_000 });
  if (r.code !== 0) throw new Error(`installing ${path.basename(vsix)} failed (${r.code}):\n${r.out}`);
  return r.out;
}

/**
 * Starts code-server on 127.0.0.1 and a free port, serving `folder`, with its data,
 * logs and temp files in `runDir`. Resolves once /healthz answers.
 * Returns { port, origin, url(params), stop() }.
 */
export async function startCodeServer({ runDir, folder, extensionsDir, userDataDir, env: extraEnv = {}, readyTimeoutMs = 30_000 }) {
  assertInstalled();
  fs.mkdirSync(runDir, { recursive: true });
  const port = await freePort();
  const config = path.join(runDir, 'config.yaml');
  fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const args = [
    '--config', config,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir ?? path.join(runDir, 'user-data'),
    '--extensions-dir', extensionsDir ?? path.join(runDir, 'extensions'),
    folder,
  ];
  const log = fs.openSync(path.join(runDir, 'code-server.log'), 'a');
  // No extension gallery: the tests are offline, and the workbench would otherwise query open-vsx.org.
  const env = isolatedEnv(runDir, { EXTENSIONS_GALLERY: '{}', ...extraEnv });
  const child = spawn(CODE_SERVER, args, { cwd: runDir, env, detached: true, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  children.add(child.pid);
  const stop = () => stopGroup(child);
  const unregister = onInterrupt(stop);
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (child.exitCode !== null) {
      unregister();
      throw new Error(`code-server exited (${child.exitCode}) before it was ready; see ${path.join(runDir, 'code-server.log')}`);
    }
    try {
      const res = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stop();
      unregister();
      throw new Error(`code-server did not answer on ${origin}/healthz within ${seconds(readyTimeoutMs)}; see ${path.join(runDir, 'code-server.log')}`);
    }
    await sleep(200);
  }
  return {
    port,
    origin,
    /** The workbench URL for `folder`; `payload` is VS Code's [[key, value]] list (development and test paths). */
    url(payload) {
      let u = `${origin}/?folder=${encodeURIComponent(folder)}`;
      if (payload) u += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
      return u;
    },
    async stop() {
      await stop();
      unregister();
    },
  };
}

// --- Chromium ------------------------------------------------------------------------

/** playwright-core, installed by e2e-setup.sh into .e2e/node_modules (not a project dependency). */
export function playwright() {
  const req = createRequire(path.join(E2E, 'package.json'));
  try {
    return req('playwright-core');
  } catch (e) {
    throw new Error(`playwright-core is not installed in ${E2E}: run scripts/e2e-setup.sh (${e.message})`);
  }
}

/**
 * Launches Debian's Chromium headless with a fresh profile in `runDir`, through
 * playwright-core. Resolves { context, page, close() }.
 */
export async function launchBrowser(runDir, { viewport = { width: 1280, height: 800 } } = {}) {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: run scripts/e2e-setup.sh`);
  const profile = freshDir(path.join(runDir, 'chromium-profile'));
  const context = await playwright().chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    timeout: 30_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    env: isolatedEnv(runDir), // crashpad and font caches stay in the run folder
  });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await context.close().catch(() => {});
  };
  const unregister = onInterrupt(close);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await close();
      unregister();
    },
  };
}

/** `git check-ignore`: whether the repository ignores `p` (screenshots must not be committed by accident). */
export function isIgnored(p) {
  return spawnSync('git', ['check-ignore', '-q', p], { cwd: ROOT }).status === 0;
}
