// Cross-document findings over the protocol: a conflicting figure and a
// reworded quotation appear in the Problems panel of articles nobody opened,
// and follow edits made in another article.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { makeWorkspace, startClient } from './lspClient';

test('a conflicting figure appears on both articles and goes when the other article is edited', async () => {
  const b = 'In a statement, the US confirmed it will send 30 Abrams tanks to Ukraine.\n';
  const root = makeWorkspace({ 'a.txt': 'Officials said the US will send 31 Abrams tanks to Ukraine.\n', 'b.txt': b });
  const client = await startClient(root);
  try {
    const ua = client.uri('a.txt');
    const ub = client.uri('b.txt');
    const conflict = (uri: string) => client.diagnostics.get(uri)?.diagnostics.find((d) => d.code === 'conflicting-figure');
    await client.waitFor(() => !!conflict(ua) && !!conflict(ub), 10000, 'conflicting-figure on both');
    assert.equal(conflict(ua)!.relatedInformation?.[0].location.uri, ub);
    assert.match(String(conflict(ua)!.message), /"30 Abrams tanks" \(b\.txt:1\)/);
    // b now agrees: a is re-published without the conflict, never opened
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: ub, languageId: 'news-article', version: 1, text: b } });
    const at = b.indexOf('30');
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: ub, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: at }, end: { line: 0, character: at + 2 } }, text: '31' }],
    });
    await client.waitFor(() => !conflict(ua), 10000, 'a.txt re-published without the conflict');
  } finally {
    assert.equal(await client.shutdown(), 0);
  }
});

test('a reworded quotation is quote-drift (Information) with both wordings', async () => {
  const root = makeWorkspace({
    'a.txt': 'A spokesman spoke of a “stupid attempt to justify” the shipment of heavy weapons.\n',
    'b.txt': 'A representative spoke of a “foolish attempt to justify” the shipment.\n',
  });
  const client = await startClient(root);
  try {
    const ua = client.uri('a.txt');
    const drift = () => client.diagnostics.get(ua)?.diagnostics.find((d) => d.code === 'quote-drift');
    await client.waitFor(() => !!drift(), 10000, 'quote-drift on a.txt');
    assert.equal(drift()!.severity, 3);
    assert.match(String(drift()!.message), /"stupid attempt to justify" here; "foolish attempt to justify" \(b\.txt:1\)/);
  } finally {
    assert.equal(await client.shutdown(), 0);
  }
});

test('corpusReview/report: the webview page with the given nonce and CSP source, links as data attributes', async () => {
  const root = makeWorkspace({
    'a.txt': 'Officials said the US will send 31 Abrams tanks to Ukraine.\n\nRussia lost 500 tanks near Kharkiv.\n',
    'b.txt': 'In a statement, the US confirmed it will send 31 Abrams tanks to Ukraine.\n',
  });
  const client = await startClient(root);
  try {
    await client.waitFor(() => client.diagnostics.has(client.uri('a.txt')), 10000, 'the scan');
    const { html } = await client.connection.sendRequest<{ html: string }>('corpusReview/report', { nonce: 'N0nce', cspSource: 'vscode-webview://abc' });
    assert.match(html, /content="default-src &#39;none&#39;; style-src vscode-webview:\/\/abc &#39;nonce-N0nce&#39;; script-src &#39;nonce-N0nce&#39;/);
    assert.match(html, /<script nonce="N0nce">/);
    assert.ok(html.includes(`data-uri="${client.uri('a.txt')}" data-line="2"`), 'the unsourced 500 tanks links to a.txt line 3');
    assert.match(html, /31 Abrams tanks<\/b><span class="badge">2 articles, consistent/);
    // a second report after an edit reflects it (the counts are kept by difference)
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: client.uri('b.txt'), languageId: 'news-article', version: 1, text: 'Nothing counted here.\n' } });
    await new Promise((r) => setTimeout(r, 200));
    const second = (await client.connection.sendRequest<{ html: string }>('corpusReview/report', { nonce: 'x', cspSource: 's' })).html;
    assert.doesNotMatch(second, /2 articles, consistent/);
  } finally {
    assert.equal(await client.shutdown(), 0);
  }
});
