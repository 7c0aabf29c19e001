// The palette commands under "Corpus Review:".

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type * as lsp from 'vscode-languageclient/node';
import { CONFIG_FILE, DEFAULT_REGISTRY, type WorkspaceConfigs } from './workspaceConfig';
import { openReport } from './report';

export const RESCAN_REQUEST = 'corpusReview/rescan';
export const FIGURES_REQUEST = 'corpusReview/figures';

export interface FiguresParams {
  uri: string;
}

export interface FiguresResult {
  figures: { range: lsp.Range; text: string; sourced: boolean; source?: string }[];
}

export interface CommandContext {
  output: vscode.LogOutputChannel;
  configs: WorkspaceConfigs;
  /** The running client, or `undefined` while it is starting or after it failed. */
  client: () => LanguageClient | undefined;
}

const REGISTRY_TEMPLATE = `# Actor registry for Corpus Review: one entry per actor.
#   id: unique, lower-case words joined by hyphens; name: the canonical spelling;
#   kind: person | organization | place; aliases: other spellings that are this actor;
#   roles: titles as the articles state them; description: one line for the hover;
#   links: Wikidata ids (Qnnn) or URLs.
actors:
  - id: example-person
    name: Example Person
    kind: person
    aliases: []
    roles: []
    description: Replace this entry with the corpus's actors.
    links: []
`;

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

async function runningClient(ctx: CommandContext): Promise<LanguageClient | undefined> {
  const client = ctx.client();
  if (client?.isRunning()) return client;
  const choice = await vscode.window.showErrorMessage('The Corpus Review language server is not running.', 'Show Output');
  if (choice) ctx.output.show(true);
  return undefined;
}

async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const active = vscode.window.activeTextEditor?.document.uri;
  const owner = active && vscode.workspace.getWorkspaceFolder(active);
  if (owner) return owner;
  if (folders.length <= 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Which workspace folder’s registry?' });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Creates `uri` holding `text`, unless a file is there by then: written to a
 * temporary file beside it and renamed into place without overwriting, so no
 * reader sees half a file and a file made meanwhile (another window, the user)
 * is kept.
 */
async function createAtomically(uri: vscode.Uri, text: string): Promise<void> {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const tmp = vscode.Uri.joinPath(uri, '..', `.${name}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(text));
  try {
    await vscode.workspace.fs.rename(tmp, uri, { overwrite: false });
  } catch (e) {
    await Promise.resolve(vscode.workspace.fs.delete(tmp)).catch(() => undefined);
    if (!(await exists(uri))) throw e;
  }
}

async function rescan(ctx: CommandContext): Promise<void> {
  const client = await runningClient(ctx);
  if (!client) return;
  try {
    await client.sendRequest(RESCAN_REQUEST);
  } catch (e) {
    ctx.output.error(`Re-scan failed: ${describe(e)}`);
    void vscode.window.showErrorMessage(`Corpus Review: re-scan failed: ${describe(e)}`);
  }
}

async function openRegistry(ctx: CommandContext): Promise<void> {
  const folder = await pickFolder();
  if (!folder) {
    void vscode.window.showInformationMessage('Corpus Review: open a folder to use an actor registry.');
    return;
  }
  const config = await ctx.configs.get(folder);
  const path = config.registry ?? DEFAULT_REGISTRY;
  const uri = vscode.Uri.joinPath(folder.uri, ...path.split('/'));
  const unset = config.registry === undefined;
  const hint = `Add \`registry: ${path}\` to ${CONFIG_FILE} so the review uses it.`;
  if (!(await exists(uri))) {
    const choice = await vscode.window.showInformationMessage(
      unset ? `Corpus Review: ${CONFIG_FILE} names no registry, and ${path} does not exist. Create it?` : `Corpus Review: the registry ${path} named in ${CONFIG_FILE} does not exist. Create it?`,
      'Create',
    );
    if (choice !== 'Create') return;
    await createAtomically(uri, REGISTRY_TEMPLATE);
  }
  await vscode.window.showTextDocument(uri, { preview: false });
  if (unset) void vscode.window.showInformationMessage(`Corpus Review: ${hint}`);
}

interface FigureItem extends vscode.QuickPickItem {
  range: vscode.Range;
}

async function showFigures(ctx: CommandContext): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Corpus Review: open an article to list its figures.');
    return;
  }
  const client = await runningClient(ctx);
  if (!client) return;
  const doc = editor.document;
  let result: FiguresResult | null;
  try {
    result = await client.sendRequest<FiguresResult | null>(FIGURES_REQUEST, { uri: client.code2ProtocolConverter.asUri(doc.uri) } satisfies FiguresParams);
  } catch (e) {
    ctx.output.error(`Listing figures failed: ${describe(e)}`);
    void vscode.window.showErrorMessage(`Corpus Review: listing the figures failed: ${describe(e)}`);
    return;
  }
  const figures = result?.figures ?? [];
  if (figures.length === 0) {
    void vscode.window.showInformationMessage(`Corpus Review: no figures in ${vscode.workspace.asRelativePath(doc.uri)} (or it is not an article under ${CONFIG_FILE}).`);
    return;
  }
  const items: FigureItem[] = figures.map((f) => {
    const range = client.protocol2CodeConverter.asRange(f.range);
    return {
      label: `${f.sourced ? '$(pass)' : '$(warning)'} ${f.text}`,
      description: `line ${range.start.line + 1}`,
      detail: f.sourced ? `Sourced${f.source ? `: ${f.source}` : ''}` : 'Unsourced',
      range,
    };
  });
  const unsourced = figures.filter((f) => !f.sourced).length;
  const pick = vscode.window.createQuickPick<FigureItem>();
  pick.title = `Figures in ${vscode.workspace.asRelativePath(doc.uri)}: ${figures.length}, ${unsourced} unsourced`;
  pick.placeholder = 'Type to filter; the editor follows the selection';
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  pick.items = items;
  const before = { selection: editor.selection, visible: editor.visibleRanges[0] };
  let accepted = false;
  const reveal = (item: FigureItem | undefined) => {
    if (!item) return;
    editor.selection = new vscode.Selection(item.range.start, item.range.end);
    editor.revealRange(item.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };
  pick.onDidChangeActive((active) => reveal(active[0]));
  pick.onDidAccept(() => {
    accepted = true;
    reveal(pick.selectedItems[0] ?? pick.activeItems[0]);
    pick.hide();
    void vscode.window.showTextDocument(editor.document, editor.viewColumn);
  });
  pick.onDidHide(() => {
    if (!accepted && vscode.window.visibleTextEditors.includes(editor)) {
      editor.selection = before.selection;
      if (before.visible) editor.revealRange(before.visible, vscode.TextEditorRevealType.AtTop);
    }
    pick.dispose();
  });
  pick.show();
}

export function registerCommands(ctx: CommandContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('corpusReview.rescan', () => rescan(ctx)),
    vscode.commands.registerCommand('corpusReview.showOutput', () => ctx.output.show(true)),
    vscode.commands.registerCommand('corpusReview.openRegistry', () => openRegistry(ctx)),
    vscode.commands.registerCommand('corpusReview.showFigures', () => showFigures(ctx)),
    vscode.commands.registerCommand('corpusReview.openReport', async () => {
      const client = await runningClient(ctx);
      if (!client) return undefined;
      try {
        return await openReport(client);
      } catch (e) {
        void vscode.window.showErrorMessage(`Corpus Review: the report failed: ${describe(e)}`);
        return undefined;
      }
    }),
  ];
}
