// The corpus report: one self-contained HTML page. Per article its sourced and
// unsourced figures (bar chart), actors by article (heatmap), conflicting and
// consistent figures, quotations carried by several articles, and the
// unsourced claims with links back to the text. Charts are SVG written here;
// nothing is loaded from anywhere (a strict content security policy with a
// nonce for the one style sheet, and for the one script in a webview).
// Colours are the editor's theme colours (CSS variables) with light fallbacks
// for a browser. Pure: counts and indexes in, a string out.

import { escapeXml as esc, heatmap, shortLabel, stackedBarChart } from './charts';
import type { ConflictIndex, ClaimEntry } from './conflictingFigures';
import type { QuoteIndex, QuoteOccurrence } from './quoteProvenance';
import { articleDate } from './articleDate';
import type { ReportStats } from './reportStats';

export interface ReportInput {
  stats: ReportStats;
  conflicts: ConflictIndex;
  quotes: QuoteIndex;
}

export interface ReportOptions {
  /** A fresh random value per page: the nonce of the style sheet (and script). */
  nonce: string;
  /** For a VS Code webview: its `cspSource`, and links post a message instead of navigating. */
  webview?: { cspSource: string };
  /** Where a link to an article points in a browser (default: its path, relative to the page). */
  href?: (uri: string, path: string, line: number) => string;
  title?: string;
  /** Shown in the header ("generated ..."); the caller says when, the core has no clock. */
  generated?: string;
  /** Rows of the bar chart, columns and rows of the heatmap, rows of the tables. */
  limits?: Partial<{ bars: number; heatArticles: number; heatActors: number; claims: number; groups: number }>;
}

const DEFAULT_LIMITS = { bars: 40, heatArticles: 30, heatActors: 15, claims: 500, groups: 100 };

const STYLE = `
:root { color-scheme: light dark; }
body { margin: 0; padding: 16px 24px 40px; background: var(--vscode-editor-background, #ffffff); color: var(--vscode-editor-foreground, #1f2328);
  font-family: var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", sans-serif); font-size: var(--vscode-font-size, 14px); line-height: 1.45; }
h1 { font-size: 1.5em; margin: 0.2em 0 0.4em; }
h2 { font-size: 1.15em; margin: 1.6em 0 0.5em; padding-bottom: 0.2em; border-bottom: 1px solid var(--vscode-panel-border, #d0d7de); }
a { color: var(--vscode-textLink-foreground, #0969da); text-decoration: none; }
a:hover { text-decoration: underline; }
.summary { display: flex; flex-wrap: wrap; gap: 12px; margin: 8px 0 4px; padding: 0; list-style: none; }
.summary li { padding: 6px 12px; border: 1px solid var(--vscode-panel-border, #d0d7de); border-radius: 6px; }
.summary b { font-size: 1.2em; }
.muted, .note { color: var(--vscode-descriptionForeground, #656d76); }
.chart { display: block; max-width: 100%; height: auto; overflow: visible; }
.chart text { fill: var(--vscode-editor-foreground, #1f2328); font-size: 12px; font-family: inherit; }
.chart .tick, .chart .value { fill: var(--vscode-descriptionForeground, #656d76); font-size: 11px; }
.chart .grid { stroke: var(--vscode-panel-border, #d0d7de); stroke-width: 1; }
.chart .cell { fill: var(--vscode-editorWidget-background, #f6f8fa); }
.sourced { fill: var(--vscode-charts-green, #2da44e); }
.unsourced { fill: var(--vscode-charts-red, #cf222e); }
.heat { fill: var(--vscode-charts-blue, #0969da); }
table { border-collapse: collapse; width: 100%; margin: 6px 0; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--vscode-panel-border, #d0d7de); }
th { font-weight: 600; }
td.where { white-space: nowrap; font-family: var(--vscode-editor-font-family, ui-monospace, monospace); font-size: 0.9em; }
.group { margin: 10px 0 14px; padding: 8px 12px; border-left: 3px solid var(--vscode-charts-blue, #0969da); background: var(--vscode-editorWidget-background, #f6f8fa); }
.group.conflict { border-left-color: var(--vscode-charts-red, #cf222e); }
.group.consistent { border-left-color: var(--vscode-charts-green, #2da44e); }
.group ul { margin: 4px 0 0; padding-left: 20px; }
.badge { display: inline-block; padding: 0 6px; margin-left: 6px; border-radius: 8px; font-size: 0.8em;
  background: var(--vscode-badge-background, #d0d7de); color: var(--vscode-badge-foreground, #1f2328); }
q { quotes: "“" "”"; }
`;

const SCRIPT = `
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const a = event.target.closest('a[data-uri]');
  if (!a) return;
  event.preventDefault();
  vscode.postMessage({ command: 'open', uri: a.dataset.uri, line: Number(a.dataset.line), character: Number(a.dataset.character) });
});
`;

/** The page's content security policy. */
export function reportCsp(options: ReportOptions): string {
  const n = `'nonce-${options.nonce}'`;
  if (options.webview) {
    const src = options.webview.cspSource;
    return `default-src 'none'; style-src ${src} ${n}; script-src ${n}; img-src ${src} data:; font-src ${src}; base-uri 'none'; form-action 'none'`;
  }
  return `default-src 'none'; style-src ${n}; img-src data:; base-uri 'none'; form-action 'none'`;
}

export function buildReport(input: ReportInput, options: ReportOptions): string {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const title = options.title ?? 'Corpus Review report';
  const link = (uri: string, path: string, line: number, character = 0): string => {
    const label = `${esc(path)}:${line + 1}`;
    if (options.webview) return `<a href="#" data-uri="${esc(uri)}" data-line="${line}" data-character="${character}">${label}</a>`;
    const href = options.href ? options.href(uri, path, line) : path;
    return `<a href="${esc(href)}">${label}</a>`;
  };
  const claimLink = (e: ClaimEntry) => {
    const r = e.range;
    return link(e.uri, e.path, r.start.line, r.start.character);
  };
  const quoteLink = (o: QuoteOccurrence) => {
    const p = o.doc.lines.positionAt(o.start);
    return link(o.doc.uri, o.doc.path, p.line, p.character);
  };

  const { stats, conflicts, quotes } = input;
  const articles = stats.allArticles();
  const conflictGroups = conflicts.conflictGroups(limits.groups);
  const consistent = conflicts.consistentGroups(limits.groups);
  const shared = quotes.sharedQuotations(limits.groups);
  const out: string[] = [];
  out.push('<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">');
  out.push(`<meta http-equiv="Content-Security-Policy" content="${esc(reportCsp(options))}">`);
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">', `<title>${esc(title)}</title>`);
  out.push(`<style nonce="${esc(options.nonce)}">${STYLE}</style>`, '</head>', '<body>');
  out.push(`<h1>${esc(title)}</h1>`);
  if (options.generated) out.push(`<p class="muted">Generated ${esc(options.generated)}.</p>`);
  out.push('<ul class="summary">');
  out.push(`<li><b>${stats.articleCount}</b> articles</li>`);
  out.push(`<li><b>${stats.sourced + stats.unsourced}</b> figures: <b>${stats.sourced}</b> sourced, <b>${stats.unsourced}</b> unsourced</li>`);
  out.push(`<li><b>${conflicts.conflictCount}</b> statements in conflict</li>`);
  out.push(`<li><b>${shared.length}</b> quotations carried more than once</li>`);
  out.push('</ul>');

  // Figures per article
  out.push('<section id="figures"><h2>Figures per article</h2>');
  const bars = [...articles]
    .sort((a, b) => b.sourced + b.unsourced - (a.sourced + a.unsourced) || (a.path < b.path ? -1 : 1))
    .slice(0, limits.bars)
    .filter((a) => a.sourced + a.unsourced > 0)
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  if (bars.length) {
    out.push(
      stackedBarChart(
        bars.map((a) => ({ label: a.path, title: `${a.path}: ${a.sourced} sourced, ${a.unsourced} unsourced`, values: [a.sourced, a.unsourced] })),
        [
          { name: 'sourced', cls: 'sourced' },
          { name: 'unsourced', cls: 'unsourced' },
        ],
        { title: 'Sourced and unsourced figures per article' },
      ),
    );
    if (articles.length > limits.bars) out.push(`<p class="note">The ${bars.length} articles with the most figures, of ${articles.length}.</p>`);
  } else out.push('<p class="muted">No figures.</p>');
  out.push('</section>');

  // Actors by article
  out.push('<section id="actors"><h2>Actors by article</h2>');
  const actors = stats.topActors(limits.heatActors);
  if (actors.length) {
    const heatArticles = [...articles]
      .map((a) => ({ a, n: actors.reduce((sum, x) => sum + (a.mentions.get(x.key) ?? 0), 0) }))
      .filter((x) => x.n > 0)
      .sort((x, y) => y.n - x.n || (x.a.path < y.a.path ? -1 : 1))
      .slice(0, limits.heatArticles)
      .map((x) => x.a)
      .sort((x, y) => (x.path < y.path ? -1 : 1));
    const file = (p: string) => p.slice(p.lastIndexOf('/') + 1);
    out.push(
      heatmap(
        actors.map((x) => x.name),
        heatArticles.map((a) => file(a.path)),
        actors.map((x) => heatArticles.map((a) => a.mentions.get(x.key) ?? 0)),
        { title: 'Mentions of the most mentioned actors in each article', cls: 'heat', columnTitles: heatArticles.map((a) => a.path) },
      ),
    );
    out.push(`<p class="note">The ${actors.length} most mentioned actors; darker cells are more mentions. Hover a cell for the count.</p>`);
  } else out.push('<p class="muted">No actors.</p>');
  out.push('</section>');

  // Conflicting figures
  out.push('<section id="conflicts"><h2>Conflicting figures</h2>');
  if (conflictGroups.length) {
    for (const g of conflictGroups) {
      out.push(`<div class="group conflict"><div><b>${esc(g.entry.text)}</b> — ${claimLink(g.entry)}: <span class="muted">${esc(shortLabel(g.entry.sentence, 220))}</span></div><ul>`);
      for (const c of g.conflicting) out.push(`<li>conflicts with <b>${esc(c.text)}</b> — ${claimLink(c)}: <span class="muted">${esc(shortLabel(c.sentence, 220))}</span></li>`);
      for (const s of g.same) out.push(`<li>the same figure — ${claimLink(s)}</li>`);
      out.push('</ul></div>');
    }
  } else out.push('<p class="muted">No figure is stated with another number by another article.</p>');
  out.push('</section>');

  // Consistent figures
  out.push('<section id="consistent"><h2>Figures stated consistently</h2>');
  if (consistent.length) {
    for (const g of consistent) {
      const all = [g.entry, ...g.same];
      const n = new Set(all.map((e) => e.uri)).size;
      out.push(`<div class="group consistent"><div><b>${esc(g.entry.text)}</b><span class="badge">${n} articles, consistent</span></div><ul>`);
      for (const e of all) out.push(`<li><b>${esc(e.text)}</b> — ${claimLink(e)}: <span class="muted">${esc(shortLabel(e.sentence, 220))}</span></li>`);
      out.push('</ul></div>');
    }
  } else out.push('<p class="muted">No figure is repeated by another article.</p>');
  out.push('</section>');

  // Quotations
  out.push('<section id="quotes"><h2>Quotations across articles</h2>');
  if (shared.length) {
    for (const g of shared) {
      const wordings = [...new Set(g.occurrences.map((o) => o.wording))];
      const badges = [
        g.reworded ? '<span class="badge">worded differently</span>' : '',
        g.excerpts ? '<span class="badge">quoted in part</span>' : '',
        g.speakers.length > 1 ? '<span class="badge">several speakers</span>' : '',
      ].join('');
      out.push(`<div class="group"><div><q>${esc(shortLabel(wordings[0], 300))}</q>${badges}</div>`);
      if (g.speakers.length) out.push(`<div class="muted">Attributed to ${g.speakers.map(esc).join(', ')}</div>`);
      out.push('<ul>');
      for (const o of g.occurrences.slice(0, 20)) {
        const date = articleDate(o.doc);
        out.push(`<li>${quoteLink(o)}${date ? ` <span class="muted">(${date})</span>` : ''}${o.speaker ? ` — ${esc(o.speaker.name)}` : ''}${wordings.length > 1 ? `: <q>${esc(shortLabel(o.wording, 200))}</q>` : ''}</li>`);
      }
      if (g.occurrences.length > 20) out.push(`<li class="muted">… ${g.occurrences.length - 20} more</li>`);
      out.push('</ul></div>');
    }
  } else out.push('<p class="muted">No quotation appears twice.</p>');
  out.push('</section>');

  // Unsourced claims
  out.push('<section id="unsourced"><h2>Unsourced claims</h2>');
  const claims = articles.flatMap((a) => a.claims.map((c) => ({ a, c })));
  if (claims.length) {
    out.push('<table><thead><tr><th>Where</th><th>Figure</th><th>Sentence</th></tr></thead><tbody>');
    for (const { a, c } of claims.slice(0, limits.claims)) {
      out.push(`<tr><td class="where">${link(a.uri, a.path, c.line, c.character)}</td><td><b>${esc(c.text)}</b></td><td>${esc(c.sentence)}</td></tr>`);
    }
    out.push('</tbody></table>');
    if (claims.length > limits.claims) out.push(`<p class="note">The first ${limits.claims} of ${claims.length} unsourced claims, by path.</p>`);
  } else out.push('<p class="muted">Every figure names its source.</p>');
  out.push('</section>');

  if (options.webview) out.push(`<script nonce="${esc(options.nonce)}">${SCRIPT}</script>`);
  out.push('</body>', '</html>');
  return out.join('\n');
}
