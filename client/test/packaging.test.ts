// Packaging: `vsce package` (which runs the `vscode:prepublish` build) makes a
// .vsix holding exactly what the installed extension needs: the three bundles
// (they carry every runtime dependency, so no node_modules), the grammar, the
// language configuration, the schemas, the manifest, README and LICENSE; no
// sources, tests, seeds, source maps or build scripts. The .vsix is read as a
// zip here (its central directory), with no extra tool or dependency.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

const ROOT = path.resolve(__dirname, '../../..');

interface ZipEntry {
  name: string;
  size: number;
  read: () => Buffer;
}

/** Lists a zip file's entries from its central directory. */
function readZip(file: string): ZipEntry[] {
  const buf = fs.readFileSync(file);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  assert.ok(eocd >= 0, `${file} is a zip (end of central directory found)`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    assert.equal(buf.readUInt32LE(at), 0x02014b50, 'central directory entry signature');
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    entries.push({
      name,
      size,
      read: () => {
        assert.equal(buf.readUInt32LE(local), 0x04034b50, 'local header signature');
        const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
        const data = buf.subarray(start, start + compressed);
        return method === 0 ? Buffer.from(data) : zlib.inflateRawSync(data);
      },
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

test('vsce package: bundles, grammar, schemas, manifest, README and LICENSE; no sources, tests or node_modules', { timeout: 5 * 60_000 }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-review-vsix-'));
  try {
    const vsix = path.join(dir, 'x.vsix');
    const run = spawnSync('npx', ['vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix], {
      cwd: ROOT,
      encoding: 'utf8',
      input: '', // a prompt (for example "LICENSE not found, continue?") fails instead of waiting
      timeout: 4 * 60_000,
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    assert.equal(run.status, 0, `vsce package failed (${run.signal ?? run.status}):\n${run.stdout}\n${run.stderr}`);
    assert.ok(fs.existsSync(vsix), 'the .vsix was written');

    const entries = readZip(vsix);
    const names = entries.map((e) => e.name);
    const has = (name: string) => names.includes(name);

    for (const required of [
      'extension/dist/extension.js',
      'extension/dist/server.js',
      'extension/dist/cli.js',
      'extension/syntaxes/news-article.tmLanguage.json',
      'extension/language-configuration.json',
      'extension/schemas/corpus-review.schema.json',
      'extension/schemas/registry.schema.json',
      'extension/package.json',
      'extension.vsixmanifest',
      '[Content_Types].xml',
    ]) {
      assert.ok(has(required), `${required} is in the .vsix; it holds:\n${names.join('\n')}`);
    }
    // vsce stores README.md as readme.md and LICENSE as LICENSE.txt.
    assert.ok(names.some((n) => n.toLowerCase() === 'extension/readme.md'), `README.md is in the .vsix:\n${names.join('\n')}`);
    assert.ok(has('extension/LICENSE.txt') || has('extension/LICENSE') || has('extension/LICENSE.md'), `a LICENSE is in the .vsix:\n${names.join('\n')}`);

    const forbidden: [RegExp, string][] = [
      [/\.ts$/, 'TypeScript sources (or declarations)'],
      [/\.map$/, 'source maps'],
      [/\.tsbuildinfo$/, 'tsc build info'],
      [/(^|\/)node_modules\//, 'node_modules (the bundles hold the dependencies)'],
      [/^extension\/out\//, 'tsc output'],
      [/^extension\/(client|server)\//, 'sources and tests'],
      [/(^|\/)test\//, 'tests'],
      [/^extension\/seeds\//, 'the seed corpus'],
      [/^extension\/scripts\//, 'build scripts'],
      [/^extension\/\.ci\//, 'CI scripts'],
      [/^extension\/\.(vscode|vscode-test|e2e|git)\b/, 'editor, test or git folders'],
      [/^extension\/(tsconfig.*\.json|package-lock\.json|corpus-review\.yaml)$/, 'development files'],
      [/\.vsix$/, 'a nested .vsix'],
    ];
    for (const [pattern, what] of forbidden) {
      const found = names.filter((n) => pattern.test(n));
      assert.deepEqual(found, [], `no ${what} in the .vsix`);
    }

    // Every file the shipped manifest points at ships with it.
    const manifest = JSON.parse(entries.find((e) => e.name === 'extension/package.json')!.read().toString('utf8')) as {
      main: string;
      contributes: {
        grammars?: { path: string }[];
        languages?: { configuration?: string }[];
        yamlValidation?: { url: string }[];
      };
    };
    const referenced = [
      manifest.main,
      ...(manifest.contributes.grammars ?? []).map((g) => g.path),
      ...(manifest.contributes.languages ?? []).flatMap((l) => (l.configuration ? [l.configuration] : [])),
      ...(manifest.contributes.yamlValidation ?? []).map((y) => y.url),
    ];
    for (const ref of referenced) {
      const name = `extension/${path.posix.normalize(ref.replace(/^\.\//, ''))}`;
      assert.ok(has(name) || has(`${name}.js`), `${ref}, referenced by package.json, is in the .vsix`);
    }

    // Every image the packaged README shows ships with it (links stay relative).
    const readme = entries.find((e) => e.name.toLowerCase() === 'extension/readme.md')!.read().toString('utf8');
    for (const [, src] of readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(src)) continue;
      assert.ok(has(`extension/${path.posix.normalize(src)}`), `${src}, shown by README.md, is in the .vsix`);
    }

    const kb = Math.round(fs.statSync(vsix).size / 1024);
    const files = names.filter((n) => !n.endsWith('/'));
    console.log(`# vsix: ${files.length} files, ${kb} KB`);
    for (const e of entries) console.log(`#   ${e.name} (${Math.round(e.size / 1024)} KB unpacked)`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
