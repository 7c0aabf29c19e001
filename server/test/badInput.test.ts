// Bad input: whatever lands in a corpus folder, the review keeps going, says
// what it skipped and why (with the file and, where there is one, the
// position), and analyses the rest. Every case writes a real workspace into a
// temporary folder (fixtures from server/test/fixtures/bad/, large inputs
// generated here) and drives it through the core (loadCorpus over FsWorkspace,
// as the CLI and the server do), the CLI (dist/cli.js) or the language server
// over stdio (dist/server.js). Each workspace also holds good.txt, whose
// finding proves the rest of the corpus was still analysed.
//
// The last test prints `bad inputs: N tried, C crashed`: a crash is an
// exception from the product, as opposed to an assertion about its answer.
//
// Size: the 50 MB line and the million numbers run by default (about a second
// each). The folder of many files holds 10,000 files by default; set
// CORPUS_REVIEW_BAD_INPUT_FULL=1 for the 100,000 of the issue (about 30 s on
// two cores, most of it file system work).

import { test, after, type TestContext } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { Corpus } from '../src/core/corpus';
import { findingsFor } from '../src/core/diagnostics';
import { isExcludedFolder } from '../src/core/config';
import { loadArticle, loadInputs, scanWorkspace } from '../src/core/scan';
import { unsourcedFigureActions } from '../src/core/figureActions';
import { codeActions } from '../src/lsp/codeActions';
import { semanticTokens } from '../src/core/semanticTokens';
import { FsWorkspace } from '../src/node/fsWorkspace';
import { loadCorpus, type LoadOptions } from '../src/node/loadCorpus';
import type { Finding, Position, Range } from '../src/core/types';
import { startClient } from './lspClient';
import { FIXTURES, REPO_ROOT } from './util';

const BAD = path.join(FIXTURES, 'bad');
const CLI = path.join(REPO_ROOT, 'dist/cli.js');
const FULL = process.env.CORPUS_REVIEW_BAD_INPUT_FULL === '1';
const GOOD = 'Rebels seized 12 villages overnight.\n';

// --- the count -------------------------------------------------------------------

let registered = 0;
let tried = 0;
const crashed: string[] = [];

/** One bad input, one test. Counted when it runs; an exception that is not an assertion is a crash. */
function input(name: string, fn: (t: TestContext) => Promise<void> | void, options: { skip?: string | false; timeout?: number } = {}): void {
  if (!options.skip) registered++;
  test(`bad input: ${name}`, { skip: options.skip || false, timeout: options.timeout ?? 60_000 }, async (t) => {
    tried++;
    try {
      await fn(t);
    } catch (e) {
      // A wrong or missing answer is a failure; an exception from the product (or a server that went away) is a crash.
      const timedOut = e instanceof Error && e.message.startsWith('timed out waiting for');
      if (!(e instanceof assert.AssertionError) && !timedOut) crashed.push(`${name}: ${(e as Error)?.stack ?? String(e)}`);
      throw e;
    }
  });
}

// --- workspaces ------------------------------------------------------------------

const temps: string[] = [];
after(() => {
  for (const d of temps) {
    try {
      chmodTree(d);
      fs.rmSync(d, { recursive: true, force: true });
    } catch {
      // best effort
    }
  }
});

/** Gives back read and list rights a test took away, so the folder can be removed. */
function chmodTree(dir: string): void {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isSymbolicLink()) continue;
    fs.chmodSync(p, e.isDirectory() ? 0o755 : 0o644);
    if (e.isDirectory()) chmodTree(p);
  }
}

function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-review-bad-'));
  temps.push(d);
  return d;
}

const fixture = (name: string): Buffer => fs.readFileSync(path.join(BAD, name));

/** A workspace folder holding `files` (relative path -> content) and good.txt. */
function workspace(files: Record<string, string | Buffer>, root = tempDir()): string {
  for (const [rel, content] of Object.entries({ 'good.txt': GOOD, ...files })) {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
  return root;
}

interface Review {
  corpus: Corpus;
  ws: FsWorkspace;
  logs: string[];
  at(rel: string): Finding[];
}

/** The review of a workspace through the core, as `corpus-review check` builds it. */
async function review(root: string, options: LoadOptions = {}): Promise<Review> {
  const logs: string[] = [];
  const { corpus, ws } = await loadCorpus(root, [], { ...options, log: (m) => logs.push(m) });
  return { corpus, ws, logs, at: (rel) => findingsFor(corpus, ws.uriFor(rel)) };
}

function assertRestAnalysed(r: Review): void {
  const f = r.at('good.txt');
  assert.ok(f.some((x) => x.code === 'unsourced-figure' && x.text === '12 villages'), `good.txt still reviewed: ${JSON.stringify(f)}`);
}

// --- positions, computed apart from the product's LineIndex -----------------------

const LINE_BREAK = /\r\n|\r|\n/;

function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset).split(LINE_BREAK);
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function offsetAt(text: string, p: Position): number {
  let offset = 0;
  const re = /\r\n|\r|\n/g;
  for (let line = 0; line < p.line; line++) {
    const m = re.exec(text);
    if (!m) return text.length;
    offset = m.index + m[0].length;
  }
  return offset + p.character;
}

function rangeOfText(text: string, needle: string, occurrence = 0): Range {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `"${needle}" occurs in the text`);
  return { start: positionAt(text, at), end: positionAt(text, at + needle.length) };
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Each finding's range lies in the text, covers exactly its `text`, and splits no surrogate pair. */
function assertRangesSound(text: string, findings: { range: Range; text: string; code: string }[]): void {
  const lines = text.split(LINE_BREAK);
  for (const f of findings) {
    for (const p of [f.range.start, f.range.end]) {
      assert.ok(p.line < lines.length && p.character <= lines[p.line].length, `${f.code} at ${JSON.stringify(f.range)} inside the text`);
      const o = offsetAt(text, p);
      assert.ok(!(isHigh(text.charCodeAt(o - 1)) && isLow(text.charCodeAt(o))), `${f.code} at ${JSON.stringify(f.range)} splits a surrogate pair`);
    }
    assert.equal(text.slice(offsetAt(text, f.range.start), offsetAt(text, f.range.end)), f.text, `${f.code}: the range covers its text`);
  }
}

/** The unsourced-figure finding for `figure`, at the position the text says. */
function assertFigureAt(findings: Finding[], text: string, figure: string): void {
  const f = findings.find((x) => x.code === 'unsourced-figure' && x.text === figure);
  assert.ok(f, `an unsourced-figure finding for "${figure}" among ${JSON.stringify(findings.map((x) => [x.code, x.text]))}`);
  assert.deepEqual(f.range, rangeOfText(text, figure));
}

/** Semantic tokens (the editor's colouring) lie inside their line and split no pair. */
function assertTokensSound(r: Review, rel: string): void {
  const doc = r.corpus.get(r.ws.uriFor(rel));
  assert.ok(doc, `${rel} analysed`);
  const lines = doc.text.split(LINE_BREAK);
  for (const t of semanticTokens(doc)) {
    const line = lines[t.line];
    assert.ok(t.character + t.length <= line.length, `token inside line ${t.line}`);
    for (const c of [t.character, t.character + t.length]) assert.ok(!(isHigh(line.charCodeAt(c - 1)) && isLow(line.charCodeAt(c))), `token at ${t.line}:${c} splits a pair`);
  }
}

// --- article files: encodings and line ends ----------------------------------------

/** An article fixture reviewed in a workspace of its own; returns the review and its decoded text. */
async function reviewFixture(name: string, decode: (b: Buffer) => string = (b) => b.toString('utf8')): Promise<{ r: Review; text: string; findings: Finding[] }> {
  const r = await review(workspace({ [name]: fixture(name) }));
  assertRestAnalysed(r);
  assert.deepEqual(r.logs, []);
  const findings = r.at(name);
  return { r, text: decode(fixture(name)), findings };
}

input('an empty file', async () => {
  const { r, findings } = await reviewFixture('empty.txt');
  assert.ok(r.corpus.get(r.ws.uriFor('empty.txt')), 'analysed');
  assert.deepEqual(findings, []);
});

input('a whitespace-only file', async () => {
  const { r, findings } = await reviewFixture('whitespace.txt');
  assert.ok(r.corpus.get(r.ws.uriFor('whitespace.txt')), 'analysed');
  assert.deepEqual(findings, []);
});

input('a UTF-8 file with a BOM', async () => {
  const { r, text, findings } = await reviewFixture('bom.txt', (b) => b.subarray(3).toString('utf8'));
  assert.ok(!r.corpus.get(r.ws.uriFor('bom.txt'))!.text.startsWith('\ufeff'), 'the BOM is not text (as in the editor)');
  assertFigureAt(findings, text, '40 tanks');
});

for (const name of ['crlf.txt', 'cr.txt', 'mixed-line-ends.txt']) {
  input(`line ends: ${name}`, async () => {
    const { r, text, findings } = await reviewFixture(name);
    assert.equal(r.corpus.get(r.ws.uriFor(name))!.text, text, 'the text is kept as written (no newline normalisation)');
    assertFigureAt(findings, text, '40 tanks');
    assertRangesSound(text, findings);
  });
}

input('invalid UTF-8: read with U+FFFD and an encoding finding at the first bad byte', async () => {
  const bytes = fixture('invalid-utf8.txt');
  const { text, findings } = await reviewFixture('invalid-utf8.txt', (b) => new TextDecoder('utf-8').decode(b));
  const note = findings.find((f) => f.code === 'encoding');
  assert.ok(note, JSON.stringify(findings));
  assert.equal(note.severity, 'information');
  assert.match(note.message, new RegExp(`not valid UTF-8 \\(the first invalid byte is byte ${bytes.indexOf(0xe9)}\\)`));
  assert.deepEqual(note.range.start, positionAt(text, text.indexOf('\ufffd')));
  assertFigureAt(findings, text, '40 tanks');
  assertRangesSound(text, findings);
});

for (const [name, decode] of [
  ['utf16le-bom.txt', (b: Buffer) => new TextDecoder('utf-16le').decode(b.subarray(2))],
  ['utf16be-bom.txt', (b: Buffer) => new TextDecoder('utf-16be').decode(b.subarray(2))],
  ['utf16le-no-bom.txt', (b: Buffer) => new TextDecoder('utf-16le').decode(b)],
] as const) {
  input(`UTF-16: ${name}`, async () => {
    const { text, findings } = await reviewFixture(name, decode);
    assertFigureAt(findings, text, '40 tanks');
    assertRangesSound(text, findings);
  });
}

for (const name of ['report-pdf.txt', 'image-png.txt']) {
  input(`a binary file named .txt: ${name}`, async () => {
    const { r, findings } = await reviewFixture(name);
    assert.equal(r.corpus.get(r.ws.uriFor(name)), undefined, 'not analysed as text');
    assert.equal(findings.length, 1);
    const [f] = findings;
    assert.equal(f.code, 'skipped-file');
    assert.equal(f.severity, 'information');
    assert.match(f.message, new RegExp(`^Not analysed: binary content \\(a NUL byte at byte ${fixture(name).indexOf(0)}\\)`));
    assert.deepEqual(f.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  });
}

// --- article files: quotation marks, scripts, surrogate pairs -------------------------

input('unbalanced quotation marks: an unclosed quotation ends with its paragraph', async () => {
  const { r, text, findings } = await reviewFixture('unbalanced-quotes.txt');
  // The paragraphs after the runaway quotations are still judged on their own.
  assertFigureAt(findings, text, '12 helicopters');
  assertFigureAt(findings, text, '9 villages');
  assertRangesSound(text, findings);
  const quotations = r.corpus.get(r.ws.uriFor('unbalanced-quotes.txt'))!.segmentation.quotations;
  assert.ok(quotations.some((q) => !q.closed), 'the unclosed quotation is marked so');
  for (const q of quotations) assert.ok(!text.slice(q.start, q.end).includes('\n\n'), `a quotation stays in its paragraph: ${JSON.stringify(text.slice(q.start, q.end))}`);
});

input('nested quotation marks of every kind', async () => {
  const { r, text, findings } = await reviewFixture('nested-quotes.txt');
  assertFigureAt(findings, text, '7 ships');
  // Figures inside a quotation attributed to its speaker are sourced.
  assert.ok(!findings.some((f) => f.text.startsWith('300 drones')), JSON.stringify(findings));
  assertRangesSound(text, findings);
  assertTokensSound(r, 'nested-quotes.txt');
});

for (const name of ['cjk.txt', 'rtl.txt']) {
  input(`${name === 'cjk.txt' ? 'CJK' : 'right-to-left'} text: ${name}`, async () => {
    const { r, text, findings } = await reviewFixture(name);
    assertFigureAt(findings, text, '40 tanks');
    assertRangesSound(text, findings);
    assertTokensSound(r, name);
  });
}

input('emoji and other surrogate pairs: ranges in UTF-16 units, no pair split', async () => {
  const { r, text, findings } = await reviewFixture('emoji.txt');
  // "🚀 The army lost 40 tanks": the rocket counts two UTF-16 units, as in the editor.
  const f = findings.find((x) => x.text === '40 tanks')!;
  assert.equal(f.range.start.character, text.split(LINE_BREAK)[f.range.start.line].indexOf('40 tanks'));
  assert.equal(f.range.start.character, '\u{1F680} The army lost '.length);
  assertFigureAt(findings, text, '40 tanks');
  assertRangesSound(text, findings);
  assertTokensSound(r, 'emoji.txt');
});

input('lone surrogates in an editor buffer', async () => {
  // A file cannot hold them in UTF-8, but an editor buffer can: the core gets them as text.
  const corpus = new Corpus();
  const text = 'A lone high \ud83d and a lone low \ude00: the army lost 40 tanks \ud83d.\n\udc00Rebels seized 12 villages.\ud800';
  const doc = corpus.setDocument('mem:///lone.txt', 'lone.txt', text);
  const findings = findingsFor(corpus, doc.uri);
  assertFigureAt(findings, text, '40 tanks');
  assertRangesSound(text, findings);
});

input('zero-width characters', async () => {
  const { r, text, findings } = await reviewFixture('zero-width.txt');
  assert.ok(findings.length > 0, 'figures are still found');
  assertRangesSound(text, findings);
  for (const f of findings) assert.ok(!/^[\u200b-\u200d\u2060\ufeff]|[\u200b-\u200d\u2060\ufeff]$/.test(f.text), `a finding does not start or end on a zero-width character: ${JSON.stringify(f.text)}`);
  assertTokensSound(r, 'zero-width.txt');
});

// --- large inputs, generated -----------------------------------------------------------

const BIG = 50_000_000;

/** A 50 MB article on a single line, written once. */
const bigLine = (() => {
  let file: string | undefined;
  return (): string => {
    if (file) return file;
    const unit = 'The army lost 40 tanks in the offensive and ';
    const buf = Buffer.alloc(BIG, unit);
    buf.write('.', BIG - 1);
    file = path.join(tempDir(), 'dump.txt');
    fs.writeFileSync(file, buf);
    return file;
  };
})();

function linkInto(root: string, file: string, rel: string): void {
  fs.linkSync(file, path.join(root, rel));
}

input('a 50 MB file on one line: skipped under the default size limit, naming the limit and the setting', async () => {
  const root = workspace({});
  linkInto(root, bigLine(), 'dump.txt');
  const r = await review(root);
  const [f] = r.at('dump.txt');
  assert.equal(f.code, 'skipped-file');
  assert.equal(f.severity, 'information');
  assert.match(f.message, /the file is 50000000 bytes, over the limit of 2000000 \(setting corpusReview\.maxFileSize\)/);
  assertRestAnalysed(r);
});

input('a 50 MB file on one line, size limit raised: the line is left out with a long-line finding', async () => {
  const root = workspace({ 'after.txt': GOOD });
  linkInto(root, bigLine(), 'dump.txt');
  const r = await review(root, { maxFileSize: 64_000_000 });
  const findings = r.at('dump.txt');
  assert.deepEqual(findings.map((f) => f.code), ['long-line']);
  assert.equal(findings[0].severity, 'information');
  assert.deepEqual(findings[0].range.start, { line: 0, character: 0 });
  assert.match(findings[0].message, /^Line 1 is 50000000 characters long, over the limit of 20000 \(setting corpusReview\.maxLineLength\)/);
  assertRestAnalysed(r);
});

/** A million numbers, one a line (6.9 MB). */
const MILLION = Array.from({ length: 1_000_000 }, (_, i) => String(i + 1)).join('\n') + '\n';

input('a file of a million numbers: skipped for its size by default', async () => {
  const r = await review(workspace({ 'numbers.txt': MILLION }));
  const [f] = r.at('numbers.txt');
  assert.equal(f.code, 'skipped-file');
  assert.match(f.message, new RegExp(`the file is ${Buffer.byteLength(MILLION)} bytes, over the limit of 2000000`));
  assertRestAnalysed(r);
});

input('a file of a million numbers, size limit raised: analysed', async () => {
  const r = await review(workspace({ 'numbers.txt': MILLION }), { maxFileSize: 10_000_000 });
  const doc = r.corpus.get(r.ws.uriFor('numbers.txt'));
  assert.ok(doc, 'analysed');
  assert.equal(doc.lines.lineCount, 1_000_001);
  assertRangesSound(MILLION, r.at('numbers.txt'));
  assertRestAnalysed(r);
});

/** A sentence of 100,000 characters: names, figures, commas and a source only at the very end. */
function longSentence(): string {
  const words = ['officials', 'in', 'Seoul', 'counted', '40', 'tanks,', '1.6', 'million', 'shells', 'and', 'Kim', 'Jong', 'Un', 'sent', '"more', 'troops"', 'with'];
  let s = 'The ministry listed';
  for (let i = 0; s.length < 100_000; i++) s += ' ' + words[(i * 7) % words.length];
  return s + ', the ministry said.';
}

input('a 100,000-character sentence on one line: left out with a long-line finding, the next line analysed', async () => {
  const sentence = longSentence();
  const text = `${sentence}\nThe army lost 40 tanks in the offensive.\n`;
  const r = await review(workspace({ 'long.txt': text }));
  const findings = r.at('long.txt');
  const long = findings.find((f) => f.code === 'long-line')!;
  assert.match(long.message, new RegExp(`^Line 1 is ${sentence.length} characters long, over the limit of 20000`));
  assertFigureAt(findings, text, '40 tanks');
  assertRestAnalysed(r);
});

input('a 100,000-character sentence, line limit raised: analysed whole', async () => {
  const text = longSentence() + '\n';
  const r = await review(workspace({ 'long.txt': text }), { maxLineLength: 200_000 });
  const doc = r.corpus.get(r.ws.uriFor('long.txt'))!;
  assert.equal(doc.longLines.length, 0);
  assert.ok(doc.figures.length > 1000, `the figures of the sentence are found (${doc.figures.length})`);
  assert.ok(doc.figures.every((f) => f.attribution.sourced), 'all sourced by "the ministry said" at its end');
  assertRangesSound(text, r.at('long.txt'));
});

input('a 100,000-character sentence wrapped over lines', async () => {
  const text = longSentence().replace(/(.{60,80}) /g, '$1\r\n') + '\r\n';
  const r = await review(workspace({ 'wrapped.txt': text }));
  const doc = r.corpus.get(r.ws.uriFor('wrapped.txt'))!;
  assert.ok(doc.figures.length > 1000, `figures found (${doc.figures.length})`);
  assertRangesSound(text, r.at('wrapped.txt'));
  assertTokensSound(r, 'wrapped.txt');
});

// --- config and registry ------------------------------------------------------------------

const CONFIG = 'corpus-review.yaml';

/** Findings on the config file of a workspace whose config is the fixture `name`. */
async function reviewConfig(name: string, files: Record<string, string | Buffer> = {}, root?: string): Promise<{ r: Review; text: string; findings: Finding[] }> {
  const text = fixture(name).toString('utf8');
  const r = await review(workspace({ [CONFIG]: text, ...files }, root));
  assertRestAnalysed(r);
  return { r, text, findings: r.at(CONFIG) };
}

/** A finding of `code` whose message matches `message`, on the line where `needle` is. */
function assertFindingOn(findings: Finding[], text: string, needle: string, message: RegExp, severity?: string, occurrence = 0): void {
  const line = rangeOfText(text, needle, occurrence).start.line;
  const f = findings.find((x) => message.test(x.message) && x.range.start.line === line);
  assert.ok(f, `a finding matching ${message} on line ${line} ("${needle}"), among ${JSON.stringify(findings.map((x) => [x.range.start.line, x.message]))}`);
  if (severity) assert.equal(f.severity, severity);
}

input('config: invalid YAML (a flow list never closed)', async () => {
  const { r, text, findings } = await reviewConfig('config-invalid.yaml');
  // The YAML parser notices the missing "]" where the next key starts, and says so there.
  assertFindingOn(findings, text, 'rules:', /^YAML: Flow sequence .* must .* end with a \]/, 'error');
  assertRangesSound(text, findings);
  // Too broken to use: the defaults stay, so good.txt (outside news/) is an article.
  assert.deepEqual(r.corpus.config.articles.include, ['**/*.txt', '**/*.article']);
});

input('config: wrong types', async () => {
  const { text, findings } = await reviewConfig('config-wrong-types.yaml');
  assertFindingOn(findings, text, 'articles: 5', /`articles` must be a mapping/, 'error');
  assertFindingOn(findings, text, 'registry: [', /`registry` must be a workspace-relative path/, 'error');
  assertFindingOn(findings, text, 'ignoreFile: 7', /`ignoreFile` must be a workspace-relative path/, 'error');
  assertFindingOn(findings, text, 'loud', /Severity of `unsourced-figure` must be one of/, 'error');
  assertFindingOn(findings, text, '[information]', /Severity of `name-variant` must be one of/, 'error');
  assertFindingOn(findings, text, 'text: two countries', /`ignore` must be a list/, 'error');
  assertRangesSound(text, findings);
});

input('config: unknown keys', async () => {
  const { text, findings } = await reviewConfig('config-unknown-keys.yaml');
  assertFindingOn(findings, text, 'article:', /Unknown key `article`/, 'warning');
  assertFindingOn(findings, text, 'includes:', /Unknown key `articles.includes`/, 'warning');
  assertFindingOn(findings, text, 'unsourced-figures:', /Unknown rule `unsourced-figures`/, 'warning');
  assert.ok(findings.every((f) => f.severity === 'warning'), 'nothing else');
});

input('config: an alias bomb (nine levels of nine aliases) is never expanded', async () => {
  const { text, findings } = await reviewConfig('config-alias-bomb.yaml');
  assertFindingOn(findings, text, 'include: *i', /articles\.include must be a list of glob patterns/, 'error');
  assertFindingOn(findings, text, 'rules: *i', /`rules` must map rule names/, 'error');
  assertFindingOn(findings, text, 'registry: *i', /`registry` must be a workspace-relative path/, 'error');
  assertRangesSound(text, findings);
});

input('config: tags that would run code in an unsafe loader are data', async () => {
  const root = workspace({});
  const { r, text, findings } = await reviewConfig('config-custom-tags.yaml', {}, root);
  assertFindingOn(findings, text, '!!js/function', /^YAML: Unresolved tag/);
  assertFindingOn(findings, text, '!!python/object', /^YAML: Unresolved tag/);
  assert.ok(!fs.existsSync(path.join(root, 'pwned')), 'nothing ran');
  assert.equal(r.corpus.registry.entries.length, 0);
});

input('config: a registry path outside the workspace is refused', async () => {
  const base = tempDir();
  // A real registry next to the workspace: it must not be read.
  fs.writeFileSync(path.join(base, 'outside-actors.yaml'), 'actors:\n  - name: Secret Person\n    kind: person\n');
  const { r, text, findings } = await reviewConfig('config-registry-outside.yaml', {}, path.join(base, 'ws'));
  assertFindingOn(findings, text, '../outside-actors.yaml', /must be a path inside the workspace, relative to it; "\.\.\/outside-actors\.yaml" is refused/, 'error');
  assert.equal(r.corpus.registry.entries.length, 0);
  assert.equal(r.corpus.registryFile, undefined);
});

input('config: an absolute registry path is refused', async () => {
  const { r, text, findings } = await reviewConfig('config-registry-absolute.yaml');
  assertFindingOn(findings, text, '/etc/passwd', /"\/etc\/passwd" is refused/, 'error');
  assert.equal(r.corpus.registryFile, undefined);
});

input('config: a missing registry file', async () => {
  const { r } = await reviewConfig('config-registry-missing.yaml');
  const [f] = r.at('news/actors.yaml');
  assert.equal(f.severity, 'error');
  assert.equal(f.code, 'registry');
  assert.match(f.message, /The registry "news\/actors\.yaml" named in corpus-review\.yaml could not be read: no such file \(ENOENT\)/);
});

input('config: a binary corpus-review.yaml is reported, not taken for "no config"', async () => {
  const r = await review(workspace({ [CONFIG]: Buffer.from([0x72, 0x75, 0x6c, 0x65, 0x73, 0x3a, 0x00, 0x0a]) }));
  const [f] = r.at(CONFIG);
  assert.ok(f, 'a finding on the config');
  assert.equal(f.severity, 'error');
  assert.match(f.message, /^corpus-review\.yaml could not be read: binary content/);
  assertRestAnalysed(r);
});

/** Findings on the registry of a workspace whose registry is the fixture `name`. */
async function reviewRegistry(name: string): Promise<{ r: Review; text: string; findings: Finding[] }> {
  const text = fixture(name).toString('utf8');
  const r = await review(workspace({ [CONFIG]: 'registry: actors.yaml\n', 'actors.yaml': text }));
  assertRestAnalysed(r);
  const findings = r.at('actors.yaml');
  assertRangesSound(text, findings);
  return { r, text, findings };
}

input('registry: invalid YAML', async () => {
  const { text, findings } = await reviewRegistry('registry-invalid.yaml');
  assert.ok(findings.some((f) => f.severity === 'error' && /^YAML: /.test(f.message)), JSON.stringify(findings));
  assert.ok(findings.every((f) => f.range.start.line >= rangeOfText(text, '- id: kcna').start.line || !/^YAML/.test(f.message)), 'YAML errors point at the broken entry');
});

input('registry: wrong types', async () => {
  const { r, text, findings } = await reviewRegistry('registry-wrong-types.yaml');
  assertFindingOn(findings, text, '[Kim, Jong, Un]', /`name` must be a non-empty text/, 'error');
  assertFindingOn(findings, text, 'kind: 5', /Unknown kind "5"/, 'error');
  assertFindingOn(findings, text, 'aliases: Korean', /`aliases` must be a list/, 'warning');
  assertFindingOn(findings, text, 'kind: capital', /Unknown kind "capital"/, 'error');
  assertFindingOn(findings, text, 'roles: {', /`roles` must be a list of texts/, 'error');
  assertFindingOn(findings, text, 'just a string', /An entry must be a mapping/, 'error');
  assert.deepEqual(r.corpus.registry.entries.map((e) => e.id), ['kcna', 'pyongyang']);
});

input('registry: unknown keys', async () => {
  const { r, text, findings } = await reviewRegistry('registry-unknown-keys.yaml');
  assertFindingOn(findings, text, 'actor:', /Unknown key `actor`/, 'warning');
  assertFindingOn(findings, text, 'nickname:', /Unknown key `nickname`/, 'warning');
  assertFindingOn(findings, text, 'born:', /Unknown key `born`/, 'warning');
  assert.deepEqual(r.corpus.registry.entries.map((e) => e.id), ['kim-jong-un']);
});

input('registry: duplicate ids', async () => {
  const { r, text, findings } = await reviewRegistry('registry-duplicate-ids.yaml');
  assertFindingOn(findings, text, 'id: kim\n', /Duplicate id "kim"/, 'error', 1);
  assertFindingOn(findings, text, 'name: Kim Jong-un', /Duplicate id "kim-jong-un"/, 'error');
  assert.deepEqual(r.corpus.registry.entries.map((e) => [e.id, e.name]), [['kim', 'Kim Jong Un'], ['kim-jong-un', 'Kim Jong Un']]);
});

input('registry: an alias bomb is never expanded', async () => {
  const { r, text, findings } = await reviewRegistry('registry-alias-bomb.yaml');
  assertFindingOn(findings, text, 'name: *i', /`name` must be a non-empty text/, 'error');
  assertFindingOn(findings, text, 'roles: *i', /`roles` must be a list of texts/, 'error');
  assert.deepEqual(r.corpus.registry.entries.map((e) => e.name), ['Kim Jong Un']);
});

input('the ignore sidecar broken: reported, and no quick fix rewrites it', async () => {
  const text = fixture('ignored-broken.yaml').toString('utf8');
  const r = await review(workspace({ '.corpus-review/ignored.yaml': text }));
  const findings = r.at('.corpus-review/ignored.yaml');
  assert.ok(findings.some((f) => f.severity === 'error' && f.code === 'ignore-file' && /^YAML: /.test(f.message)), JSON.stringify(findings));
  assertRangesSound(text, findings);
  const good = r.at('good.txt')[0];
  const plans = unsourcedFigureActions(r.corpus, r.ws.uriFor('good.txt'), good.range, { ignoreFile: { uri: r.ws.uriFor('.corpus-review/ignored.yaml'), text } });
  assert.deepEqual(plans.map((p) => p.title), ['Insert a source placeholder for "12 villages"']);
});

/** The start of a PNG: binary content by its NUL bytes. */
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);

input('the ignore sidecar unreadable (binary): reported, its dismissals not dropped, and no quick fix writes into it', async () => {
  const sidecar = '.corpus-review/ignored.yaml';
  const dismissed = `ignored:\n  - file: good.txt\n    rule: unsourced-figure\n    text: 12 villages\n`;
  const root = workspace({ [sidecar]: dismissed });
  const r = await review(root);
  assert.deepEqual(r.at('good.txt'), [], 'dismissed while the sidecar reads');
  // the file turns binary (a sync tool, a bad merge): read again as the server does when it changes
  fs.writeFileSync(path.join(root, sidecar), PNG);
  await loadInputs(r.corpus, r.ws);
  const [f] = r.at(sidecar);
  assert.ok(f, 'a finding on the sidecar');
  assert.equal(f.severity, 'error');
  assert.equal(f.code, 'ignore-file');
  assert.match(f.message, /^\.corpus-review\/ignored\.yaml could not be read: binary content/);
  assert.deepEqual(r.at('good.txt'), [], 'the dismissal read before still holds');
  // first read unreadable: the finding shows, and its quick fixes leave the sidecar alone
  const fresh = await review(workspace({ [sidecar]: PNG }));
  const [good] = fresh.at('good.txt');
  assert.ok(good, 'the unsourced figure is reported');
  const diagnostic = { range: good.range, message: good.message, code: good.code, severity: 2 as const };
  const actions = codeActions(fresh.corpus, { textDocument: { uri: fresh.ws.uriFor('good.txt') }, range: good.range, context: { diagnostics: [diagnostic] } }, fresh.ws.uriFor(sidecar), () => null);
  assert.deepEqual(actions.map((a) => a.title), ['Insert a source placeholder for "12 villages"']);
});

// --- the workspace on disk -----------------------------------------------------------------

input('a symbolic link loop', async () => {
  const root = workspace({ 'loop/inner.txt': GOOD });
  fs.symlinkSync('..', path.join(root, 'loop/back'));
  fs.symlinkSync('.', path.join(root, 'loop/self'));
  const r = await review(root);
  assert.ok(r.logs.includes('Skipped loop/back: a symbolic link loop back to a folder already listed.'), JSON.stringify(r.logs));
  assert.ok(r.logs.includes('Skipped loop/self: a symbolic link loop back to a folder already listed.'), JSON.stringify(r.logs));
  assert.deepEqual([...r.corpus.documents()].map((d) => d.path).sort(), ['good.txt', 'loop/inner.txt']);
  assertRestAnalysed(r);
});

input('a broken symbolic link', async () => {
  const root = workspace({});
  fs.symlinkSync('nowhere.txt', path.join(root, 'dangling.txt'));
  const r = await review(root);
  assert.deepEqual(r.logs, ['Skipped dangling.txt: a broken symbolic link.']);
  assertRestAnalysed(r);
});

/** Runs the CLI; as root, as the unprivileged user `nobody` when `asNobody` (chmod does not stop root). */
function runCli(args: string[], cwd: string, asNobody = false): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const ids = asNobody ? { uid: 65534, gid: 65534 } : {};
    const child = spawn(process.execPath, [CLI, ...args], { cwd, ...ids });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Lets `nobody` into a temp workspace (mkdtemp makes it 0700). */
function openToAll(dir: string): void {
  fs.chmodSync(dir, 0o755);
}

input('an unreadable file (chmod 000)', async (t) => {
  const root = workspace({ 'secret.txt': 'The army lost 40 tanks.\n' });
  fs.chmodSync(path.join(root, 'secret.txt'), 0o000);
  if (!isRoot) {
    const r = await review(root);
    const [f] = r.at('secret.txt');
    assert.equal(f.code, 'skipped-file');
    assert.match(f.message, /^Not analysed: the file could not be read: permission denied \(EACCES\)/);
    assertRestAnalysed(r);
    return;
  }
  // As root the file stays readable, so the check runs the CLI as `nobody`.
  t.diagnostic('running as root: chmod 000 does not stop root, so this case runs the CLI as the user nobody');
  openToAll(root);
  const { code, stdout, stderr } = await runCli(['check'], root, true);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /^secret\.txt:1:1 information skipped-file Not analysed: the file could not be read: permission denied \(EACCES\)/m);
  assert.match(stdout, /^good\.txt:1:15 warning unsourced-figure /m);
});

input('an unreadable folder (chmod 000)', async (t) => {
  const root = workspace({ 'private/a.txt': 'The army lost 40 tanks.\n' });
  fs.chmodSync(path.join(root, 'private'), 0o000);
  if (!isRoot) {
    const r = await review(root);
    assert.deepEqual(r.logs, ['Cannot list folder private: permission denied (EACCES)']);
    assertRestAnalysed(r);
    return;
  }
  t.diagnostic('running as root: the CLI runs as the user nobody');
  openToAll(root);
  const { code, stdout, stderr } = await runCli(['check'], root, true);
  assert.equal(code, 0, stderr);
  assert.match(stderr, /^corpus-review: Cannot list folder private: permission denied \(EACCES\)$/m);
  assert.match(stdout, /^good\.txt:1:15 warning unsourced-figure /m);
});

/** An FsWorkspace that changes the real folder right after it was listed, before the articles are read. */
class ChangingWorkspace extends FsWorkspace {
  constructor(root: string, private readonly change: () => void) {
    super(root);
  }

  override async *listFiles() {
    yield* super.listFiles();
    this.change();
  }
}

input('a file deleted during the scan', async () => {
  const root = workspace({ 'gone.txt': 'The army lost 40 tanks.\n' });
  const ws = new ChangingWorkspace(root, () => fs.unlinkSync(path.join(root, 'gone.txt')));
  const corpus = new Corpus();
  await loadInputs(corpus, ws);
  assert.equal(await scanWorkspace(corpus, ws, { maxFileSize: 2_000_000 }), 2);
  const gone = ws.uriFor('gone.txt');
  assert.equal(corpus.get(gone), undefined);
  assert.equal(corpus.skipped(gone), undefined, 'a file that is gone is not "skipped": it has no finding');
  assert.deepEqual(findingsFor(corpus, gone), []);
  assert.ok(findingsFor(corpus, ws.uriFor('good.txt')).some((f) => f.text === '12 villages'));
  // Deleted after it was analysed: reading it again (as on a file event) drops it.
  const good = ws.uriFor('good.txt');
  fs.unlinkSync(path.join(root, 'good.txt'));
  await loadArticle(corpus, ws, { uri: good, path: 'good.txt' }, { maxFileSize: 2_000_000 });
  assert.equal(corpus.get(good), undefined);
  assert.deepEqual(findingsFor(corpus, good), []);
});

input('a file renamed during the scan', async () => {
  const root = workspace({ 'draft.txt': 'The army lost 40 tanks.\n' });
  const ws = new ChangingWorkspace(root, () => fs.renameSync(path.join(root, 'draft.txt'), path.join(root, 'final.txt')));
  const corpus = new Corpus();
  await loadInputs(corpus, ws);
  await scanWorkspace(corpus, ws, { maxFileSize: 2_000_000 });
  assert.equal(corpus.get(ws.uriFor('draft.txt')), undefined);
  assert.deepEqual(findingsFor(corpus, ws.uriFor('draft.txt')), []);
  // The next scan (the server rescans on the file events) finds it under its new name.
  await scanWorkspace(corpus, new FsWorkspace(root), { maxFileSize: 2_000_000 });
  assert.ok(findingsFor(corpus, ws.uriFor('final.txt')).some((f) => f.text === '40 tanks'));
  assert.ok(findingsFor(corpus, ws.uriFor('good.txt')).some((f) => f.text === '12 villages'));
});

const MANY = FULL ? 100_000 : 10_000;

input(`a folder with ${MANY.toLocaleString('en')} files${FULL ? '' : ' (100,000 with CORPUS_REVIEW_BAD_INPUT_FULL=1)'}`, async () => {
  const root = workspace({});
  const dir = path.join(root, 'many');
  fs.mkdirSync(dir);
  for (let i = 0; i < MANY; i++) {
    const text = i % 100 === 0 ? `Rebels seized ${i + 7} villages.\n` : 'Officials met on Monday.\n';
    fs.writeFileSync(path.join(dir, `${String(i).padStart(6, '0')}.txt`), text);
  }
  const corpus = new Corpus();
  const ws = new FsWorkspace(root, (d) => isExcludedFolder(corpus.config, d));
  await loadInputs(corpus, ws);
  let reported = 0;
  const total = await scanWorkspace(corpus, ws, { maxFileSize: 2_000_000, onProgress: (done) => (reported = done) });
  assert.equal(total, MANY + 1);
  assert.equal(reported, MANY + 1);
  assert.equal(corpus.size, MANY + 1);
  let withFinding = 0;
  for (const d of corpus.documents()) if (d.path.startsWith('many/') && findingsFor(corpus, d.uri).length) withFinding++;
  assert.equal(withFinding, MANY / 100);
}, { timeout: FULL ? 600_000 : 120_000 });

// --- the command line ------------------------------------------------------------------------

input('the CLI over a folder of bad files: each says why, the rest is reviewed', async () => {
  const names = ['bom.txt', 'crlf.txt', 'invalid-utf8.txt', 'report-pdf.txt', 'utf16le-bom.txt', 'emoji.txt', 'empty.txt'];
  const root = workspace(Object.fromEntries(names.map((n) => [n, fixture(n)])));
  linkInto(root, bigLine(), 'dump.txt');
  const { code, stdout, stderr } = await runCli(['check'], root);
  assert.equal(code, 0, stderr);
  assert.equal(stderr, '');
  const col = (text: string, needle: string) => {
    const p = rangeOfText(text, needle).start;
    return `${p.line + 1}:${p.character + 1}`;
  };
  const invalid = new TextDecoder().decode(fixture('invalid-utf8.txt'));
  assert.match(stdout, new RegExp(`^report-pdf\\.txt:1:1 information skipped-file Not analysed: binary content`, 'm'));
  assert.match(stdout, /^dump\.txt:1:1 information skipped-file Not analysed: the file is 50000000 bytes, over the limit of 2000000 \(setting corpusReview\.maxFileSize\)/m);
  assert.match(stdout, new RegExp(`^invalid-utf8\\.txt:${col(invalid, '\ufffd')} information encoding The file is not valid UTF-8`, 'm'));
  assert.match(stdout, new RegExp(`^invalid-utf8\\.txt:${col(invalid, '40 tanks')} warning unsourced-figure `, 'm'));
  assert.match(stdout, new RegExp(`^emoji\\.txt:${col(fixture('emoji.txt').toString(), '40 tanks')} warning unsourced-figure `, 'm'));
  assert.match(stdout, new RegExp(`^bom\\.txt:${col(fixture('bom.txt').subarray(3).toString(), '40 tanks')} warning unsourced-figure `, 'm'));
  assert.match(stdout, /^good\.txt:1:15 warning unsourced-figure /m);
  // good, bom, crlf, invalid-utf8, utf16le-bom, emoji, empty: 7 articles; the PDF and the dump are skipped.
  assert.match(stdout, /^7 articles reviewed: /m);
});

input('the CLI with a broken config: exit 2, the error on its line, the articles still reviewed', async () => {
  const text = fixture('config-invalid.yaml').toString();
  const root = workspace({ [CONFIG]: text });
  const { code, stdout } = await runCli(['check'], root);
  assert.equal(code, 2);
  const line = rangeOfText(text, 'rules:').start.line + 1;
  assert.match(stdout, new RegExp(`^corpus-review\\.yaml:${line}:\\d+ error config YAML: `, 'm'));
  assert.match(stdout, /^good\.txt:1:15 warning unsourced-figure /m);
});

input('the CLI, JSON: ranges in UTF-16 units over emoji and CRLF', async () => {
  const text = '\u{1F1F0}\u{1F1F5} \u{1F680}\r\nThe army lost 40 tanks \u{1F4A5} and 12\u{1F680} trucks.\r\n';
  const root = workspace({ 'e.txt': text });
  const { code, stdout } = await runCli(['check', 'e.txt', '--format', 'json'], root);
  assert.equal(code, 0);
  const { findings } = JSON.parse(stdout) as { findings: { file: string; range: Range; text: string; code: string }[] };
  assert.ok(findings.length >= 2, stdout);
  assertRangesSound(text, findings);
  assert.deepEqual(findings.find((f) => f.text === '40 tanks')!.range, rangeOfText(text, '40 tanks'));
});

// --- the language server over stdio ----------------------------------------------------------

function textAt(text: string, d: Diagnostic): string {
  return text.slice(offsetAt(text, d.range.start), offsetAt(text, d.range.end));
}

input('the server over a folder of bad files: a diagnostic for each, the rest reviewed', async () => {
  const names = ['invalid-utf8.txt', 'report-pdf.txt', 'utf16be-bom.txt', 'cr.txt', 'emoji.txt', 'zero-width.txt'];
  const root = workspace({ ...Object.fromEntries(names.map((n) => [n, fixture(n)])), 'long.txt': `${'x'.repeat(30_000)}\nThe army lost 40 tanks.\n`, [CONFIG]: 'rules:\n  unsourced-figure: loud\n' });
  openToAll(root);
  const client = await startClient(root);
  try {
    const uris = ['good.txt', 'invalid-utf8.txt', 'report-pdf.txt', 'utf16be-bom.txt', 'cr.txt', 'emoji.txt', 'long.txt', CONFIG].map((n) => client.uri(n));
    await client.waitFor((all) => uris.every((u) => all.has(u)), 20_000, 'diagnostics of every bad file');
    const diags = (n: string) => client.diagnostics.get(client.uri(n))!.diagnostics;
    assert.deepEqual(diags('report-pdf.txt').map((d) => [d.code, d.severity]), [['skipped-file', 3]]);
    assert.match(String(diags('report-pdf.txt')[0].message), /binary content/);
    const invalid = new TextDecoder().decode(fixture('invalid-utf8.txt'));
    const enc = diags('invalid-utf8.txt').find((d) => d.code === 'encoding')!;
    assert.equal(textAt(invalid, enc), '\ufffd');
    assert.ok(diags('invalid-utf8.txt').some((d) => d.code === 'unsourced-figure' && textAt(invalid, d) === '40 tanks'));
    const emoji = fixture('emoji.txt').toString();
    assert.ok(diags('emoji.txt').some((d) => textAt(emoji, d) === '40 tanks'));
    const cr = fixture('cr.txt').toString();
    assert.ok(diags('cr.txt').some((d) => textAt(cr, d) === '40 tanks'));
    assert.deepEqual(diags('long.txt').map((d) => d.code).sort(), ['long-line', 'unsourced-figure']);
    assert.match(String(diags(CONFIG)[0].message), /Severity of `unsourced-figure`/);
    assert.ok(diags('good.txt').some((d) => d.code === 'unsourced-figure'));
  } finally {
    assert.equal(await client.shutdown(), 0);
  }
});

input('the server: incremental edits with emoji keep ranges in UTF-16 units', async () => {
  const root = workspace({});
  const client = await startClient(root);
  try {
    const uri = client.uri('e.txt');
    let text = '\u{1F680} The army lost 40 tanks.\r\n';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text } });
    await client.waitFor((all) => all.get(uri)?.version === 1, 10_000, 'version 1');
    // Insert emoji (two units each) before the figure, then a CRLF line above.
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } }, text: '\u{1F4A5}\u{1F4A5}' }],
    });
    text = '\u{1F680}\u{1F4A5}\u{1F4A5} The army lost 40 tanks.\r\n';
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Seoul \u{1F1F0}\u{1F1F5}\r\n\r\n' }],
    });
    text = 'Seoul \u{1F1F0}\u{1F1F5}\r\n\r\n' + text;
    await client.waitFor((all) => all.get(uri)?.version === 3, 10_000, 'version 3');
    const [d] = client.diagnostics.get(uri)!.diagnostics;
    assert.deepEqual(d.range, rangeOfText(text, '40 tanks'));
    assert.equal(textAt(text, d), '40 tanks');
  } finally {
    assert.equal(await client.shutdown(), 0);
  }
});

input('the server: an open article over the size limit is skipped like its file, not analysed at every keystroke', async () => {
  const root = workspace({});
  const client = await startClient(root);
  try {
    const uri = client.uri('huge.txt');
    const line = 'Officials in Seoul counted the tanks that crossed the border at night. ';
    const huge = (line.repeat(20) + '\n').repeat(Math.ceil(3_000_000 / (line.length * 20 + 1)));
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text: huge } });
    await client.waitFor((all) => (all.get(uri)?.diagnostics.length ?? 0) > 0, 10_000, 'diagnostics of the huge open article');
    const [d] = client.diagnostics.get(uri)!.diagnostics;
    assert.equal(d.code, 'skipped-file');
    assert.match(String(d.message), new RegExp(`the file is ${Buffer.byteLength(huge)} bytes, over the limit of 2000000 \\(setting corpusReview\\.maxFileSize\\)`));
    // Cut down under the limit, it is analysed.
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'The army lost 40 tanks.\n' }] });
    await client.waitFor((all) => all.get(uri)?.version === 2, 10_000, 'diagnostics of version 2');
    assert.deepEqual(client.diagnostics.get(uri)!.diagnostics.map((x) => x.code), ['unsourced-figure']);
  } finally {
    assert.equal(await client.shutdown(), 0);
  }
});

input('the server: a request with garbage params gets an error response, and the server keeps answering', async () => {
  const root = workspace({});
  const client = await startClient(root);
  try {
    const uri = client.uri('good.txt');
    await client.waitFor((all) => all.has(uri), 10_000, 'diagnostics of good.txt');
    // A diagnostic whose range is not a range reaches the core's quick fixes and throws there.
    const garbage = { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, context: { diagnostics: [{ code: 'unsourced-figure', range: 'everywhere', message: 'x' }] } };
    await assert.rejects(client.connection.sendRequest('textDocument/codeAction', garbage), (e: Error & { code?: number }) => {
      assert.equal(e.code, -32603);
      assert.match(e.message, /^Corpus Review: codeAction failed: /);
      return true;
    });
    await assert.rejects(client.connection.sendRequest('corpusReview/figures', null), /Corpus Review: corpusReview\/figures failed/);
    await assert.rejects(client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: null }), /Corpus Review: semanticTokens failed/);
    // Logged with context: the request and the document.
    await client.waitFor(() => client.notifications.some((n) => n.method === 'window/logMessage' && String((n.params as { message: string }).message).startsWith(`codeAction failed on ${uri}: `)), 5_000, 'the log line');
    // Still answering: a request, and diagnostics after an edit.
    const figures = (await client.connection.sendRequest('corpusReview/figures', { uri })) as { figures: { text: string }[] };
    assert.deepEqual(figures.figures.map((f) => f.text), ['12 villages']);
    const b = client.uri('b.txt');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: b, languageId: 'news-article', version: 1, text: 'The army lost 40 tanks.\n' } });
    await client.waitFor((all) => (all.get(b)?.diagnostics.length ?? 0) > 0, 10_000, 'diagnostics after the errors');
  } finally {
    assert.equal(await client.shutdown(), 0);
  }
});

input('the server: a client that refuses work-done progress during a rescan', async () => {
  const root = workspace({ [CONFIG]: 'rules:\n  unsourced-figure: warning\n' });
  const client = await startClient(root);
  try {
    const good = client.uri('good.txt');
    await client.waitFor((all) => all.get(good)?.diagnostics[0]?.severity === 2, 10_000, 'a warning on good.txt');
    // From now on the client answers progress requests with an error (the protocol allows it).
    client.connection.onRequest('window/workDoneProgress/create', () => {
      throw new Error('no progress here');
    });
    // An edit of the open config changes the rules: the server rescans.
    const config = client.uri(CONFIG);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: config, languageId: 'yaml', version: 1, text: 'rules:\n  unsourced-figure: error\n' } });
    await client.waitFor((all) => all.get(good)?.diagnostics[0]?.severity === 1, 10_000, 'the error severity after the rescan');
    assert.equal(client.process.exitCode, null, 'the server is still running');
  } finally {
    assert.equal(await client.shutdown(), 0);
  }
});

// --- the report ----------------------------------------------------------------------------

test('bad inputs: the count', (t) => {
  const line = `bad inputs: ${tried} tried, ${crashed.length} crashed`;
  t.diagnostic(line);
  process.stdout.write(`${line}\n`);
  assert.equal(tried, registered, 'every case ran');
  assert.deepEqual(crashed, []);
});
