// "Corpus Review: Open Report": the corpus report in a webview. The server
// builds the page (the same one `corpus-review report --html` writes) with the
// webview's nonce and CSP source; the page uses the theme's colours, loads
// nothing, and its one script posts link clicks here, where they open the
// article at the line.

import * as crypto from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export const REPORT_REQUEST = 'corpusReview/report';

interface OpenMessage {
  command: 'open';
  uri: string;
  line: number;
  character: number;
}

let panel: vscode.WebviewPanel | undefined;

function isOpenMessage(m: unknown): m is OpenMessage {
  const o = m as Partial<OpenMessage> | undefined;
  return o?.command === 'open' && typeof o.uri === 'string' && Number.isInteger(o.line) && Number.isInteger(o.character);
}

/** Opens (or refreshes) the report panel with the server's current report. */
export async function openReport(client: LanguageClient): Promise<vscode.WebviewPanel> {
  if (!panel) {
    panel = vscode.window.createWebviewPanel('corpusReview.report', 'Corpus Review Report', vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [],
      retainContextWhenHidden: false,
    });
    panel.onDidDispose(() => (panel = undefined));
    panel.webview.onDidReceiveMessage(async (m: unknown) => {
      if (!isOpenMessage(m)) return;
      const uri = vscode.Uri.parse(m.uri);
      const position = new vscode.Position(m.line, m.character);
      await vscode.window.showTextDocument(uri, { selection: new vscode.Range(position, position), viewColumn: vscode.ViewColumn.One, preview: true });
    });
  } else panel.reveal();
  const nonce = crypto.randomBytes(18).toString('base64');
  const { html } = await client.sendRequest<{ html: string }>(REPORT_REQUEST, { nonce, cspSource: panel.webview.cspSource });
  panel.webview.html = html;
  return panel;
}
