import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../src/core/config';
import { DEFAULT_SETTINGS, readSettings, settingName } from '../src/lsp/settings';
import { REPO_ROOT } from './util';

test('every rule has a corpusReview.rules setting in package.json, and the server reads it', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { enum?: string[] }> } } };
  const props = pkg.contributes.configuration.properties;
  for (const rule of RULES) {
    const key = `corpusReview.rules.${settingName(rule)}`;
    assert.ok(props[key], `${key} is contributed`);
    assert.deepEqual(props[key].enum, ['default', 'error', 'warning', 'information', 'hint', 'off']);
    assert.deepEqual(readSettings({ rules: { [settingName(rule)]: 'error' } }).rules, { [rule]: 'error' });
  }
});

test('"default", unknown values and missing settings leave the file\'s severities alone', () => {
  assert.deepEqual(readSettings({ rules: { quoteDrift: 'default', conflictingFigure: 'loud', nope: 'error' } }).rules, {});
  assert.deepEqual(readSettings(undefined), DEFAULT_SETTINGS);
  assert.deepEqual(readSettings({ maxFileSize: -1, maxLineLength: 0, analyze: 'sometimes' }), DEFAULT_SETTINGS);
});
