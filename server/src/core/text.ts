// Offsets and positions. Offsets are UTF-16 code units into the text as it is
// (no newline normalisation), so CRLF, CR and LF line ends all map back to the
// exact characters the user sees.

import type { Position, Range, Span } from './types';

/**
 * Numbers an analysis keeps in an Int32Array of its own, which the analysis
 * may move into one buffer shared by all the article's numbers (a typed array
 * costs a view and a buffer object on the heap, and an allocation off it).
 */
export interface PackedInts {
  readonly ints: Int32Array;
  /** Reads its numbers from `to` from now on (a copy of `ints`). */
  moveInts(to: Int32Array): void;
}

/** Moves the parts' numbers into one buffer: one view each, one buffer for all (parts without numbers are left as they are). */
export function shareInts(parts: readonly PackedInts[]): void {
  let total = 0;
  for (const p of parts) total += p.ints.length;
  const all = new Int32Array(total);
  let at = 0;
  for (const p of parts) {
    const n = p.ints.length;
    if (n === 0) continue;
    all.set(p.ints, at);
    p.moveInts(all.subarray(at, at + n));
    at += n;
  }
}

export class LineIndex implements PackedInts {
  /** Offset at which each line starts. */
  private starts: number[] | Int32Array;

  constructor(private readonly text: string) {
    const starts = [0];
    if (text.indexOf('\r') < 0) {
      // only \n ends lines: indexOf finds them faster than a test of every character
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13 /* \r */) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        } else if (c === 10 /* \n */) {
          starts.push(i + 1);
        }
      }
    }
    this.starts = starts.slice(); // exact size: kept as long as the document
  }

  get ints(): Int32Array {
    return this.starts instanceof Int32Array ? this.starts : Int32Array.from(this.starts);
  }
  moveInts(to: Int32Array): void {
    this.starts = to;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** End of the line's content, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1];
    if (end > 0 && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > 0 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.starts;
    const line = partitionPoint(starts.length, (i) => starts[i] <= o) - 1;
    return { line, character: o - starts[line] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line];
    const end = this.lineEnd(position.line);
    return Math.max(start, Math.min(start + position.character, end));
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}

/**
 * Binary search: how many of the items 0..n-1 come before a boundary, given
 * `before(i)`, true for a prefix of them and false after ("mentions starting
 * before the offset"). The one search the core's sorted lists share.
 */
export function partitionPoint(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

export function containsOffset(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

/**
 * A copy of a string to keep, one byte a character when every character
 * fits (a string cut from a text with one curly quote is stored two bytes a
 * character, and so is every slice, lower-case form and join made from it).
 */
export function compactString(s: string): string {
  const n = s.length;
  for (let i = 0; i < n; i++) if (s.charCodeAt(i) > 0xff) return s;
  let out = '';
  // in chunks: an argument list has a size limit
  for (let at = 0; at < n; at += 4096) {
    const m = Math.min(4096, n - at);
    const codes: number[] = new Array<number>(m);
    for (let i = 0; i < m; i++) codes[i] = s.charCodeAt(at + i);
    out += String.fromCharCode.apply(null, codes);
  }
  return out;
}

/** JavaScript's \\s outside ASCII. */
function isUnicodeSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * `s.replace(/\s+/g, ' ')` (and `.trim()` with `trim`), with no regular
 * expression and no copy when there is nothing to change: most sentences and
 * quotations are already single-spaced.
 */
export function collapseSpaces(s: string, trim: boolean): string {
  const n = s.length;
  // a space at the start changes the text only when trimming
  let prevSpace = trim;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 ? true : c < 32 ? c >= 9 && c <= 13 : c >= 0xa0 && isUnicodeSpace(c);
    if (space && (c !== 32 || prevSpace)) return trim ? s.replace(/\s+/g, ' ').trim() : s.replace(/\s+/g, ' ');
    prevSpace = space;
  }
  return trim && prevSpace && n > 0 ? s.replace(/\s+/g, ' ').trim() : s;
}
