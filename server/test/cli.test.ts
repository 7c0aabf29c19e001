// The command-line review: output shapes, exit codes, and that every reported
// range covers exactly the text it claims to.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { main } from '../src/cli/main';
import { makeWorkspace } from './lspClient';
import { REPO_ROOT } from './util';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, (s) => (out += s + '\n'), (s) => (err += s + '\n'));
  return { code, out, err };
}

function sliceAt(file: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const lines = fs.readFileSync(file, 'utf8').split(/\r\n|\r|\n/);
  if (range.start.line === range.end.line) return lines[range.start.line].slice(range.start.character, range.end.character);
  return [lines[range.start.line].slice(range.start.character), ...lines.slice(range.start.line + 1, range.end.line), lines[range.end.line].slice(0, range.end.character)].join('\n');
}

test('check --format json: LSP ranges whose text is exactly the text reported', async () => {
  const { code, out } = await run(['check', 'seeds', '--root', REPO_ROOT, '--format', 'json']);
  const { findings } = JSON.parse(out) as { findings: { file: string; range: never; severity: string; code: string; message: string; text: string }[] };
  assert.ok(findings.length > 0);
  for (const f of findings) {
    assert.deepEqual(Object.keys(f).filter((k) => k !== 'related').sort(), ['code', 'file', 'message', 'range', 'severity', 'text']);
    if (f.file.endsWith('.txt')) assert.equal(sliceAt(path.join(REPO_ROOT, f.file), f.range), f.text, JSON.stringify(f));
  }
  assert.ok(code === 0 || code === 1);
});

test('check --format text: file:line:col severity code message, then a summary', async () => {
  const { out } = await run(['check', 'seeds', '--root', REPO_ROOT]);
  const lines = out.trim().split('\n');
  for (const line of lines.slice(0, -1)) assert.match(line, /^seeds\/[^:]+:\d+:\d+ (error|warning|information|hint) [a-z-]+ .+/);
  assert.match(lines[lines.length - 1], /^5 articles reviewed: \d+ findings/);
});

test('figures --format json: every figure, sourced or not', async () => {
  const { code, out } = await run(['figures', 'seeds/003_c340ac3b82ceae6a.txt', '--root', REPO_ROOT, '--format', 'json']);
  assert.equal(code, 0);
  const { figures } = JSON.parse(out) as { figures: { file: string; range: never; text: string; sourced: boolean; source?: string }[] };
  assert.ok(figures.length > 0);
  for (const f of figures) {
    assert.equal(sliceAt(path.join(REPO_ROOT, f.file), f.range), f.text);
    assert.equal(typeof f.sourced, 'boolean');
    if (f.sourced) assert.ok(f.source && f.source.length > 0, 'a sourced figure names its attribution');
  }
  assert.ok(figures.some((f) => f.sourced) && figures.some((f) => !f.sourced));
});

test('actors --format json: registry identity, roles with where they are stated, every mention', async () => {
  const { code, out } = await run(['actors', 'seeds', '--root', REPO_ROOT, '--format', 'json']);
  assert.equal(code, 0);
  type Row = { id: string; name: string; kind: string; aliases: string[]; roles: { text: string; file: string; range: never }[]; mentions: { file: string; range: never; text: string }[] };
  const { actors } = JSON.parse(out) as { actors: Row[] };
  for (const a of actors) {
    for (const k of ['id', 'name', 'kind', 'aliases', 'roles', 'mentions']) assert.ok(k in a, `${k} in ${a.name}`);
    for (const m of a.mentions) assert.equal(sliceAt(path.join(REPO_ROOT, m.file), m.range), m.text);
    for (const r of a.roles) assert.equal(sliceAt(path.join(REPO_ROOT, r.file), r.range), r.text);
  }
  const kju = actors.find((a) => a.id === 'kim-jong-un')!;
  assert.ok(new Set(kju.mentions.map((m) => m.file)).size >= 4);
  assert.ok(kju.mentions.some((m) => m.text === 'Kim Jong-un') && kju.mentions.some((m) => m.text === 'Kim Jong Un'));
  // A variant is never merged: Kim Yo-yong is not among Kim Yo Jong's mentions.
  const kyj = actors.find((a) => a.id === 'kim-yo-jong')!;
  assert.ok(!kyj.mentions.some((m) => m.text === 'Kim Yo-yong'));
  const pak = actors.find((a) => a.id === 'pak-jong-chon')!;
  assert.ok(pak.roles.some((r) => /vice chairman/.test(r.text)));
  const text = await run(['actors', 'seeds', '--root', REPO_ROOT]);
  assert.match(text.out.trim().split('\n').pop()!, /^\d+ actors in 5 articles: \d+ in the registry, \d+ not$/);
});

test('exit codes: 1 with an error-severity finding, 2 on usage or config errors', async () => {
  const root = makeWorkspace({ 'corpus-review.yaml': 'rules:\n  unsourced-figure: error\n', 'a.txt': 'Rebels seized 12 villages.\n' });
  assert.equal((await run(['check', '--root', root])).code, 1);
  const broken = makeWorkspace({ 'corpus-review.yaml': 'rules: [\n', 'a.txt': 'Text.\n' });
  const r = await run(['check', '--root', broken]);
  assert.equal(r.code, 2);
  assert.match(r.out, /^corpus-review\.yaml:\d+:\d+ error config YAML:/m);
  assert.equal((await run([])).code, 2);
  assert.equal((await run(['lint'])).code, 2);
  assert.equal((await run(['check', '--format', 'xml'])).code, 2);
  assert.equal((await run(['check', 'no/such/path', '--root', root])).code, 2);
  assert.equal((await run(['--help'])).code, 0);
});

test('the bundled bin runs as a program', () => {
  const cli = path.join(REPO_ROOT, 'dist/cli.js');
  assert.match(fs.readFileSync(cli, 'utf8').slice(0, 30), /^#!\/usr\/bin\/env node/);
  const version = execFileSync(process.execPath, [cli, '--version'], { encoding: 'utf8' }).trim();
  assert.equal(version, JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version);
  const r = spawnSync(process.execPath, [cli, 'check', 'seeds'], { cwd: REPO_ROOT, encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  assert.match(r.stdout, /5 articles reviewed/);
});

test('report --html FILE: one self-contained page with links relative to it; without --html it is a usage error', async () => {
  const dir = fs.mkdtempSync(path.join(REPO_ROOT, 'out', 'report-test-'));
  try {
    const file = path.join(dir, 'sub', 'report.html');
    const { code, err } = await run(['report', 'seeds', '--root', REPO_ROOT, '--html', file]);
    assert.equal(code, 0, err);
    const html = fs.readFileSync(file, 'utf8');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;nonce-[^&]+&#39;/);
    const rel = path.relative(path.dirname(file), path.join(REPO_ROOT, 'seeds/000_bb51adc904eee9b3.txt')).split(path.sep).join('/');
    assert.ok(html.includes(`href="${rel}#L23"`), rel);
    assert.equal((await run(['report', 'seeds', '--root', REPO_ROOT])).code, 2);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
