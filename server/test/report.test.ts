import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Corpus } from '../src/core/corpus';
import { ConflictIndex } from '../src/core/conflictingFigures';
import { QuoteIndex } from '../src/core/quoteProvenance';
import { ReportStats } from '../src/core/reportStats';
import { buildReport, reportCsp } from '../src/core/report';
import { seedCorpus, seedNames } from './util';

function withIndexes(corpus: Corpus) {
  return { stats: corpus.addIndex(new ReportStats()), conflicts: corpus.addIndex(new ConflictIndex()), quotes: corpus.addIndex(new QuoteIndex()) };
}

/** Every URL the page would load or link to outside itself. */
function externalReferences(html: string): string[] {
  return [...html.matchAll(/\b(?:src|href|xlink:href|action)\s*=\s*"([^"]*)"/g)].map((m) => m[1]).filter((u) => /^(?:[a-z]+:)?\/\//i.test(u) || /^(?:https?|data|javascript):/i.test(u));
}

test('stats by difference: counts follow an article in and out', () => {
  const corpus = new Corpus();
  const stats = corpus.addIndex(new ReportStats());
  corpus.setDocument('mem:///a.txt', 'a.txt', 'Officials said the US will send 31 tanks to Ukraine.\n\nRussia lost 500 tanks near Kharkiv.\n');
  assert.deepEqual([stats.sourced, stats.unsourced, stats.articleCount], [1, 1, 1]);
  const [a] = stats.allArticles();
  assert.equal(a.claims[0].text, '500 tanks');
  assert.equal(a.claims[0].line, 2);
  assert.ok((a.mentions.get('place:ukraine') ?? 0) >= 1);
  corpus.setDocument('mem:///a.txt', 'a.txt', 'Nothing counted.\n');
  assert.deepEqual([stats.sourced, stats.unsourced], [0, 0]);
  assert.equal(stats.topActors(5).length, 0);
  corpus.removeDocument('mem:///a.txt');
  assert.equal(stats.articleCount, 0);
});

test('the seed report: charts, consistent Abrams tanks, linked quotations, unsourced claims with links, nothing external', () => {
  const { corpus } = seedCorpus();
  const html = buildReport(withIndexes(corpus), { nonce: 'n0nce', href: (_u, p, line) => `../${p}#L${line + 1}` });
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;nonce-n0nce&#39;/);
  assert.match(html, /<style nonce="n0nce">/);
  assert.ok(!/<script/.test(html), 'no script in the browser page');
  assert.ok(!/style="/.test(html), 'no inline style attributes');
  assert.deepEqual(externalReferences(html), []);
  assert.ok(!/@import|url\(/.test(html));
  // bar chart: one row per article with figures (004 has none)
  const bar = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
  assert.equal((bar.match(/<g class="row">/g) ?? []).length, 4);
  assert.equal((bar.match(/<rect class="unsourced"/g) ?? []).length, 1 + 2, 'legend + two articles with unsourced figures');
  // heatmap
  assert.match(html, /class="chart heatmap"/);
  assert.match(html, />Kim Yo Jong</);
  // consistent figures: 31 Abrams tanks in 000, 001, 002
  const consistent = html.slice(html.indexOf('id="consistent"'), html.indexOf('id="quotes"'));
  assert.match(consistent, /31 M1 Abrams tanks<\/b><span class="badge">3 articles, consistent/);
  for (const n of seedNames().slice(0, 3)) assert.ok(consistent.includes(`href="../seeds/${n}#L`), n);
  assert.match(html, /No figure is stated with another number by another article/);
  // quotations: Kim Yo Jong's in 000 and 001, the two translations
  const quotes = html.slice(html.indexOf('id="quotes"'), html.indexOf('id="unsourced"'));
  const concern = quotes.slice(quotes.indexOf('I express serious concern'));
  const group = concern.slice(0, concern.indexOf('</div></div>') > 0 ? concern.indexOf('</ul>') : undefined);
  assert.ok(group.includes(seedNames()[0]) && group.includes(seedNames()[1]), group);
  assert.match(quotes, /stupid attempt to justify.*worded differently[\s\S]*foolish attempt to justify/);
  // unsourced claims: file:line links
  const table = html.slice(html.indexOf('id="unsourced"'));
  assert.match(table, new RegExp(`<a href="../seeds/${seedNames()[0]}#L23">seeds/${seedNames()[0]}:23</a>`));
  assert.match(table, /14 Leopard 2 A6 tanks/);
  assert.match(table, /1\.6 million artillery shells/);
});

test('webview page: script and style under one nonce, links post messages, theme variables', () => {
  const { corpus } = seedCorpus();
  const html = buildReport(withIndexes(corpus), { nonce: 'abc', webview: { cspSource: 'vscode-webview://x' } });
  assert.equal(reportCsp({ nonce: 'abc', webview: { cspSource: 'vscode-webview://x' } }).includes("script-src 'nonce-abc'"), true);
  assert.match(html, /<script nonce="abc">[\s\S]*acquireVsCodeApi/);
  assert.match(html, /<a href="#" data-uri="mem:\/\/\/seeds\/[^"]+" data-line="\d+" data-character="\d+">seeds\//);
  assert.match(html, /var\(--vscode-editor-background/);
  assert.match(html, /var\(--vscode-charts-red/);
});

test('article text is escaped in the page', () => {
  const corpus = new Corpus();
  const idx = withIndexes(corpus);
  corpus.setDocument('mem:///x.txt', 'x<y>.txt', 'Russia lost 500 tanks <script>alert(1)</script> near Kharkiv.\n');
  const html = buildReport(idx, { nonce: 'n' });
  assert.ok(!html.includes('<script>alert'));
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(html.includes('x&lt;y&gt;.txt'));
});
