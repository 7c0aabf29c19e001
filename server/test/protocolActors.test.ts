// Issue 4 over the protocol: the bundled server on a copy of the seed corpus
// (articles, registry, corpus-review.yaml), asked what an editor asks. Hover,
// definition, references, workspace and document symbols, rename and the
// actor quick fixes, by positions found in the text.

import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, DocumentSymbol, Hover, Location, MarkupContent, SymbolInformation, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { makeWorkspace, startClient, type Client } from './lspClient';
import { readSeed, REPO_ROOT, SEEDS, seedNames } from './util';

let client: Client;
const seed = (prefix: string) => seedNames().find((n) => n.startsWith(prefix))!;

/** The LSP position of the `nth` occurrence of `needle` in a seed, plus `into` characters. */
function at(text: string, needle: string, into = 1, nth = 0): { line: number; character: number } {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, `"${needle}" not found`);
  const before = text.slice(0, i + into).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function textAt(text: string, l: Location): string {
  const lines = text.split(/\r\n|\r|\n/);
  return lines[l.range.start.line].slice(l.range.start.character, l.range.end.character);
}

before(async () => {
  const files: Record<string, string> = {
    'corpus-review.yaml': fs.readFileSync(path.join(REPO_ROOT, 'corpus-review.yaml'), 'utf8'),
    'seeds/actors.yaml': fs.readFileSync(path.join(SEEDS, 'actors.yaml'), 'utf8'),
  };
  for (const name of seedNames()) files[`seeds/${name}`] = readSeed(name);
  client = await startClient(makeWorkspace(files), { capabilities: { window: { workDoneProgress: true }, workspace: { workspaceEdit: { documentChanges: true } } } });
  const ended = () => client.progress.some((p) => (p as { value: { kind: string } }).value.kind === 'end');
  await client.waitFor(ended, 30000, 'the end of the scan');
});

after(async () => {
  assert.equal(await client.shutdown(), 0);
});

test('the server declares the navigation features', () => {
  const caps = client.initializeResult.capabilities;
  for (const k of ['hoverProvider', 'definitionProvider', 'referencesProvider', 'workspaceSymbolProvider', 'documentSymbolProvider', 'renameProvider'] as const) {
    assert.ok(caps[k], `${k} declared`);
  }
});

test('hover on "Kim Yo-yong" (002) shows Kim Yo Jong with her role and the articles she is in', async () => {
  const name = seed('002');
  const text = readSeed(name);
  const h = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: client.uri(`seeds/${name}`) }, position: at(text, 'Kim Yo-yong', 4) })) as Hover | null;
  assert.ok(h, 'a hover');
  const md = (h.contents as MarkupContent).value;
  assert.match(md, /Kim Yo Jong/);
  assert.match(md, /sister/i, 'a role as stated or registered');
  // The articles she is named in (more than the one hovered).
  const articles = seedNames().filter((n) => md.includes(n));
  assert.ok(articles.length >= 2, `articles listed in the hover: ${articles.join(', ')}\n${md}`);
  // The variant is proposed, not merged silently: the hover range covers the mention.
  assert.equal(textAt(text, { uri: '', range: h.range! }), 'Kim Yo-yong');
});

test('definition from "Pak" (004) reaches Pak Jong Chon in the registry', async () => {
  const name = seed('004');
  const text = readSeed(name);
  const defs = (await client.connection.sendRequest('textDocument/definition', { textDocument: { uri: client.uri(`seeds/${name}`) }, position: at(text, 'Pak further', 1) })) as Location[];
  assert.equal(defs.length, 1);
  assert.equal(defs[0].uri, client.uri('seeds/actors.yaml'));
  const registry = fs.readFileSync(path.join(SEEDS, 'actors.yaml'), 'utf8');
  assert.equal(textAt(registry, defs[0]), 'Pak Jong Chon');
});

test('references to Kim Jong Un span at least four seed articles with both spellings', async () => {
  const name = seed('002');
  const text = readSeed(name);
  const refs = (await client.connection.sendRequest('textDocument/references', {
    textDocument: { uri: client.uri(`seeds/${name}`) },
    position: at(text, 'Kim Jong-un', 5),
    context: { includeDeclaration: false },
  })) as Location[];
  const files = new Set(refs.map((r) => r.uri));
  assert.ok(files.size >= 4, `articles: ${[...files].join(', ')}`);
  const spellings = new Set(refs.map((r) => textAt(readSeed(path.basename(new URL(r.uri).pathname)), r)));
  assert.ok(spellings.has('Kim Jong Un') && spellings.has('Kim Jong-un'), `spellings: ${[...spellings].join(', ')}`);
  assert.ok(!refs.some((r) => r.uri.endsWith('actors.yaml')), 'no declaration when not asked');
  const withDecl = (await client.connection.sendRequest('textDocument/references', {
    textDocument: { uri: client.uri(`seeds/${name}`) },
    position: at(text, 'Kim Jong-un', 5),
    context: { includeDeclaration: true },
  })) as Location[];
  assert.equal(withDecl.length, refs.length + 1);
  assert.ok(withDecl.some((r) => r.uri === client.uri('seeds/actors.yaml')));
});

test('workspace symbols find "kirby"', async () => {
  const syms = (await client.connection.sendRequest('workspace/symbol', { query: 'kirby' })) as SymbolInformation[];
  assert.ok(syms.length >= 1);
  assert.match(syms[0].name, /John Kirby/);
});

test('document symbols give the article outline: headline, actors, quotations', async () => {
  const name = seed('004');
  const syms = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: client.uri(`seeds/${name}`) } })) as DocumentSymbol[];
  assert.ok(syms.length >= 2);
  const all = (s: DocumentSymbol[]): DocumentSymbol[] => s.flatMap((x) => [x, ...all(x.children ?? [])]);
  assert.ok(all(syms).some((s) => s.name.includes('Pak Jong Chon')), JSON.stringify(syms.map((s) => s.name)));
});

test('rename of "Kwong Jong Gun" edits every mention, as a versioned workspace edit', async () => {
  const name = seed('002');
  const text = readSeed(name);
  const uri = client.uri(`seeds/${name}`);
  const position = at(text, 'Kwong Jong Gun', 2);
  const prep = (await client.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri }, position })) as { placeholder: string } | null;
  assert.equal(prep?.placeholder, 'Kwong Jong Gun');
  const edit = (await client.connection.sendRequest('textDocument/rename', { textDocument: { uri }, position, newName: 'Kwon Jong Gun' })) as WorkspaceEdit;
  const changes = (edit.documentChanges ?? []) as TextDocumentEdit[];
  const mentions = seedNames().reduce((n, s) => n + readSeed(s).split('Kwong Jong Gun').length - 1, 0);
  const edits = changes.flatMap((c) => (c.edits as TextEdit[]).map((e) => ({ uri: c.textDocument.uri, e })));
  assert.ok(changes.every((c) => 'version' in c.textDocument), 'each file edit names the version it was computed for');
  assert.equal(edits.length, mentions, 'one edit per mention');
  for (const { uri: u, e } of edits) {
    assert.equal(e.newText, 'Kwon Jong Gun');
    assert.equal(textAt(readSeed(path.basename(new URL(u).pathname)), { uri: u, range: e.range }), 'Kwong Jong Gun');
  }
  // Rename where no actor is: an error answer, not a crash, and the server still answers.
  await assert.rejects(client.connection.sendRequest('textDocument/rename', { textDocument: { uri }, position: at(text, 'director-general', 3), newName: 'X' }));
});

test('name-variant findings and their quick fixes', async () => {
  const name = seed('002');
  const uri = client.uri(`seeds/${name}`);
  await client.waitFor((all) => !!all.get(uri)?.diagnostics.some((d) => d.code === 'name-variant'), 10000, 'a name-variant finding on 002');
  const text = readSeed(name);
  const d = client.diagnostics.get(uri)!.diagnostics.find((x) => x.code === 'name-variant' && textAt(text, { uri, range: x.range }) === 'Kim Yo-yong');
  assert.ok(d, 'Kim Yo-yong is proposed as a variant');
  assert.equal(d.severity, 3, 'Information');
  assert.match(String(d.message), /Kim Yo Jong/);
  const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
  const titles = actions.map((a) => a.title);
  assert.ok(titles.some((t) => /canonical spelling "Kim Yo Jong"/.test(t)), titles.join(' | '));
  assert.ok(titles.some((t) => /alias/.test(t)), titles.join(' | '));
  const fix = actions.find((a) => /canonical spelling/.test(a.title))!;
  assert.deepEqual(fix.diagnostics?.map((x) => x.code), ['name-variant']);
  const change = fix.edit!.documentChanges![0] as TextDocumentEdit;
  assert.equal(change.textDocument.uri, uri);
  assert.equal((change.edits[0] as TextEdit).newText, 'Kim Yo Jong');
});

test('hover on a figure lists where else the corpus states it', async () => {
  const name = seed('000');
  const text = readSeed(name);
  const h = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: client.uri(`seeds/${name}`) }, position: at(text, '31 M1 Abrams', 1) })) as Hover | null;
  assert.ok(h);
  const md = (h.contents as MarkupContent).value;
  assert.match(md, /31 M1 Abrams tanks/);
  assert.match(md, /seeds\/001_bd720c054ac2b496\.txt:\d+/);
});

test('definition and references on a quotation reach its other occurrences, across articles', async () => {
  const name = seed('000');
  const text = readSeed(name);
  const position = at(text, 'I express serious concern', 5);
  const defs = (await client.connection.sendRequest('textDocument/definition', { textDocument: { uri: client.uri(`seeds/${name}`) }, position })) as Location[];
  assert.ok(defs.length >= 1);
  assert.ok(defs.every((d) => d.uri !== client.uri(`seeds/${name}`) || d.range.start.line !== position.line));
  const other = defs.find((d) => d.uri === client.uri(`seeds/${seed('001')}`));
  assert.ok(other, JSON.stringify(defs));
  assert.match(textAt(readSeed(seed('001')), other), /serious concern over the US escalating/);
  const refs = (await client.connection.sendRequest('textDocument/references', {
    textDocument: { uri: client.uri(`seeds/${name}`) },
    position,
    context: { includeDeclaration: true },
  })) as Location[];
  assert.equal(refs.length, defs.length + 1, 'references are the definitions plus the quotation itself');
});
