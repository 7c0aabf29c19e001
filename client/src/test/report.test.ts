// "Corpus Review: Open Report" in the real extension host: the command opens a
// webview tab whose page is the server's report of the workspace, with its
// charts, a content security policy bound to the webview, and no remote resource.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test, waitFor } from './harness';

test('Open Report shows the corpus report in a webview: charts, CSP with a nonce, nothing remote', async () => {
  const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('corpusReview.openReport');
  assert.ok(panel, 'the command returns its panel');
  try {
    await waitFor(
      'a webview tab for the report',
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('corpusReview.report')),
      10_000,
    );
    const html = panel.webview.html;
    assert.match(html, /Corpus Review report/);
    assert.match(html, /<svg[\s\S]*<rect/, 'charts are drawn as SVG');
    for (const seed of ['000_', '003_']) assert.ok(html.includes(seed), `the report lists ${seed}`);
    const unescape = (v: string) => v.replace(/&#39;|&#x27;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const raw = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    const csp = raw && unescape(raw);
    assert.ok(csp, 'a content security policy');
    assert.match(csp, /default-src 'none'/);
    assert.ok(csp.includes(panel.webview.cspSource), 'the CSP names the webview source');
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    assert.ok(nonce && html.includes(`<script nonce="${nonce}"`), 'the one script carries the nonce');
    assert.doesNotMatch(html, /\b(src|href)="https?:/, 'no remote resource');
  } finally {
    panel.dispose();
  }
});
