// SVG charts written as text: a stacked horizontal bar chart and a heatmap.
// Colours come from CSS classes (the page maps them to the editor's theme
// colours), never from inline styles, so a strict content security policy
// needs no 'unsafe-inline'. Labels are escaped. Pure.

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** Cuts a label to `max` characters, keeping its start (or its end: paths differ in their file names). */
export function shortLabel(s: string, max: number, keep: 'start' | 'end' = 'start'): string {
  if (s.length <= max) return s;
  return keep === 'end' ? `…${s.slice(s.length - max + 1)}` : `${s.slice(0, max - 1)}…`;
}

/** Tick values from 0 to at least `max` (counts: whole steps of 1, 2 or 5 times a power of ten). */
export function niceTicks(max: number, count = 4): number[] {
  const top = Math.max(1, max);
  const raw = top / count;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw)!);
  const out: number[] = [];
  for (let v = 0; v < top + step; v += step) out.push(v);
  return out;
}

export interface BarRow {
  label: string;
  /** Tooltip; defaults to the label and the values. */
  title?: string;
  /** One value per series, stacked left to right. */
  values: number[];
}

export interface Series {
  name: string;
  /** CSS class of the series' rectangles and legend swatch. */
  cls: string;
}

/** A horizontal stacked bar chart, one row per item. */
export function stackedBarChart(rows: BarRow[], series: Series[], options: { title: string; width?: number; labelWidth?: number; rowHeight?: number }): string {
  const width = options.width ?? 760;
  const labelWidth = options.labelWidth ?? 230;
  const rowHeight = options.rowHeight ?? 22;
  const top = 34;
  const plot = width - labelWidth - 50;
  const ticks = niceTicks(Math.max(1, ...rows.map((r) => r.values.reduce((a, b) => a + b, 0))));
  const max = ticks[ticks.length - 1];
  const height = top + rows.length * rowHeight + 28;
  const x = (v: number) => labelWidth + (v / max) * plot;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" class="chart bar-chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(options.title)}">`);
  out.push(`<title>${escapeXml(options.title)}</title>`);
  // legend
  let lx = labelWidth;
  for (const s of series) {
    out.push(`<rect class="${s.cls}" x="${lx}" y="8" width="12" height="12"/><text class="label" x="${lx + 16}" y="18">${escapeXml(s.name)}</text>`);
    lx += 24 + s.name.length * 7;
  }
  // grid and ticks
  for (const v of ticks) {
    const gx = x(v);
    out.push(`<line class="grid" x1="${gx.toFixed(1)}" y1="${top - 4}" x2="${gx.toFixed(1)}" y2="${top + rows.length * rowHeight}"/>`);
    out.push(`<text class="tick" x="${gx.toFixed(1)}" y="${top + rows.length * rowHeight + 16}" text-anchor="middle">${fmt(v)}</text>`);
  }
  rows.forEach((r, i) => {
    const y = top + i * rowHeight;
    const total = r.values.reduce((a, b) => a + b, 0);
    out.push(`<g class="row"><title>${escapeXml(r.title ?? `${r.label}: ${r.values.map((v, k) => `${v} ${series[k]?.name ?? ''}`).join(', ')}`)}</title>`);
    out.push(`<text class="label" x="${labelWidth - 8}" y="${y + rowHeight * 0.68}" text-anchor="end">${escapeXml(shortLabel(r.label, 34, 'end'))}</text>`);
    let acc = 0;
    r.values.forEach((v, k) => {
      if (v <= 0) return;
      out.push(`<rect class="${series[k]?.cls ?? ''}" x="${x(acc).toFixed(1)}" y="${y + 3}" width="${Math.max(1, x(acc + v) - x(acc)).toFixed(1)}" height="${rowHeight - 6}"/>`);
      acc += v;
    });
    out.push(`<text class="value" x="${(x(total) + 4).toFixed(1)}" y="${y + rowHeight * 0.68}">${total}</text></g>`);
  });
  out.push('</svg>');
  return out.join('');
}

/** A heatmap: rows × columns, cell opacity by value (0 leaves the cell empty). */
export function heatmap(
  rowLabels: string[],
  columnLabels: string[],
  values: number[][],
  options: { title: string; cls: string; cell?: number; labelWidth?: number; columnTitles?: string[] },
): string {
  const cell = options.cell ?? 22;
  const labelWidth = options.labelWidth ?? 180;
  const top = 110;
  const width = labelWidth + columnLabels.length * cell + 20;
  const height = top + rowLabels.length * cell + 10;
  const max = Math.max(1, ...values.flat());
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" class="chart heatmap" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(options.title)}">`);
  out.push(`<title>${escapeXml(options.title)}</title>`);
  columnLabels.forEach((c, j) => {
    const cx = labelWidth + j * cell + cell / 2;
    out.push(`<text class="label" transform="translate(${cx + 4},${top - 6}) rotate(-55)">${escapeXml(shortLabel(c, 18))}<title>${escapeXml(options.columnTitles?.[j] ?? c)}</title></text>`);
  });
  rowLabels.forEach((r, i) => {
    const y = top + i * cell;
    out.push(`<text class="label" x="${labelWidth - 8}" y="${y + cell * 0.68}" text-anchor="end">${escapeXml(shortLabel(r, 26))}</text>`);
    columnLabels.forEach((c, j) => {
      const v = values[i]?.[j] ?? 0;
      const x = labelWidth + j * cell;
      out.push(`<rect class="cell" x="${x}" y="${y}" width="${cell - 2}" height="${cell - 2}"/>`);
      if (v > 0) {
        const opacity = 0.25 + 0.75 * (v / max);
        out.push(`<rect class="${options.cls}" x="${x}" y="${y}" width="${cell - 2}" height="${cell - 2}" fill-opacity="${opacity.toFixed(2)}"><title>${escapeXml(`${r} in ${options.columnTitles?.[j] ?? c}: ${v}`)}</title></rect>`);
      }
    });
  });
  out.push('</svg>');
  return out.join('');
}
