// The heap budget: a corpus larger than the process's heap is reviewed in
// part, with a message, instead of ending in V8's out-of-memory crash. Real
// processes with a small heap (--max-old-space-size=64) on a corpus made by
// the benchmark's generator (2,000 articles, about 4.4 MB: some 75 MB of live
// heap analysed, where 64 MB is all there is).

import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { HeapBudget } from '../src/node/heapBudget';
import { startClient } from './lspClient';
import { REPO_ROOT, SEEDS } from './util';

const SMALL_HEAP = '--max-old-space-size=64';
const COUNT = 2000;
let corpus = '';
let tmp = '';

before(async () => {
  // the generator is TypeScript outside the test project: bundled here, as the benchmark does
  const esbuild = await import('esbuild');
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-review-heap-'));
  const outfile = path.join(tmp, 'generate.cjs');
  await esbuild.build({ entryPoints: [path.join(REPO_ROOT, 'bench/generate.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
  // esbuild's service process would otherwise keep this test file's process alive after its tests
  await esbuild.stop();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const gen = require(outfile) as { ensureCorpus(o: { root: string; count: number; seedsDir: string }): { dir: string } };
  corpus = gen.ensureCorpus({ root: tmp, count: COUNT, seedsDir: SEEDS }).dir;
});

after(() => fs.rmSync(tmp, { recursive: true, force: true }));

test('the budget holds while live data is under its share of the heap, and says why once it is over', () => {
  const limit = 1000 * 1024 * 1024;
  const budget = new HeapBudget(0.6, () => limit);
  assert.equal(budget.exceeded(), undefined);
  (budget as unknown as { live: number }).live = 0.7 * limit;
  assert.match(budget.exceeded() ?? '', /held \d+ MB after garbage collection, over 60% of its limit of \d+ MB/);
});

test('CLI: a corpus larger than the heap stops with exit 2 and a message, not a crash, and writes no partial review', () => {
  const r = spawnSync(process.execPath, [SMALL_HEAP, path.join(REPO_ROOT, 'dist/cli.js'), 'check', '--format', 'json'], { cwd: corpus, encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.doesNotMatch(r.stderr, /FATAL ERROR|heap out of memory/, 'no V8 crash');
  assert.equal(r.status, 2, r.stderr.slice(-500));
  const m = /stopped after analysing (\d+) of (\d+) articles: the heap held/.exec(r.stderr);
  assert.ok(m, r.stderr);
  assert.equal(Number(m[2]), COUNT);
  assert.ok(Number(m[1]) > 0 && Number(m[1]) < COUNT, `analysed ${m[1]}`);
  assert.equal(r.stdout, '', 'nothing on stdout');
});

test('CLI: the same corpus with Node\'s default heap is reviewed whole', () => {
  const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist/cli.js'), 'check', '--format', 'json'], { cwd: corpus, encoding: 'utf8', maxBuffer: 1 << 30 });
  assert.ok(r.status === 0 || r.status === 1, r.stderr.slice(-500));
  assert.doesNotMatch(r.stderr, /stopped after/);
});

test('server: a corpus larger than the heap is analysed in part, the user is told, and requests are still answered', async () => {
  const client = await startClient(corpus, { execArgv: [SMALL_HEAP] });
  try {
    const warned = () => client.notifications.find((n) => n.method === 'window/showMessage');
    await client.waitFor(() => warned() !== undefined, 60_000, 'the warning');
    const { type, message } = warned()!.params as { type: number; message: string };
    assert.equal(type, 2, 'a warning');
    assert.match(message, new RegExp(`analysed \\d+ of ${COUNT} articles and left the rest out: the heap held`));
    assert.match(message, /corpusReview\.server\.maxMemory/);
    // the first article was analysed: its figures have hovers
    const first = fs.readdirSync(path.join(corpus, 'articles/000')).sort()[0];
    const uri = client.uri(`articles/000/${first}`);
    await client.waitFor((all) => all.has(uri), 60_000, 'diagnostics of the first article');
    const d = client.diagnostics.get(uri)!.diagnostics[0];
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: d.range.start });
    assert.ok(hover, 'hover answered');
    assert.equal(client.process.exitCode, null, 'the server is running');
  } finally {
    await client.shutdown();
  }
});
