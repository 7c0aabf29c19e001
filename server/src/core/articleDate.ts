// The date an article was published, when its page furniture states one:
// "Posted by on January 28, 2023 4:46 pm", "Jun 24, 2024 15:43", "Sat,
// 01/28/2023 – 16:00", "2023-01-28", "28 January 2023". Only furniture lines
// (bylines, timestamps, datelines) are read: a date in the prose ("in 2019") is
// what the article talks about, not when it was written.
//
// Pure; the result of a document is cached with the document.

import type { DocumentAnalysis } from './analyze';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => [number, number, number] }[] = [
  { re: /\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)/, read: (m) => [+m[1], +m[2], +m[3]] },
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b`, 'i'), read: (m) => [+m[3], MONTHS[m[1].toLowerCase()], +m[2]] },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+((?:19|20)\\d\\d)\\b`, 'i'), read: (m) => [+m[3], MONTHS[m[2].toLowerCase()], +m[1]] },
  // 01/28/2023 is month first; 28/01/2023 day first (a first number over 12 tells)
  { re: /\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)\b/, read: (m) => (+m[1] > 12 ? [+m[3], +m[2], +m[1]] : [+m[3], +m[1], +m[2]]) },
];

/** The first date of a line, as YYYY-MM-DD, or undefined. */
export function dateIn(line: string): string | undefined {
  for (const { re, read } of PATTERNS) {
    const m = re.exec(line);
    if (!m) continue;
    const [y, mo, d] = read(m);
    if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) continue;
    return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return undefined;
}

const cache = new WeakMap<DocumentAnalysis, string | null>();

/** The article's date (YYYY-MM-DD) from its furniture lines, or undefined when none states one. */
export function articleDate(doc: DocumentAnalysis): string | undefined {
  const known = cache.get(doc);
  if (known !== undefined) return known ?? undefined;
  let found: string | undefined;
  for (const s of doc.segmentation.sentences) {
    if (s.kind !== 'furniture' || s.end - s.start > 160) continue;
    found = dateIn(doc.text.slice(s.start, s.end));
    if (found) break;
  }
  cache.set(doc, found ?? null);
  return found;
}
