// Streamed CLI output: what is written chunk by chunk to a slow stream is
// byte for byte the pretty-printed JSON (or the text) of the whole result, and
// the writer waits for the stream instead of buffering everything.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { main } from '../src/cli/main';
import { check } from '../src/cli/check';
import { actorRows } from '../src/cli/actors';
import { figureChunks } from '../src/cli/figures';
import { toSarif } from '../src/cli/sarif';
import { joinChunks, prettyJson, STREAMED_ITEMS, writeChunks } from '../src/cli/stream';
import { loadCorpus } from '../src/node/loadCorpus';
import { makeWorkspace } from './lspClient';
import { REPO_ROOT } from './util';

/** A stream that takes `highWaterMark` bytes at a time and each write a tick later, recording what it got. */
class SlowSink extends Writable {
  received = '';
  maxBuffered = 0;
  constructor(highWaterMark = 256) {
    super({ highWaterMark, decodeStrings: false });
  }
  override write(chunk: unknown, ...rest: never[]): boolean {
    const ok = super.write(chunk, ...rest);
    this.maxBuffered = Math.max(this.maxBuffered, this.writableLength);
    return ok;
  }
  override _write(chunk: string | Buffer, _enc: string, done: (e?: Error) => void): void {
    setImmediate(() => {
      this.received += chunk.toString();
      done();
    });
  }
}

async function streamed(args: string[]): Promise<{ code: number; out: string }> {
  const sink = new SlowSink();
  const code = await main(args, () => assert.fail('output goes to the stream'), () => undefined, sink);
  // main leaves the last batch in the stream's buffer (as the program does): let it through
  await new Promise<void>((resolve) => sink.end(resolve));
  return { code, out: sink.received };
}

async function whole(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await main(args, (s) => (out += s + '\n'), () => undefined);
  return { code, out };
}

const pathOf = (uri: string): string => path.relative(REPO_ROOT, fileURLToPath(uri)).split(path.sep).join('/');

test('streamed check, figures and actors output on the seeds is what the whole-string output is, byte for byte', async () => {
  for (const command of ['check', 'figures', 'actors']) {
    for (const format of command === 'check' ? ['text', 'json', 'sarif'] : ['text', 'json']) {
      const args = [command, 'seeds', '--root', REPO_ROOT, '--format', format];
      const s = await streamed(args);
      const w = await whole(args);
      assert.equal(s.code, w.code, args.join(' '));
      assert.ok(s.out.length > 200, args.join(' '));
      assert.equal(s.out, w.out, args.join(' '));
    }
  }
});

test('streamed JSON on the seeds parses, and is JSON.stringify(…, null, 2) of the whole result', async () => {
  const { corpus } = await loadCorpus(REPO_ROOT, ['seeds']);
  const { findings } = check(corpus, pathOf, 'json');
  assert.ok(findings.length > 0);

  const json = await streamed(['check', 'seeds', '--root', REPO_ROOT, '--format', 'json']);
  assert.deepEqual(JSON.parse(json.out), { findings: JSON.parse(JSON.stringify(findings)) });
  assert.equal(json.out, JSON.stringify({ findings }, null, 2) + '\n');

  const sarif = await streamed(['check', 'seeds', '--root', REPO_ROOT, '--format', 'sarif']);
  const log = toSarif(findings, { version: 'dev', rootUri: pathToFileURL(REPO_ROOT + path.sep).href });
  assert.equal(JSON.parse(sarif.out).runs[0].results.length, findings.length);
  assert.equal(sarif.out, JSON.stringify(log, null, 2) + '\n');

  const rows = actorRows(corpus);
  const actors = await streamed(['actors', 'seeds', '--root', REPO_ROOT, '--format', 'json']);
  assert.ok(rows.length > 0);
  assert.equal(actors.out, JSON.stringify({ actors: rows }, null, 2) + '\n');
  assert.equal(JSON.parse(actors.out).actors[0].id, rows[0].id);

  const figures = await streamed(['figures', 'seeds', '--root', REPO_ROOT, '--format', 'json']);
  const parsed = JSON.parse(figures.out) as { figures: { text: string; sourced: boolean }[] };
  const figureCount = [...corpus.documents()].reduce((n, d) => n + d.figures.length, 0);
  assert.equal(parsed.figures.length, figureCount);
  assert.equal(figures.out, joinChunks(figureChunks(corpus, 'json')) + '\n');
});

test('streamed check keeps the exit codes: 2 on a broken config, 1 with error findings', async () => {
  const broken = makeWorkspace({ 'corpus-review.yaml': 'rules: [\n', 'a.txt': 'Text.\n' });
  const b = await streamed(['check', '--root', broken, '--format', 'json']);
  assert.equal(b.code, 2);
  assert.equal(JSON.parse(b.out).findings[0].code, 'config');
  const errors = makeWorkspace({ 'corpus-review.yaml': 'rules:\n  unsourced-figure: error\n', 'a.txt': 'Rebels seized 12 villages.\n' });
  const e = await streamed(['check', '--root', errors]);
  assert.equal(e.code, 1);
  assert.match(e.out, /^1 article reviewed: 1 finding \(1 errors, 0 warnings/m);
});

test('prettyJson is JSON.stringify(…, null, 2) with the items in place, at any depth, for no items too', () => {
  const items = [
    { a: 1, s: 'two\nlines, "quoted", ’curly’ and \u2028', nested: { list: [1, [2, { b: null }]], empty: {}, none: [] } },
    'a string',
    [],
    { k: [{ deep: true }] },
  ];
  const skeletons = [
    (x: unknown) => ({ findings: x }),
    (x: unknown) => ({ $schema: 's', runs: [{ tool: { rules: [{ id: 'r' }] }, columnKind: 'c', results: x, after: { z: 1 } }] }),
  ];
  for (const make of skeletons) {
    for (const list of [items, [], [items[0]]]) {
      assert.equal(joinChunks(prettyJson(make(STREAMED_ITEMS) as object, list)), JSON.stringify(make(list), null, 2));
    }
  }
  assert.throws(() => joinChunks(prettyJson({ a: 1 }, [])), /exactly one/);
  assert.throws(() => joinChunks(prettyJson({ a: STREAMED_ITEMS, b: STREAMED_ITEMS }, [])), /exactly one/);
});

test('writeChunks waits for drain: chunks are pulled no faster than the stream takes them', async () => {
  const sink = new SlowSink(1000);
  const piece = 'x'.repeat(100);
  let pulled = 0;
  let maxAhead = 0;
  function* chunks(): Generator<string> {
    for (let i = 0; i < 500; i++) {
      pulled += piece.length;
      maxAhead = Math.max(maxAhead, pulled - sink.received.length);
      yield piece;
    }
  }
  await writeChunks(sink, chunks(), 300);
  await new Promise<void>((resolve) => sink.end(resolve));
  assert.equal(sink.received, piece.repeat(500));
  // without waiting, all 50,000 characters would be pulled and buffered at once
  assert.ok(sink.maxBuffered <= 1000 + 300, `buffered ${sink.maxBuffered}`);
  assert.ok(maxAhead <= 1000 + 300 + piece.length, `pulled ${maxAhead} ahead`);
});

test('writeChunks rejects when the stream fails instead of waiting for a drain that never comes', async () => {
  const sink = new Writable({
    highWaterMark: 10,
    write(_chunk, _enc, done) {
      setImmediate(() => done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })));
    },
  });
  function* many(): Generator<string> {
    for (let i = 0; i < 10000; i++) yield 'y'.repeat(50);
  }
  await assert.rejects(writeChunks(sink, many(), 20), /EPIPE/);
});
