import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Corpus } from '../src/core/corpus';
import { findingsFor } from '../src/core/diagnostics';
import { LIST_BATCH, SCAN_BATCH, loadInputs, scanWorkspace } from '../src/core/scan';
import { MemoryWorkspace } from './util';

test('every article of the workspace is analysed; other files are not', async () => {
  const ws = new MemoryWorkspace({
    'a.txt': 'Rebels seized 12 villages.\n',
    'sub/b.txt': 'Nothing here.\n',
    'node_modules/x/LICENSE.txt': 'MIT 2020\n',
    'image.png': 'PNG',
  });
  const corpus = new Corpus();
  await loadInputs(corpus, ws);
  const n = await scanWorkspace(corpus, ws, { maxFileSize: 1000 });
  assert.equal(n, 2);
  assert.deepEqual([...corpus.documents()].map((d) => d.path).sort(), ['a.txt', 'sub/b.txt']);
});

test('the config decides which files are articles and names the registry', async () => {
  const ws = new MemoryWorkspace({
    'corpus-review.yaml': 'articles:\n  include: ["news/*.txt"]\nregistry: news/actors.yaml\n',
    'news/a.txt': 'Text.\n',
    'other/b.txt': 'Text.\n',
    'news/actors.yaml': 'actors:\n  - id: kcna\n    name: KCNA\n    kind: organization\n',
  });
  const corpus = new Corpus();
  await loadInputs(corpus, ws);
  await scanWorkspace(corpus, ws, { maxFileSize: 1000 });
  assert.deepEqual([...corpus.documents()].map((d) => d.path), ['news/a.txt']);
  assert.equal(corpus.registry.entries.length, 1);
  assert.equal(corpus.registryFile?.path, 'news/actors.yaml');
});

test('a missing registry is a finding on the registry path, and articles are still analysed', async () => {
  const ws = new MemoryWorkspace({ 'corpus-review.yaml': 'registry: actors.yaml\n', 'a.txt': 'Rebels seized 12 villages.\n' });
  const corpus = new Corpus();
  await loadInputs(corpus, ws);
  await scanWorkspace(corpus, ws, { maxFileSize: 1000 });
  const [f] = findingsFor(corpus, ws.uriFor('actors.yaml'));
  assert.equal(f.severity, 'error');
  assert.match(f.message, /registry "actors.yaml" .* could not be read/);
  assert.equal(corpus.size, 1);
});

test('files over the size limit, binary files and unreadable files are skipped with a reason', async () => {
  const ws = new MemoryWorkspace({
    'big.txt': 'x'.repeat(2000),
    'pdf.txt': new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2]),
    'ok.txt': 'Fine.\n',
  });
  const corpus = new Corpus();
  await loadInputs(corpus, ws);
  await scanWorkspace(corpus, ws, { maxFileSize: 1000 });
  const big = findingsFor(corpus, ws.uriFor('big.txt'));
  assert.equal(big[0].severity, 'information');
  assert.match(big[0].message, /2000 bytes, over the limit of 1000 \(setting corpusReview.maxFileSize\)/);
  assert.match(findingsFor(corpus, ws.uriFor('pdf.txt'))[0].message, /binary content/);
  assert.equal(corpus.size, 1);
});

test('cancellation stops the scan between batches of files', async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 20; i++) files[`a${String(i).padStart(2, '0')}.txt`] = 'Text.\n';
  const ws = new MemoryWorkspace(files);
  const corpus = new Corpus();
  const token = { isCancellationRequested: false };
  const done = await scanWorkspace(corpus, ws, {
    maxFileSize: 1000,
    token,
    yieldEvery: 5,
    onProgress: (d) => {
      if (d === 5) token.isCancellationRequested = true;
    },
  });
  assert.equal(done, 5);
  assert.equal(corpus.size, 5);
});

test('a budget stops the scan between batches; what it did not reach is left out, open articles kept', async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 20; i++) files[`a${String(i).padStart(2, '0')}.txt`] = 'Officials counted 31 tanks.\n';
  const ws = new MemoryWorkspace(files);
  const corpus = new Corpus();
  // an earlier scan had them all, one is open in an editor
  await scanWorkspace(corpus, ws, { maxFileSize: 1000 });
  assert.equal(corpus.size, 20);
  const open = ws.uriFor('a17.txt');
  let stopped: [string, number, number] | undefined;
  let asked = 0;
  const total = await scanWorkspace(corpus, ws, {
    maxFileSize: 1000,
    yieldEvery: 5,
    openText: (uri) => (uri === open ? 'Officials counted 40 tanks.\n' : undefined),
    budget: () => (++asked === 2 ? 'the heap is nearly full' : undefined),
    onStopped: (reason, analysed, all) => (stopped = [reason, analysed, all]),
  });
  assert.equal(total, 20);
  assert.deepEqual(stopped, ['the heap is nearly full', 5, 20]);
  assert.deepEqual([...corpus.documents()].map((d) => d.path).sort(), ['a00.txt', 'a01.txt', 'a02.txt', 'a03.txt', 'a04.txt', 'a17.txt']);
});

test('listing a large folder pauses too, before any article is analysed', async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 2 * LIST_BATCH + 10; i++) files[`a${String(i).padStart(5, '0')}.txt`] = 'Text.\n';
  const ws = new MemoryWorkspace(files);
  const corpus = new Corpus();
  let beforeAnyArticle = 0;
  let pauses = 0;
  const done = await scanWorkspace(corpus, ws, {
    maxFileSize: 1000,
    pause: async () => {
      pauses++;
      if (corpus.size === 0) beforeAnyArticle++;
    },
  });
  assert.equal(done, 2 * LIST_BATCH + 10);
  assert.equal(beforeAnyArticle, 2, 'one pause per LIST_BATCH files listed');
  assert.equal(pauses, 2 + Math.ceil(done / SCAN_BATCH));
});

test('a batch of articles ends as if each were put in the corpus in turn, the same article twice included', () => {
  const texts: [string, string][] = [
    ['a.txt', 'The US will send 31 Abrams tanks to Ukraine.\n'],
    ['b.txt', 'In a statement, the US said it will send 30 Abrams tanks to Ukraine.\n'],
    ['a.txt', 'The US will send 29 Abrams tanks to Ukraine, officials said.\n'],
    ['c.txt', '"We will not give up," President Zelensky said. Zelenskiy added that 12 villages were taken.\n'],
  ];
  const one = new Corpus();
  for (const [p, t] of texts) one.setDocument(`mem:///${p}`, p, t);
  const batch = new Corpus();
  batch.setDocuments(texts.map(([p, t]) => ({ uri: `mem:///${p}`, path: p, text: t })));
  for (const p of ['a.txt', 'b.txt', 'c.txt']) {
    assert.deepEqual(findingsFor(batch, `mem:///${p}`), findingsFor(one, `mem:///${p}`), p);
    assert.equal(batch.get(`mem:///${p}`)?.text, one.get(`mem:///${p}`)?.text, p);
  }
  assert.equal(batch.size, 3);
  assert.ok(findingsFor(one, 'mem:///b.txt').some((f) => f.code === 'conflicting-figure'), 'the fixture has a cross-article finding to compare');
});

test('an article opened while its file is read is analysed as its editor has it', async () => {
  const ws = new MemoryWorkspace({ 'a.txt': 'On disk: 12 villages.\n', 'b.txt': 'Other.\n' });
  const editor = new Map<string, string>();
  const read = ws.readFile.bind(ws);
  ws.readFile = async (uri) => {
    const r = await read(uri);
    if (uri === 'mem:///a.txt') editor.set(uri, 'In the editor: 14 villages.\n'); // opened meanwhile
    return r;
  };
  const corpus = new Corpus();
  await scanWorkspace(corpus, ws, { maxFileSize: 1000, openText: (uri) => editor.get(uri) });
  assert.equal(corpus.get('mem:///a.txt')?.text, 'In the editor: 14 villages.\n');
  assert.equal(corpus.get('mem:///b.txt')?.text, 'Other.\n');
});
