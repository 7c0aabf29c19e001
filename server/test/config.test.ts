import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG, isArticlePath, isExcludedFolder, isIgnored, parseConfig } from '../src/core/config';
import { LineIndex } from '../src/core/text';
import { offsetOf } from './util';

test('an empty config is the default config', () => {
  const { config, problems } = parseConfig('');
  assert.deepEqual(problems, []);
  assert.deepEqual(config?.articles, DEFAULT_CONFIG.articles);
  assert.equal(config?.rules['unsourced-figure'], 'warning');
});

test('articles, registry, rules and ignores are read', () => {
  const { config, problems } = parseConfig(
    'articles:\n  include: ["corpus/**/*.txt"]\n  exclude: ["corpus/drafts/**"]\nregistry: corpus/actors.yaml\nrules:\n  unsourced-figure: error\n  name-variant: off\nignore:\n  - rule: unsourced-figure\n    text: two countries\n',
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(config!.articles.include, ['corpus/**/*.txt']);
  assert.ok(config!.articles.exclude.includes('corpus/drafts/**'));
  assert.ok(config!.articles.exclude.includes('**/node_modules/**'), 'the default exclusions stay');
  assert.equal(config!.registry, 'corpus/actors.yaml');
  assert.equal(config!.rules['unsourced-figure'], 'error');
  assert.equal(config!.rules['name-variant'], 'off');
  assert.ok(isIgnored(config!, 'unsourced-figure', 'corpus/a.txt', 'two countries'));
  assert.ok(!isIgnored(config!, 'unsourced-figure', 'corpus/a.txt', 'three countries'));
});

test('YAML syntax errors are problems with their position, not exceptions', () => {
  const text = 'articles:\n  include: [unclosed\nrules: {\n';
  const { config, problems } = parseConfig(text);
  assert.equal(config, undefined);
  assert.ok(problems.length > 0);
  assert.ok(problems.every((p) => p.severity === 'error' && p.span));
});

test('a wrong severity is reported on its value', () => {
  const text = 'rules:\n  unsourced-figure: loud\n';
  const { config, problems } = parseConfig(text);
  assert.equal(problems.length, 1);
  assert.equal(problems[0].span!.start, offsetOf(text, 'loud'));
  assert.deepEqual(new LineIndex(text).positionAt(problems[0].span!.start), { line: 1, character: offsetOf(text, 'loud') - offsetOf(text, '  unsourced') });
  assert.equal(config!.rules['unsourced-figure'], 'warning', 'the default stays');
});

test('unknown keys and rules are warnings that name what is known', () => {
  const text = 'artciles: []\nrules:\n  made-up: error\n';
  const { problems } = parseConfig(text);
  assert.equal(problems.length, 2);
  assert.ok(problems.every((p) => p.severity === 'warning'));
  assert.match(problems[0].message, /Unknown key `artciles`/);
  assert.equal(problems[0].span!.start, offsetOf(text, 'artciles'));
  assert.match(problems[1].message, /Unknown rule `made-up`/);
});

test('a registry path outside the workspace is refused', () => {
  for (const bad of ['../elsewhere/actors.yaml', '/etc/actors.yaml', 'C:/actors.yaml']) {
    const { config, problems } = parseConfig(`registry: ${bad}\n`);
    assert.equal(config!.registry, undefined, bad);
    assert.match(problems[0].message, /inside the workspace/);
  }
});

test('custom tags are not executed or constructed: YAML is data', () => {
  const { problems } = parseConfig('registry: !!js/function "function(){}"\n');
  assert.ok(problems.length > 0);
});

test('article paths follow include and exclude globs', () => {
  const { config } = parseConfig('articles:\n  include: ["news/**/*.txt"]\n  exclude: ["news/old/**"]\n');
  assert.ok(isArticlePath(config!, 'news/2024/a.txt'));
  assert.ok(!isArticlePath(config!, 'news/old/a.txt'));
  assert.ok(!isArticlePath(config!, 'other/a.txt'));
  assert.ok(!isArticlePath(DEFAULT_CONFIG, 'node_modules/pkg/LICENSE.txt'));
  assert.ok(isExcludedFolder(DEFAULT_CONFIG, 'node_modules'));
  assert.ok(isExcludedFolder(DEFAULT_CONFIG, 'a/b/node_modules'));
  assert.ok(!isExcludedFolder(DEFAULT_CONFIG, 'seeds'));
});
