import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { escapeXml, heatmap, niceTicks, shortLabel, stackedBarChart } from '../src/core/charts';

function rects(svg: string, cls: string): { x: number; width: number }[] {
  return [...svg.matchAll(new RegExp(`<rect class="${cls}" x="([\\d.]+)" y="[\\d.]+" width="([\\d.]+)"`, 'g'))].map((m) => ({ x: Number(m[1]), width: Number(m[2]) }));
}

test('ticks are round numbers that reach the maximum', () => {
  assert.deepEqual(niceTicks(3), [0, 1, 2, 3]);
  assert.deepEqual(niceTicks(9), [0, 5, 10]);
  assert.deepEqual(niceTicks(130), [0, 50, 100, 150]);
  assert.deepEqual(niceTicks(0), [0, 1]);
});

test('stacked bars: widths proportional to the values, segments end to end, labels escaped', () => {
  const svg = stackedBarChart(
    [
      { label: 'a.txt', values: [2, 1] },
      { label: '<b>.txt', values: [0, 4] },
    ],
    [
      { name: 'sourced', cls: 'sourced' },
      { name: 'unsourced', cls: 'unsourced' },
    ],
    { title: 'Figures' },
  );
  const green = rects(svg, 'sourced').slice(1); // the first is the legend swatch
  const red = rects(svg, 'unsourced').slice(1);
  assert.equal(green.length, 1, 'a zero value draws nothing');
  assert.equal(red.length, 2);
  assert.ok(Math.abs(green[0].width - 2 * red[0].width) < 0.2, `${green[0].width} ${red[0].width}`);
  assert.ok(Math.abs(green[0].x + green[0].width - red[0].x) < 0.2, 'the second segment starts where the first ends');
  assert.ok(Math.abs(red[1].width - 4 * red[0].width) < 0.2);
  assert.ok(svg.includes('&lt;b&gt;.txt') && !svg.includes('<b>'));
  assert.ok(!/style=/.test(svg), 'no inline styles (strict CSP)');
});

test('heatmap: one coloured cell per non-zero value, darker for more', () => {
  const svg = heatmap(['Kim', 'Pak'], ['a', 'b', 'c'], [[3, 0, 1], [0, 0, 0]], { title: 'Actors', cls: 'heat' });
  const cells = [...svg.matchAll(/<rect class="heat"[^>]*fill-opacity="([\d.]+)"/g)].map((m) => Number(m[1]));
  assert.equal(cells.length, 2);
  assert.ok(cells[0] > cells[1]);
  assert.equal((svg.match(/<rect class="cell"/g) ?? []).length, 6);
});

test('labels: escaped and shortened', () => {
  assert.equal(escapeXml(`"a" & 'b' <c>`), '&quot;a&quot; &amp; &#39;b&#39; &lt;c&gt;');
  assert.equal(shortLabel('abcdefghij', 5), 'abcd…');
  assert.equal(shortLabel('abcdefghij', 5, 'end'), '…ghij');
  assert.equal(shortLabel('abc', 5), 'abc');
});
