// The corpus report opened in headless Chromium (Debian's `chromium`): the
// charts are drawn (bars in the theme's green and red, heatmap cells in blue),
// checked on the screenshot's pixels. Skipped with a reason when Chromium is
// not installed (`apt-get install chromium`, or scripts/e2e-setup.sh).

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Corpus } from '../src/core/corpus';
import { ConflictIndex } from '../src/core/conflictingFigures';
import { QuoteIndex } from '../src/core/quoteProvenance';
import { ReportStats } from '../src/core/reportStats';
import { buildReport } from '../src/core/report';
import { bands, readPng, rowsWithRuns, type Image } from './png';
import { seedCorpus } from './util';

function findChromium(): string | undefined {
  for (const name of [process.env.CORPUS_REVIEW_CHROMIUM, 'chromium', 'chromium-browser', 'google-chrome']) {
    if (!name) continue;
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return undefined;
}

const chromium = findChromium();

// CI installs Chromium in its end-to-end step and then runs this file with
// CORPUS_REVIEW_REQUIRE_CHROMIUM=1, so a missing browser fails there instead of skipping.
test('Chromium is found when it is required', { skip: process.env.CORPUS_REVIEW_REQUIRE_CHROMIUM ? false : 'not required here' }, () => {
  assert.ok(chromium, 'CORPUS_REVIEW_REQUIRE_CHROMIUM is set but no chromium, chromium-browser or google-chrome is on PATH');
});

function screenshot(html: string, height = 1400): Image {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-review-report-'));
  try {
    const page = path.join(dir, 'report.html');
    const png = path.join(dir, 'shot.png');
    fs.writeFileSync(page, html);
    const r = spawnSync(
      chromium!,
      ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--no-first-run', '--disable-dev-shm-usage', '--force-device-scale-factor=1', `--user-data-dir=${path.join(dir, 'profile')}`, `--window-size=1000,${height}`, `--screenshot=${png}`, `file://${page}`],
      { encoding: 'utf8', timeout: 60_000 },
    );
    assert.ok(fs.existsSync(png), `no screenshot: ${r.status} ${r.stderr}`);
    return readPng(fs.readFileSync(png));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const near = (c: number[], tol = 14) => (r: number, g: number, b: number) => Math.abs(r - c[0]) <= tol && Math.abs(g - c[1]) <= tol && Math.abs(b - c[2]) <= tol;
/** The light fallbacks of the report's theme colours (a browser has no VS Code variables). */
const GREEN = near([0x2d, 0xa4, 0x4e]);
const RED = near([0xcf, 0x22, 0x2e]);
const HEAT = (r: number, g: number, b: number) => b > 150 && b - r > 40 && b > g && !(r > 235 && g > 235);

function report(corpus: Corpus, idx: { stats: ReportStats; conflicts: ConflictIndex; quotes: QuoteIndex }): string {
  return buildReport(idx, { nonce: 'test' });
}

test('the seed report in Chromium: four green bars, red segments for two articles, heatmap cells', { skip: chromium ? false : 'Chromium is not installed (apt-get install chromium)' }, () => {
  const { corpus } = seedCorpus();
  const idx = { stats: corpus.addIndex(new ReportStats()), conflicts: corpus.addIndex(new ConflictIndex()), quotes: corpus.addIndex(new QuoteIndex()) };
  const img = screenshot(report(corpus, idx));
  // bars: horizontal runs of the bar colours (the legend swatches are 12 px, the group borders 3 px wide)
  const green = rowsWithRuns(img, GREEN, 40);
  const red = rowsWithRuns(img, RED, 40);
  assert.equal(bands(green), 4, `green bands at rows ${green.join(',')}`);
  assert.equal(bands(red), 2, `red bands at rows ${red.join(',')}`);
  // heatmap: rows of cells at least cell-wide in blue, below the bars
  const heat = rowsWithRuns(img, HEAT, 16).filter((y) => y > green[green.length - 1]);
  assert.ok(bands(heat) >= 10, `heat bands: ${bands(heat)}`);
});

test('an empty corpus draws no bars and no cells (so the pixel checks can fail)', { skip: chromium ? false : 'Chromium is not installed' }, () => {
  const corpus = new Corpus();
  const idx = { stats: corpus.addIndex(new ReportStats()), conflicts: corpus.addIndex(new ConflictIndex()), quotes: corpus.addIndex(new QuoteIndex()) };
  const img = screenshot(report(corpus, idx), 800);
  assert.equal(rowsWithRuns(img, GREEN, 40).length, 0);
  assert.equal(rowsWithRuns(img, RED, 40).length, 0);
  assert.equal(rowsWithRuns(img, HEAT, 16).length, 0);
});
