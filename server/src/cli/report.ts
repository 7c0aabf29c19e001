// `corpus-review report --html FILE [paths...]`: the corpus report as one
// self-contained HTML page (the same page the editor's "Open Report" shows).

import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Corpus } from '../core/corpus';
import { ReportStats } from '../core/reportStats';
import { buildReport } from '../core/report';

/** The report of the corpus as HTML; links point at the articles relative to `htmlFile`. */
export function reportHtml(corpus: Corpus, root: string, htmlFile: string): string {
  const stats = corpus.addIndex(new ReportStats());
  const { conflicts, quotes } = corpus;
  const dir = path.dirname(path.resolve(htmlFile));
  return buildReport(
    { stats, conflicts, quotes },
    {
      nonce: crypto.randomBytes(16).toString('base64'),
      generated: `${new Date().toISOString().slice(0, 19).replace('T', ' ')} UTC from ${corpus.size} article${corpus.size === 1 ? '' : 's'}`,
      href: (_uri, p, line) =>
        `${path
          .relative(dir, path.join(root, p))
          .split(path.sep)
          .map(encodeURIComponent)
          .join('/')}#L${line + 1}`,
    },
  );
}

export function writeReport(corpus: Corpus, root: string, htmlFile: string): void {
  fs.mkdirSync(path.dirname(path.resolve(htmlFile)), { recursive: true });
  fs.writeFileSync(htmlFile, reportHtml(corpus, root, htmlFile));
}
