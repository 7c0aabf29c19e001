// `check --format sarif`: SARIF 2.1.0 that validates against the schema.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import { main } from '../src/cli/main';
import { toSarif } from '../src/cli/sarif';
import { FIXTURES, REPO_ROOT } from './util';

const schema = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'sarif/sarif-2.1.0-rtm.5.json'), 'utf8'));
// unicodeRegExp off: the schema's language pattern has a stray ']' that only non-Unicode regular expressions accept
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
const validate = ajv.compile(schema);

function valid(log: unknown): void {
  const ok = validate(log);
  assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 1));
}

async function run(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await main(args, (s) => (out += s + '\n'), () => undefined);
  return { code, out };
}

test('check --format sarif on the seeds validates against the SARIF 2.1.0 schema', async () => {
  const { code, out } = await run(['check', 'seeds', '--root', REPO_ROOT, '--format', 'sarif']);
  assert.ok(code === 0 || code === 1);
  const log = JSON.parse(out);
  valid(log);
  assert.equal(log.version, '2.1.0');
  const run0 = log.runs[0];
  assert.equal(run0.tool.driver.name, 'corpus-review');
  assert.equal(run0.columnKind, 'utf16CodeUnits');
  const leopard = run0.results.find((r: { locations: { physicalLocation: { region: { snippet: { text: string } } } }[] }) => r.locations[0].physicalLocation.region.snippet.text === '14 Leopard 2 A6 tanks');
  assert.ok(leopard, 'the unsourced Leopard figure is a result');
  assert.equal(leopard.ruleId, 'unsourced-figure');
  assert.equal(leopard.level, 'warning');
  assert.equal(run0.tool.driver.rules[leopard.ruleIndex].id, 'unsourced-figure');
  const loc = leopard.locations[0].physicalLocation;
  assert.equal(loc.artifactLocation.uri, 'seeds/000_bb51adc904eee9b3.txt');
  // 1-based line and column of the figure, found by text
  const lines = fs.readFileSync(path.join(REPO_ROOT, 'seeds/000_bb51adc904eee9b3.txt'), 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes('14 Leopard 2 A6 tanks'));
  assert.equal(loc.region.startLine, line + 1);
  assert.equal(loc.region.startColumn, lines[line].indexOf('14 Leopard') + 1);
  assert.equal(run0.originalUriBaseIds['%SRCROOT%'].uri.endsWith('/'), true);
});

test('related statements become related locations; severities map to SARIF levels; the log still validates', () => {
  const range = (l: number) => ({ start: { line: l, character: 2 }, end: { line: l, character: 9 } });
  const log = toSarif(
    [
      { file: 'news/a b.txt', range: range(0), severity: 'warning', code: 'conflicting-figure', message: 'Conflicting figure', text: '31 tanks', related: [{ file: 'news/b.txt', range: range(4), message: '"30 tanks": The army has 30 tanks.' }] },
      { file: 'news/b.txt', range: range(1), severity: 'information', code: 'quote-drift', message: 'Worded differently', text: '“x”' },
      { file: 'corpus-review.yaml', range: range(2), severity: 'error', code: 'config', message: 'Bad key', text: '' },
    ],
    { version: '1.2.3' },
  ) as { runs: { results: { level: string; relatedLocations?: unknown[]; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
  valid(log);
  const results = log.runs[0].results;
  assert.deepEqual(results.map((r) => r.level), ['warning', 'note', 'error']);
  assert.equal(results[0].relatedLocations?.length, 1);
  assert.equal(results[0].locations[0].physicalLocation.artifactLocation.uri, 'news/a%20b.txt');
});

test('the validator rejects what is not SARIF 2.1.0 (so the checks above can fail)', () => {
  const log = toSarif([], { version: '1' }) as { version: string; runs: unknown[] };
  assert.ok(validate(log));
  assert.equal(validate({ ...log, version: '2.0.0' }), false);
  assert.equal(validate({ ...log, runs: [{ tool: { driver: {} } }] }), false, 'a driver needs a name');
});

test('--format sarif is for check only', async () => {
  let err = '';
  const code = await main(['figures', 'seeds', '--root', REPO_ROOT, '--format', 'sarif'], () => undefined, (s) => (err += s));
  assert.equal(code, 2);
  assert.match(err, /check only/);
});
