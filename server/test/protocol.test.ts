// Protocol tests: the bundled server, started as a child process, spoken to
// over stdio by a real LSP client. Diagnostics must arrive for articles no
// editor opened, follow edits to an open document, and the server must shut
// down cleanly.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { makeWorkspace, startClient } from './lspClient';
import { readSeed, seedNames, SEEDS } from './util';

function textOf(text: string, d: Diagnostic): string {
  const lines = text.split(/\r\n|\r|\n/);
  if (d.range.start.line !== d.range.end.line) return '';
  return lines[d.range.start.line].slice(d.range.start.character, d.range.end.character);
}

test('diagnostics arrive for every seed article without opening any', async () => {
  const files: Record<string, string> = {};
  for (const name of seedNames()) files[`articles/${name}`] = readSeed(name);
  const root = makeWorkspace(files);
  const client = await startClient(root);
  try {
    const target = client.uri('articles/003_c340ac3b82ceae6a.txt');
    await client.waitFor((all) => all.has(target), 20000, 'diagnostics of an unopened seed');
    const diags = client.diagnostics.get(target)!.diagnostics;
    const seedText = readSeed('003_c340ac3b82ceae6a.txt');
    const unsourced = diags.filter((d) => d.code === 'unsourced-figure').map((d) => textOf(seedText, d));
    assert.ok(unsourced.some((t) => t.includes('1.6 million')), `expected "1.6 million artillery shells" among ${JSON.stringify(unsourced)}`);
    // A sourced figure of the same sentence pair is not reported.
    assert.ok(!unsourced.some((t) => t.includes('74,000')), `"74,000 tons" is sourced (according to C4ADS): ${JSON.stringify(unsourced)}`);
    // Work-done progress was reported while the corpus was read, and ended.
    const ended = () => client.progress.some((p) => (p as { value: { kind: string } }).value.kind === 'end');
    await client.waitFor(ended, 20000, 'the end of work-done progress');
    const kinds = client.progress.map((p) => (p as { value: { kind: string } }).value.kind);
    assert.ok(kinds.includes('begin') && kinds.includes('end'), `progress begin and end, got ${kinds.join(',')}`);
  } finally {
    assert.equal(await client.shutdown(), 0);
  }
});

test('editing an open document changes its diagnostics', async () => {
  const root = makeWorkspace({ 'notes/a.txt': 'The ministry met on Monday.\n' });
  const client = await startClient(root);
  try {
    const uri = client.uri('notes/a.txt');
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'news-article', version: 1, text: 'The ministry met on Monday.\n' },
    });
    const first = 'The ministry met on Monday.\n';
    const edited = first + 'The army lost 40 tanks in the offensive.\n';
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'The army lost 40 tanks in the offensive.\n' }],
    });
    await client.waitFor((all) => (all.get(uri)?.diagnostics.length ?? 0) > 0, 10000, 'a diagnostic after the edit');
    const d = client.diagnostics.get(uri)!;
    assert.equal(d.version, 2);
    assert.ok(d.diagnostics.some((x) => x.code === 'unsourced-figure' && textOf(edited, x).startsWith('40 tanks')), JSON.stringify(d.diagnostics));
    // Attributing the claim removes the finding.
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ text: first + 'The army lost 40 tanks in the offensive, the ministry said.\n' }],
    });
    await client.waitFor((all) => all.get(uri)?.version === 3, 10000, 'diagnostics of version 3');
    assert.deepEqual(client.diagnostics.get(uri)!.diagnostics, []);
  } finally {
    assert.equal(await client.shutdown(), 0);
  }
});

test('a broken corpus-review.yaml gets a diagnostic at its line, and the review goes on', async () => {
  const root = makeWorkspace({
    'corpus-review.yaml': 'articles:\n  include: ["**/*.txt"]\nrules:\n  unsourced-figure: loud\n',
    'a.txt': 'The army lost 40 tanks in the offensive.\n',
  });
  const client = await startClient(root);
  try {
    const configUri = client.uri('corpus-review.yaml');
    const article = client.uri('a.txt');
    await client.waitFor((all) => all.has(configUri) && all.has(article), 10000, 'config and article diagnostics');
    const [d] = client.diagnostics.get(configUri)!.diagnostics;
    assert.equal(d.range.start.line, 3, JSON.stringify(d));
    assert.match(String(d.message), /Severity of `unsourced-figure`/);
    assert.ok(client.diagnostics.get(article)!.diagnostics.length > 0);
  } finally {
    await client.shutdown();
  }
});

test('files created and deleted on disk are followed', async () => {
  const root = makeWorkspace({ 'a.txt': 'Nothing to see.\n' });
  const client = await startClient(root);
  try {
    await new Promise((r) => setTimeout(r, 300));
    fs.writeFileSync(path.join(root, 'b.txt'), 'Rebels seized 12 villages overnight.\n');
    const uri = client.uri('b.txt');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 1 }] });
    await client.waitFor((all) => (all.get(uri)?.diagnostics.length ?? 0) > 0, 10000, 'diagnostics of the created file');
    fs.unlinkSync(path.join(root, 'b.txt'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
    await client.waitFor((all) => all.get(uri)?.diagnostics.length === 0, 10000, 'diagnostics cleared after delete');
  } finally {
    await client.shutdown();
  }
  assert.ok(fs.existsSync(path.join(SEEDS, '000_bb51adc904eee9b3.txt')));
});

test('quick fixes for an unsourced figure are versioned workspace edits; the ignore fix never edits the article', async () => {
  const text = 'The army lost 40 tanks in the offensive.\n';
  const root = makeWorkspace({ 'a.txt': text });
  const client = await startClient(root);
  try {
    const uri = client.uri('a.txt');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 7, text } });
    await client.waitFor((all) => all.get(uri)?.version === 7, 10000, 'diagnostics of the open document');
    const [diagnostic] = client.diagnostics.get(uri)!.diagnostics;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as { title: string; edit: { documentChanges: { kind?: string; uri?: string; textDocument?: { uri: string; version: number | null } }[] } }[];
    assert.equal(actions.length, 2, JSON.stringify(actions));
    const placeholder = actions.find((a) => a.title.startsWith('Insert a source placeholder'))!;
    assert.deepEqual(placeholder.edit.documentChanges[0].textDocument, { uri, version: 7 });
    const ignore = actions.find((a) => a.title.startsWith('Ignore this finding'))!;
    const touched = ignore.edit.documentChanges.map((c) => c.uri ?? c.textDocument!.uri);
    assert.ok(touched.every((u) => u.endsWith('/.corpus-review/ignored.yaml')), JSON.stringify(touched));
    assert.equal(ignore.edit.documentChanges[0].kind, 'create');
  } finally {
    await client.shutdown();
  }
});

test('an unsourced figure points at the same figure sourced in another article, and follows edits there', async () => {
  const sourced = 'The army lost 40 tanks in the offensive, the ministry said.\n';
  const root = makeWorkspace({ 'a.txt': 'Fighting went on.\nThe army lost 40 tanks in the offensive.\n', 'b.txt': sourced });
  const client = await startClient(root);
  try {
    const a = client.uri('a.txt');
    const b = client.uri('b.txt');
    const related = () => client.diagnostics.get(a)?.diagnostics.find((d) => d.code === 'unsourced-figure')?.relatedInformation ?? [];
    await client.waitFor(() => related().length === 1, 10000, 'related information on a.txt');
    assert.equal(related()[0].location.uri, b);
    // the client shows the location beside the message: the message does not repeat it
    assert.equal(related()[0].message, 'sourced: the ministry said');
    assert.equal(related()[0].location.range.start.line, 0);
    // b loses its source in the editor: a's finding no longer points there, without touching a.
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: b, languageId: 'news-article', version: 1, text: sourced } });
    const cut = sourced.indexOf(', the ministry said');
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: b, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: cut }, end: { line: 0, character: sourced.indexOf('.') } }, text: '' }],
    });
    await client.waitFor(() => related().length === 0, 10000, 'a.txt re-published without the related information');
  } finally {
    assert.equal(await client.shutdown(), 0);
  }
});

test('after an edit, only the articles whose findings it can change are reviewed and re-sent', async () => {
  const sourced = 'The army lost 40 tanks in the offensive, the ministry said.\n';
  const root = makeWorkspace({
    'a.txt': 'Fighting went on.\nThe army lost 40 tanks in the offensive.\n',
    'b.txt': sourced,
    'c.txt': 'The army lost 12 villages, officials said. The ministry said 40 tanks were lost.\n',
  });
  const client = await startClient(root);
  try {
    const [a, b, c] = ['a.txt', 'b.txt', 'c.txt'].map((f) => client.uri(f));
    const related = () => client.diagnostics.get(a)?.diagnostics.find((d) => d.code === 'unsourced-figure')?.relatedInformation ?? [];
    await client.waitFor(() => related().length === 2, 10000, 'related information on a.txt');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: b, languageId: 'news-article', version: 1, text: sourced } });
    // An unsourced sentence typed at the end of b: nothing a or c read of b changes.
    const mark = client.published.length;
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: b, version: 2 },
      contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'Officials counted 500 drones.\n' }],
    });
    await client.waitFor(() => client.diagnostics.get(b)?.version === 2, 10000, 'b.txt at version 2');
    await new Promise((r) => setTimeout(r, 700)); // past the dependents' delay
    assert.deepEqual(client.published.slice(mark), [b]);
    // A line above b's sourced figure: a's related information names the new line; c is untouched.
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: b, version: 3 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Headline\n\n' }],
    });
    await client.waitFor(() => related().some((r) => r.location.uri === b && r.location.range.start.line === 2), 10000, 'a.txt re-published with the new line');
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(client.published.slice(mark).filter((u) => u !== b), [a]);
  } finally {
    assert.equal(await client.shutdown(), 0);
  }
});

for (const analyze of ['onType', 'onSave'] as const) {
  test(`opening an article analyses and publishes it once (analysis ${analyze})`, async () => {
    const text = 'The army lost 40 tanks in the offensive.\n';
    const root = makeWorkspace({ 'a.txt': text, 'b.txt': 'Fighting went on.\n' });
    const client = await startClient(root, { settings: { analyze } });
    try {
      const a = client.uri('a.txt');
      const ended = () => client.progress.some((p) => (p as { value: { kind: string } }).value.kind === 'end');
      await client.waitFor(() => ended() && (client.diagnostics.get(a)?.diagnostics.length ?? 0) > 0, 10000, 'the scan and a.txt');
      const mark = client.published.length;
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: a, languageId: 'news-article', version: 1, text } });
      // answered after everything the open sent: the server writes its messages in order
      await client.connection.sendRequest('workspace/symbol', { query: '' });
      assert.deepEqual(client.published.slice(mark), [a]);
      assert.equal(client.diagnostics.get(a)?.version, 1);
    } finally {
      assert.equal(await client.shutdown(), 0);
    }
  });
}
