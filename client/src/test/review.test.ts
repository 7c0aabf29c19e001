// The review flow in the real extension host, through the same commands the
// editor uses (`vscode.execute*Provider`), on a fresh copy of the seed articles
// (scripts/e2e.mjs makes it): diagnostics of unopened articles, hover, definition,
// references, quick fixes applied and undone, live configuration, rename.
// Positions are found by text, never by line numbers, so the seeds may change.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test, waitFor } from './harness';

const EXTENSION_ID = 'corpus-review.corpus-review';
const FIGURE = 'unsourced-figure';
const SCAN_TIMEOUT = 45_000;

// --- helpers -----------------------------------------------------------------

function folder(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'the test workspace is open');
  return f.uri;
}

/** The seed article whose file name starts with `prefix` (e.g. `003_`). */
async function seed(prefix: string): Promise<vscode.Uri> {
  const dir = vscode.Uri.joinPath(folder(), 'seeds');
  const entries = await vscode.workspace.fs.readDirectory(dir);
  const name = entries.map(([n]) => n).find((n) => n.startsWith(prefix) && n.endsWith('.txt'));
  assert.ok(name, `a seed named ${prefix}*.txt in ${dir.fsPath}`);
  return vscode.Uri.joinPath(dir, name);
}

const registryUri = () => vscode.Uri.joinPath(folder(), 'seeds', 'actors.yaml');
const configUri = () => vscode.Uri.joinPath(folder(), 'corpus-review.yaml');
const sameUri = (a: vscode.Uri, b: vscode.Uri) => a.toString() === b.toString();
const isOpen = (uri: vscode.Uri) => vscode.workspace.textDocuments.some((d) => sameUri(d.uri, uri));

async function readText(uri: vscode.Uri): Promise<string> {
  const open = vscode.workspace.textDocuments.find((d) => sameUri(d.uri, uri));
  if (open) return open.getText();
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** The text a range covers in `text` (LSP/VS Code positions: lines split on \n, \r\n or \r). */
function textAt(text: string, range: vscode.Range): string {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index! + m[0].length);
  const offset = (p: vscode.Position) => (starts[p.line] ?? text.length) + p.character;
  return text.slice(offset(range.start), offset(range.end));
}

function codeOf(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' ? d.code.value : d.code;
}

function figureDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => codeOf(d) === FIGURE && d.source === 'corpus-review');
}

async function activate(): Promise<void> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `the extension ${EXTENSION_ID} is installed in the extension host`);
  await ext.activate();
}

/** Opens an article in an editor and waits until it is a News Article (the client switches .txt articles). */
async function openArticle(uri: vscode.Uri): Promise<vscode.TextDocument> {
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
  const doc = await waitFor(`${uri.path} to open as news-article`, () =>
    vscode.workspace.textDocuments.find((d) => sameUri(d.uri, uri) && d.languageId === 'news-article'),
  );
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

function positionOf(doc: vscode.TextDocument, text: string, inside = 2): vscode.Position {
  const at = doc.getText().indexOf(text);
  assert.ok(at >= 0, `"${text}" occurs in ${doc.uri.path}`);
  return doc.positionAt(at + inside);
}

function hoverText(hovers: vscode.Hover[] | undefined): string {
  const parts: string[] = [];
  for (const h of hovers ?? []) {
    for (const c of h.contents) {
      if (typeof c === 'string') parts.push(c);
      else parts.push(c.value);
    }
  }
  return parts.join('\n---\n');
}

async function hoverAt(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position));
}

function locations(result: (vscode.Location | vscode.LocationLink)[] | vscode.Location | undefined): vscode.Location[] {
  if (!result) return [];
  const list = Array.isArray(result) ? result : [result];
  return list.map((l) => ('targetUri' in l ? new vscode.Location(l.targetUri, l.targetSelectionRange ?? l.targetRange) : l));
}

/** The unsourced-figure diagnostic on `uri` whose text includes `part` (or the first one). */
async function figureFinding(uri: vscode.Uri, part?: string): Promise<{ diagnostic: vscode.Diagnostic; text: string }> {
  const content = await readText(uri);
  return waitFor(`an unsourced figure${part ? ` with "${part}"` : ''} in ${uri.path}`, () => {
    const all = figureDiagnostics(uri).map((diagnostic) => ({ diagnostic, text: textAt(content, diagnostic.range) }));
    return part ? all.find((f) => f.text.includes(part)) : all[0];
  }, SCAN_TIMEOUT);
}

/** A seed with unsourced figures, preferring one that is not open (and not `avoid`). */
async function seedWithFindings(avoid: vscode.Uri[] = []): Promise<vscode.Uri> {
  const candidates = [];
  for (const p of ['000_', '001_', '002_', '003_', '004_']) {
    const u = await seed(p);
    if (figureDiagnostics(u).length > 0 && !avoid.some((a) => sameUri(a, u))) candidates.push(u);
  }
  const pick = candidates.find((u) => !isOpen(u)) ?? candidates[0];
  assert.ok(pick, 'a seed with unsourced figures');
  return pick;
}

/** Whether a finding with this text is still reported on `uri` (text read from the current document). */
async function stillReported(uri: vscode.Uri, text: string): Promise<boolean> {
  const content = await readText(uri);
  return figureDiagnostics(uri).some((d) => textAt(content, d.range) === text);
}

async function codeActionsFor(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range);
  // A bare Command has a string `command`; a CodeAction's `command`, if any, is an object.
  return (actions ?? []).filter((a): a is vscode.CodeAction => typeof (a as vscode.Command).command !== 'string');
}

const editedUris = (edit: vscode.WorkspaceEdit | undefined) => (edit ? edit.entries().map(([u]) => u) : []);

function severityName(s: vscode.DiagnosticSeverity): string {
  return vscode.DiagnosticSeverity[s];
}

/** Waits until every unsourced-figure diagnostic on `uri` has `severity` (and there is at least one). */
async function figureSeverityBecomes(uri: vscode.Uri, severity: vscode.DiagnosticSeverity): Promise<void> {
  await waitFor(`unsourced figures in ${uri.path} to become ${severityName(severity)}`, () => {
    const d = figureDiagnostics(uri);
    return d.length > 0 && d.every((x) => x.severity === severity);
  }, SCAN_TIMEOUT);
}

// --- scenarios -----------------------------------------------------------------

test('diagnostics of an unopened seed arrive from the workspace scan', async () => {
  await activate();
  const uri = await seed('003_');
  const finding = await figureFinding(uri, '1.6 million');
  assert.equal(isOpen(uri), false, 'the seed was never opened');
  assert.equal(finding.diagnostic.severity, vscode.DiagnosticSeverity.Warning, 'corpus-review.yaml says unsourced-figure: warning');
  assert.match(finding.diagnostic.message, /1\.6 million/);
  // The README's other example, in another unopened seed.
  const other = await seed('000_');
  await figureFinding(other, 'Leopard');
  assert.equal(isOpen(other), false, 'seed 000 was never opened');
}, 60_000);

test('an opened seed is a News Article', async () => {
  const doc = await openArticle(await seed('003_'));
  assert.equal(doc.languageId, 'news-article');
});

test('semantic tokens mark actors by kind and unsourced figures', async () => {
  const uri = await seed('003_');
  const doc = await openArticle(uri);
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', uri);
  assert.ok(legend, 'the server contributes a semantic tokens legend');
  const tokens = await waitFor('semantic tokens for the article', async () => {
    const t = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', uri);
    return t && t.data.length > 0 ? t : undefined;
  });
  // The protocol's relative encoding: [deltaLine, deltaStart, length, type, modifiers] per token.
  const decoded: { start: number; end: number; type: string; modifiers: string[] }[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i + 5 <= tokens.data.length; i += 5) {
    const [dl, ds, len, type, bits] = tokens.data.slice(i, i + 5);
    line += dl;
    char = dl === 0 ? char + ds : ds;
    const start = doc.offsetAt(new vscode.Position(line, char));
    decoded.push({ start, end: start + len, type: legend.tokenTypes[type], modifiers: legend.tokenModifiers.filter((_, b) => bits & (1 << b)) });
  }
  const at = (text: string) => {
    const offset = doc.getText().indexOf(text);
    assert.ok(offset >= 0, `"${text}" in the article`);
    const t = decoded.find((d) => d.start <= offset + 1 && offset + 1 < d.end);
    assert.ok(t, `a semantic token on "${text}"`);
    return t;
  };
  assert.equal(at('Kim Jong Un').type, 'person');
  assert.equal(at('Kremlin').type, 'organization');
  assert.equal(at('Pyongyang').type, 'place');
  const figure = at((await figureFinding(uri, '1.6 million')).text);
  assert.equal(figure.type, 'figure');
  assert.ok(figure.modifiers.includes('unsourced'), `the unsourced figure is marked: ${JSON.stringify(figure)}`);
});

test('hover on an alias shows the actor under its registry name', async () => {
  const uri = await seed('004_');
  const doc = await openArticle(uri);
  const text = await waitFor('a hover on "Kim Jong-un"', async () => (await hoverAt(uri, positionOf(doc, 'Kim Jong-un'))) || undefined, 10_000);
  assert.match(text, /Kim Jong Un/, `hover names the registry entry: ${text}`);
});

test('hover on an actor shows its registry description', async () => {
  const uri = await seed('001_');
  const doc = await openArticle(uri);
  const text = await waitFor('a hover on "Kim Yo Jong"', async () => (await hoverAt(uri, positionOf(doc, 'Kim Yo Jong'))) || undefined, 10_000);
  assert.match(text, /Kim Yo Jong/);
  assert.match(text, /younger sister of Kim Jong Un/, `hover carries the registry's description: ${text}`);
  const plain = await hoverAt(uri, positionOf(doc, 'somewhat rare'));
  assert.doesNotMatch(plain, /Kim Yo Jong/, 'no actor hover on plain words');
});

test('definition goes from an article to the actor registry', async () => {
  const uri = await seed('001_');
  const doc = await openArticle(uri);
  const result = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, positionOf(doc, 'Kim Yo Jong'));
  const targets = locations(result);
  const inRegistry = targets.find((l) => sameUri(l.uri, registryUri()));
  assert.ok(inRegistry, `a definition in seeds/actors.yaml (got ${targets.map((l) => l.uri.path).join(', ') || 'none'})`);
  const registry = await readText(registryUri());
  const line = registry.split(/\r?\n/)[inRegistry.range.start.line] ?? '';
  assert.match(line, /Kim Yo Jong|kim-yo-jong/, `the definition lands on the actor's entry: "${line.trim()}"`);
});

test('references of an actor span unopened articles', async () => {
  const uri = await seed('001_');
  const doc = await openArticle(uri);
  const other = await seed('000_');
  const result = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, positionOf(doc, 'Kim Yo Jong'));
  const refs = locations(result);
  const texts = await Promise.all(refs.map(async (l) => `${l.uri.path.split('/').pop()}: ${textAt(await readText(l.uri), l.range)}`));
  for (const u of [uri, other]) {
    const here = refs.filter((l) => sameUri(l.uri, u));
    assert.ok(here.length > 0, `a reference in ${u.path.split('/').pop()} (got ${texts.join('; ') || 'none'})`);
  }
  assert.ok(texts.some((t) => t.startsWith('000_') && t.includes('Kim Yo Jong')), `the mention in seed 000 is "Kim Yo Jong": ${texts.join('; ')}`);
});

test('quick fix: a source placeholder is inserted, clears the finding, and undo restores both', async () => {
  const uri = await seed('003_');
  const doc = await openArticle(uri);
  const finding = await figureFinding(uri, '1.6 million');
  const before = doc.getText();
  const actions = await codeActionsFor(uri, finding.diagnostic.range);
  const fix = actions.find((a) => a.isPreferred && a.edit && editedUris(a.edit).every((u) => sameUri(u, uri)));
  assert.ok(fix?.edit, `a preferred quick fix editing the article (got: ${actions.map((a) => a.title).join(' | ')})`);
  assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
  const inserted = fix.edit.get(uri).map((e) => e.newText).join('');
  assert.ok(inserted.length > 0);

  try {
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true, 'the edit applies');
    assert.equal(doc.getText().length, before.length + inserted.length);
    assert.ok(doc.getText().includes(inserted), 'the placeholder is in the article');
    await waitFor('the finding to clear once its sentence names a source', async () => !(await stillReported(uri, finding.text)), 10_000);

    await vscode.window.showTextDocument(doc, { preview: false });
    await vscode.commands.executeCommand('undo');
    await waitFor('undo to restore the article', () => doc.getText() === before, 5_000);
    await waitFor('the finding to come back after undo', () => stillReported(uri, finding.text), 10_000);
  } finally {
    // Leave the article as it was for the next scenarios, whatever failed above.
    if (doc.getText() !== before) {
      await vscode.window.showTextDocument(doc, { preview: false });
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  }
});

test('quick fix: ignoring a finding records it in the sidecar, not in the article', async () => {
  const uri = await seed('000_');
  const doc = await openArticle(uri);
  const finding = await figureFinding(uri);
  const before = doc.getText();
  const actions = await codeActionsFor(uri, finding.diagnostic.range);
  const ignore = actions.find((a) => a.edit && editedUris(a.edit).length > 0 && editedUris(a.edit).every((u) => !sameUri(u, uri)));
  assert.ok(ignore?.edit, `a quick fix that edits another file than the article (got: ${actions.map((a) => a.title).join(' | ')})`);
  const sidecar = editedUris(ignore.edit)[0];

  assert.equal(await vscode.workspace.applyEdit(ignore.edit), true, 'the edit applies');
  assert.equal(doc.getText(), before, 'the article is unchanged');
  const sidecarDoc = await vscode.workspace.openTextDocument(sidecar);
  const name = uri.path.split('/').pop()!;
  assert.ok(sidecarDoc.getText().includes(name), `the sidecar names the article:\n${sidecarDoc.getText()}`);
  assert.ok(sidecarDoc.getText().includes(FIGURE), 'the sidecar names the rule');
  await waitFor('the ignored finding to leave the article', async () => !(await stillReported(uri, finding.text)));
  assert.equal(await sidecarDoc.save(), true, 'the sidecar saves');
  const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar));
  assert.ok(onDisk.includes(name), 'the sidecar on disk holds the entry');
});

test('editing corpus-review.yaml changes severities live', async () => {
  const uri = await seedWithFindings([await seed('000_')]);
  await figureSeverityBecomes(uri, vscode.DiagnosticSeverity.Warning);
  const original = await readText(configUri());
  assert.match(original, /unsourced-figure:\s*warning/);
  const write = (text: string) => vscode.workspace.fs.writeFile(configUri(), new TextEncoder().encode(text));
  try {
    await write(original.replace(/unsourced-figure:\s*warning/, 'unsourced-figure: error'));
    await figureSeverityBecomes(uri, vscode.DiagnosticSeverity.Error);
  } finally {
    await write(original);
  }
  await figureSeverityBecomes(uri, vscode.DiagnosticSeverity.Warning);
}, 90_000);

test('the corpusReview.rules.unsourcedFigure setting applies without a restart', async () => {
  const uri = await seedWithFindings([await seed('000_')]);
  const settings = () => vscode.workspace.getConfiguration('corpusReview');
  await figureSeverityBecomes(uri, vscode.DiagnosticSeverity.Warning);
  try {
    await settings().update('rules.unsourcedFigure', 'information', vscode.ConfigurationTarget.Workspace);
    await figureSeverityBecomes(uri, vscode.DiagnosticSeverity.Information);
  } finally {
    await settings().update('rules.unsourcedFigure', undefined, vscode.ConfigurationTarget.Workspace);
  }
  await figureSeverityBecomes(uri, vscode.DiagnosticSeverity.Warning);
}, 90_000);

test('rename of an actor edits every article that names it', async () => {
  const uri = await seed('001_');
  const doc = await openArticle(uri);
  const other = await seed('000_');
  const NEW = 'Kim Yeo Jong';
  const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', uri, positionOf(doc, 'Kim Yo Jong'), NEW);
  assert.ok(edit, 'a rename edit');
  const touched = editedUris(edit);
  for (const u of [uri, other]) assert.ok(touched.some((t) => sameUri(t, u)), `the rename edits ${u.path.split('/').pop()} (edits: ${touched.map((t) => t.path.split('/').pop()).join(', ')})`);
  for (const [u, edits] of edit.entries()) {
    const text = await readText(u);
    for (const e of edits) assert.match(textAt(text, e.range), /Kim|kim-yo-jong/, `a renamed range in ${u.path.split('/').pop()} is a mention of the actor`);
  }
  assert.equal(await vscode.workspace.applyEdit(edit), true, 'the rename applies');
  assert.ok(doc.getText().includes(NEW), 'the article names the actor by its new name');
  assert.ok(!doc.getText().includes('Kim Yo Jong'), 'no mention keeps the old name');
  assert.ok((await readText(other)).includes(NEW), 'the other article too');
});
