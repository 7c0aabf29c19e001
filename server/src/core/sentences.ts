// Sentences and quotations of a news article.
//
// Works one paragraph (one line) at a time: news text puts every paragraph,
// headline, caption and piece of page furniture on its own line. A line is
// furniture (bylines, timestamps, credits, "Read More"), a headline (no final
// punctuation), or prose split into sentences at . ! ? … followed by a capital,
// a digit or an opening quote, unless the word before the stop is an
// abbreviation or an initial. Quotations are found per paragraph with straight
// and curly quotes; apostrophes (Kim’s, Pyongyang's) are told apart from
// closing single quotes. A quotation left open at a paragraph end and picked
// up by an opening mark at the start of the next paragraph continues there.
//
// Pure, linear in the text, never throws. Offsets are UTF-16 indices.

import type { Span } from './types';

/** headline: a line without final punctuation; furniture: bylines, timestamps, credits, "Read More". */
export type SegmentKind = 'sentence' | 'headline' | 'furniture';

export interface Sentence extends Span {
  kind: SegmentKind;
  /** 0-based index of the paragraph (non-empty line) that holds the sentence. */
  paragraph?: number;
}

export interface Quotation extends Span {
  /** The quoted words, without the quotation marks. */
  inner: Span;
  /** False when the closing mark is missing (the quotation runs to the paragraph end). */
  closed: boolean;
  /** Index (in Segmentation.quotations) of the quotation this one continues across a paragraph break. */
  continues?: number;
}

/**
 * A quotation as segment() makes it: the quoted words are derived from the
 * marks (one mark in from each end, none at the end when it is not closed), so
 * an analysis kept for the whole corpus does not keep an `inner` object each.
 */
class MarkedQuotation implements Quotation {
  continues?: number;
  constructor(
    public start: number,
    public end: number,
    public closed: boolean,
  ) {}

  get inner(): Span {
    return { start: this.start + 1, end: this.closed ? this.end - 1 : this.end };
  }
}

export interface Segmentation {
  /** In document order, non-overlapping. */
  sentences: Sentence[];
  /** In document order; a quotation may span several sentences. */
  quotations: Quotation[];
}

const KINDS: readonly SegmentKind[] = ['sentence', 'headline', 'furniture'];

/**
 * A segmentation as an analysis keeps it for as long as the corpus holds the
 * article: sentences and quotations as numbers (three a sentence: start, end,
 * paragraph and kind; three a quotation: start, end, continues and closed) in
 * two Int32Arrays instead of an object each; one is made when asked. The analysis itself reads the `Segmentation` that
 * `segment` returns.
 */
export class KeptSegmentation implements Segmentation {
  /**
   * One typed array (each costs two objects on the heap, for every article kept):
   * per sentence: start, end, (paragraph + 1) * 4 + kind (paragraph + 1: 0 when it has none);
   * then per quotation: start, end, (continues + 1) * 2 + closed (continues + 1: 0 when it continues none).
   */
  private packed: Int32Array;
  /** How many sentences (the quotations follow them in `packed`). */
  readonly sentenceCount: number;

  constructor(seg: Segmentation) {
    const n = seg.sentences.length;
    const m = seg.quotations.length;
    const packed = new Int32Array(3 * (n + m));
    for (let i = 0; i < n; i++) {
      const s = seg.sentences[i];
      packed[3 * i] = s.start;
      packed[3 * i + 1] = s.end;
      packed[3 * i + 2] = (s.paragraph === undefined ? 0 : s.paragraph + 1) * 4 + (s.kind === 'sentence' ? 0 : s.kind === 'headline' ? 1 : 2);
    }
    for (let i = 0; i < m; i++) {
      const q = seg.quotations[i];
      const o = 3 * (n + i);
      packed[o] = q.start;
      packed[o + 1] = q.end;
      packed[o + 2] = (q.continues === undefined ? 0 : q.continues + 1) * 2 + (q.closed ? 1 : 0);
    }
    this.packed = packed;
    this.sentenceCount = n;
  }

  get ints(): Int32Array {
    return this.packed;
  }
  moveInts(to: Int32Array): void {
    this.packed = to;
  }

  get quotationCount(): number {
    return this.packed.length / 3 - this.sentenceCount;
  }

  /** Quotation `i` (undefined past the last), made on each call. */
  quotation(i: number): Quotation | undefined {
    if (!(i >= 0 && i < this.quotationCount)) return undefined;
    const p = this.packed;
    const o = 3 * (this.sentenceCount + i);
    const tag = p[o + 2];
    const q = new MarkedQuotation(p[o], p[o + 1], (tag & 1) === 1);
    if (tag >= 2) q.continues = (tag >> 1) - 1;
    return q;
  }

  /** Where quotation `i` starts and ends (no object made; `i` must be a quotation's index). */
  quotationStart(i: number): number {
    return this.packed[3 * (this.sentenceCount + i)];
  }
  quotationEnd(i: number): number {
    return this.packed[3 * (this.sentenceCount + i) + 1];
  }

  /** Every quotation, made on each read: read it once per use (one quotation: `quotation(i)`). */
  get quotations(): Quotation[] {
    const out: Quotation[] = new Array<Quotation>(this.quotationCount);
    for (let i = 0; i < out.length; i++) out[i] = this.quotation(i)!;
    return out;
  }

  /** Sentence `i` (undefined past the last), made on each call. */
  sentence(i: number): Sentence | undefined {
    if (!(i >= 0 && i < this.sentenceCount)) return undefined;
    const p = this.packed;
    const tag = p[3 * i + 2];
    const kind = KINDS[tag & 3];
    return tag >= 4 ? { start: p[3 * i], end: p[3 * i + 1], kind, paragraph: (tag >> 2) - 1 } : { start: p[3 * i], end: p[3 * i + 1], kind };
  }

  /** Every sentence, made on each read: read it once per use (one sentence: `sentence(i)`). */
  get sentences(): Sentence[] {
    const out: Sentence[] = new Array<Sentence>(this.sentenceCount);
    for (let i = 0; i < out.length; i++) out[i] = this.sentence(i)!;
    return out;
  }
}

// ---------------------------------------------------------------------------
// Lexicons

/** Titles abbreviated with a full stop before a name ("Dr.", "Gen."): attribution reads a speaker's name past them too. */
export const NAME_TITLES: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Cpl', 'Pvt', 'Pte', 'Adm', 'Cmdr', 'Cdr',
  'Brig', 'Gov', 'Sen', 'Rep', 'Rev', 'Hon', 'Pres', 'Supt', 'Insp', 'Det', 'Amb', 'Sec', 'Gens', 'Reps', 'Sens', 'Messrs',
]);
/** Abbreviations after which a full stop never ends a sentence (case-sensitive forms). */
const ABBREVIATIONS = new Set([
  ...NAME_TITLES,
  'St', 'Mt', 'Ft', 'Ave', 'Blvd', 'Rd', 'Dept', 'Univ', 'Assn', 'Gov’t', 'Est',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'approx', 'est', 'vs', 'v', 'cf', 'ca', 'al', 'Art', 'art', 'Ch', 'ch', 'Sec', 'sec',
]);
/** Abbreviations that only abbreviate before a number ("No. 1", "Vol. 3", "p. 4"). */
// (and currencies written before their amount: "a Rs. 1.2 trillion debt")
const NUMBER_ABBREVIATIONS = new Set(['No', 'Nos', 'no', 'Vol', 'vol', 'Fig', 'fig', 'p', 'pp', 'Para', 'para', 'Rs', 'Re', 'Tk', 'Ksh', 'Sh', 'sh']);
/** Abbreviations that may also end a sentence; they do when the next word starts a sentence. */
const ENDING_ABBREVIATIONS = new Set(['Inc', 'Corp', 'Co', 'Ltd', 'Bros', 'Jr', 'Sr', 'etc', 'plc', 'LLC', 'Ltda']);
/** Words that start a sentence, used after "U.S." and "Inc." to decide a boundary. */
const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'But', 'And', 'In', 'On', 'At', 'As', 'This', 'That',
  'These', 'Those', 'There', 'His', 'Her', 'Its', 'Their', 'Our', 'However', 'Meanwhile', 'Still', 'Yet', 'After',
  'Before', 'While', 'When', 'If', 'Some', 'Many', 'Most', 'According', 'Officials', 'Analysts', 'Earlier', 'Later',
  'Last', 'Since', 'Under', 'Despite', 'Although', 'Both', 'Neither', 'No', 'So', 'Then', 'Now', 'Also', 'For', 'With',
]);

const MONTHS_AND_DAYS =
  'jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december|' +
  'mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday';
/** Tokens a timestamp or dateline line is made of. */
const DATE_LINE_WORDS = new Set(
  (MONTHS_AND_DAYS +
    '|am|pm|a|m|p|gmt|utc|kst|jst|est|edt|cst|cdt|pst|pdt|bst|cet|cest|eet|eest|msk|ist|hkt|sgt|updated|update|published|posted|' +
    'modified|last|on|at|by|ago|hours|hour|hrs|hr|mins|min|minutes|minute|seconds|sec|day|days|yesterday|today|st|nd|rd|th|edited|created|date|time|read')
    .split('|'),
);

/** Whole lines that are page furniture (tested on the trimmed line, case-insensitive). */
const FURNITURE_LINES: RegExp[] = [
  /^(?:read more|read more:?|continue reading|see also|see more|related|related (?:articles?|stories|news|content|coverage|topics)|more (?:from|on|stories|news)\b.*|recommended(?: for you)?|you may (?:also )?like|you might (?:also )?like|also read|must read|leave a (?:reply|comment)|(?:\d+ )?comments?|share(?: this(?: article| story)?)?|share on \w+|tags?:?.*|categories:.*|filed under:?.*|advertisement|sponsored(?: content)?|subscribe|sign up.*|newsletter|back to top|most (?:popular|read|viewed)|latest(?: news)?|trending(?: now)?|top stories|follow us.*|click here.*|print|email|menu|home|skip to (?:main )?content|log ?in|sign in|photo|video|watch|listen|close|next|previous|load more|show more|view comments|join the conversation|all rights reserved\.?)$/i,
  /(?:^|\s|[a-z])read more\s*(?:»|›|>|\.\.\.|…)?$/i,
  // a link with its lead-in: "Read more: Why are typhoons getting stronger?"
  /^(?:read more|see also|also read|related|more on this story|read next|watch):\s+\S/i,
  /^(?:©|\(c\)|copyright\b).*/i,
  /all rights reserved\.?$/i,
  /^your email address will not be published/i,
  /^required fields are marked/i,
  /^(?:images?|photos?|pictures?|photographs?|credits?|photo credit|source|video|illustration|graphic|caption|file photo|screenshot|screengrab)(?:\s+by)?\s*[:|]/i,
  /^(?:\(|\[)?(?:photo|image|picture|file photo|screengrab|screenshot)\s*(?:by|:|\/|courtesy of)\b[^.]*(?:\)|\])?$/i,
  /^(?:posted|published|updated|last updated|first published|written|edited|reporting|additional reporting|editing|compiled|produced)\s+(?:by|on|at|in)\b/i,
  /^(?:https?:\/\/|www\.)\S+$/i,
  /^\S+@\S+\.\S+$/,
  /^\d[\d,.]*\s*[kKmM]?\s+(?:views?|shares?|comments?|likes?|reads?|reactions?|min(?:ute)?s?\s+read)$/i,
  /^\d+\s+min(?:ute)?s?\s+read$/i,
  // a counter with its label first: "Views: 3,482", "Comments (12)", "Shares 40"
  /^(?:views?|reads?|shares?|comments?|likes?|reactions?|hits|visits)\s*(?::\s*|\(\s*)?\d[\d,.]*\s*[kKmM]?\)?$/i,
  // a gallery's counter: "Photo 3 of 12", "Image 2/8", "Slide 4 of 10"
  /^(?:photos?|images?|pictures?|slides?|videos?)\s+\d+\s*(?:of|\/)\s*\d+$/i,
  // an embedded post's signature: "— Visegrád 24 (@visegrad24) January 28, 2023"
  /^[—–-]\s*[^\n]{1,80}\(@\w{1,30}\)\s+\p{L}+\.?\s+\d{1,2},\s+\d{4}$/u,
  // a page's time stamp: "Updated 3 hours ago", "Published 12 minutes ago"
  /^(?:updated|published|posted|last updated)\s+\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$/i,
  // a wire story's exchange rate, for the reader's conversion: "($1 = 0.9171 euros)", "(1 euro = $1.0843)"
  /^\(\s*(?:[A-Z]{0,3}\$\s*1|[€£¥₹]\s*1|1\s+\p{L}+(?:\s\p{L}+)?)\s*=\s*[^()=]{1,40}\)$/u,
];

/** A byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters". Short, capitalised, no final stop. */
const BYLINE = /^[Bb][Yy]\s+(?:(?:[A-Z][\p{L}.'’-]*|and|&|,|\||-|–|—|de|van|von|bin|al|da|la)(?:\s+|$|(?=,))){1,12}$/u;
/** A credit in brackets on its own: "(Yonhap)", "(KCNA)", "(Photo by TASS)", "(AP Photo/Efrem Lukatsky)". */
const BRACKET_CREDIT = /^[([](?:[A-Z][\p{L}&.'’-]*|photo|image|file|by|via|courtesy|of|\/|\s)+[)\]]$/u;
/** " - 1" after a headline (a counter or gallery index of the page). */
const HEADLINE_COUNTER = /\s[-–—|]\s*\d{1,4}\s*$/;

// ---------------------------------------------------------------------------
// Character classes

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}
function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85;
}
// The case tests take one character; ASCII is answered from its code (case
// mapping changes only A-Z and a-z there), the rest by case mapping.
function isUpper(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function isLower(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return ch.toLowerCase() !== ch.toUpperCase();
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isWordChar(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return isDigit(c) || isLetter(ch);
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»', '›', '}']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '‹', '„', '{']);
const TERMINALS = new Set(['.', '!', '?', '…']);
const TERMINAL_RE = /[.!?…]/g;
const QUOTE_RE = /["“”‘’'«»„]/g;
const LINE_BREAK_RE = /[\r\n\u2028\u2029\u0085]/g;

// ---------------------------------------------------------------------------
// Lines

function isDateLine(line: string): boolean {
  if (line.length > 80) return false;
  let digits = 0;
  const re = /\p{L}+|\d+|\S/gu;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const t = m[0];
    if (isDigit(t.charCodeAt(0))) digits++;
    else if (isLetter(t[0])) {
      if (!DATE_LINE_WORDS.has(t.toLowerCase())) return false;
    } else if (!/^[,.:/|–—\-·•()[\]]$/.test(t)) return false;
  }
  return digits > 0;
}

/** Furniture lines that head a list of links: the headline-like lines right under them are links too. */
const LINK_LIST_HEAD = /^(?:related|related (?:articles?|stories|news|content|coverage|topics)|more on this story|more (?:from|on|stories)\b.*|see also|read more|also read|recommended(?: for you)?|you may (?:also )?like|you might (?:also )?like|most (?:popular|read|viewed)|top stories|latest(?: news)?|trending(?: now)?)$/i;

/** Is this trimmed line page furniture? */
export function isFurnitureLine(line: string): boolean {
  if (line.length > 160) return false;
  if (isDateLine(line)) return true;
  const ends = TERMINALS.has(line[line.length - 1]);
  if (!ends && line.length <= 100 && BYLINE.test(line)) return true;
  if (!ends && BRACKET_CREDIT.test(line) && line.length <= 60) return true;
  for (const re of FURNITURE_LINES) if (re.test(line)) return true;
  // a list's head with its colon: "You may also like:", "Related:"
  if (line.endsWith(':') && LINK_LIST_HEAD.test(line.slice(0, -1).trimEnd())) return true;
  return false;
}

/** The word (letters, digits, inner dots and apostrophes) that ends just before `end`. */
function wordBefore(text: string, from: number, end: number): string {
  let i = end;
  while (i > from) {
    const ch = text[i - 1];
    if (isWordChar(ch) || ch === '.' || ch === '’' || ch === "'") i--;
    else break;
  }
  // a leading dot or apostrophe is not part of the word
  while (i < end && (text[i] === '.' || text[i] === '’' || text[i] === "'")) i++;
  return text.slice(i, end);
}

function nextWord(text: string, from: number, end: number): string {
  let i = from;
  while (i < end && OPENERS.has(text[i])) i++;
  let j = i;
  while (j < end && isWordChar(text[j])) j++;
  return text.slice(i, j);
}

/** Does a full stop at `dot` (a single '.') end the sentence, given the next visible char at `next`? */
function stopEnds(text: string, lineStart: number, dot: number, next: number, lineEnd: number): boolean {
  const word = wordBefore(text, lineStart, dot);
  if (!word) return true;
  const nextCh = text[next];
  const following = nextWord(text, next, lineEnd);
  // Initials and dotted acronyms: "N. Korea", "J. R. Smith", "U.S. officials", "U.N."
  if (/^\p{Lu}$/u.test(word)) return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return SENTENCE_STARTERS.has(following);
  if (ABBREVIATIONS.has(word)) return false;
  if (NUMBER_ABBREVIATIONS.has(word)) return !isDigit(nextCh.charCodeAt(0));
  if (ENDING_ABBREVIATIONS.has(word)) return SENTENCE_STARTERS.has(following);
  return true;
}

function pushSentence(out: Sentence[], text: string, start: number, end: number, kind: SegmentKind, paragraph: number): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end <= start) return;
  if (kind === 'sentence') {
    if (end - start <= 60 && BRACKET_CREDIT.test(text.slice(start, end))) kind = 'furniture';
  }
  out.push({ start, end, kind, paragraph });
}

/** Quotation marks that may open a sentence glued to the last one. */
const GLUED_OPENERS = new Set(["'", '"', '“', '‘']);

/**
 * A full stop at i between a word of two lower-case letters or more and a
 * capitalised word at `next`, with no space: two sentences glued ("rounds.The
 * latest"; "Dujarric.UN aid", an acronym and a space), not an abbreviation
 * ("U.S.The", "e.g.The") or a domain ("yna.co.kr"). `next` is i + 1, or i + 2
 * past a quotation mark that opens the next sentence.
 */
function gluedBoundary(text: string, i: number, end: number, next = i + 1): boolean {
  if (!(i >= 2 && next + 1 < end && isLower(text[i - 1]) && isLower(text[i - 2]) && isUpper(text[next]))) return false;
  if (isLower(text[next + 1])) return true;
  // an acronym opens the next one: "said top UN official Dujarric.UN aid coordination office OCHA confirmed"
  let k = next + 1;
  while (k < end && k - next < 5 && isUpper(text[k])) k++;
  return k < end && k - next >= 2 && text[k] === ' ';
}

/** Splits one paragraph of prose into sentences. */
function splitProse(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  let segStart = start;
  let i = start;
  const re = TERMINAL_RE;
  while (i < end) {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m || m.index >= end) break;
    i = m.index;
    const ch = text[i];
    let q = i;
    while (q < end && TERMINALS.has(text[q])) q++;
    const run = q - i;
    while (q < end && CLOSERS.has(text[q])) q++;
    if (q >= end) {
      i = q;
      break;
    }
    if (!isSpace(text.charCodeAt(q))) {
      // scraped copy that lost the space between sentences: "... hundreds of thousands of rounds.The latest report"
      if (run === 1 && ch === '.' && q === i + 1 && gluedBoundary(text, i, end)) {
        pushSentence(out, text, segStart, q, 'sentence', paragraph);
        segStart = q;
      } else if (run === 1 && ch === '.' && q === i + 2 && GLUED_OPENERS.has(text[i + 1]) && gluedBoundary(text, i, end, q)) {
        // or a quotation opens it: "amid chaos.'After nearly 80 days ...,' said"
        pushSentence(out, text, segStart, i + 1, 'sentence', paragraph);
        segStart = i + 1;
      }
      i = q;
      continue;
    }
    let r = q;
    while (r < end && isSpace(text.charCodeAt(r))) r++;
    if (r >= end) {
      i = r;
      break;
    }
    const nc = text[r];
    let boundary = isUpper(nc) || isDigit(nc.charCodeAt(0)) || OPENERS.has(nc) || (!isLower(nc) && !isLetter(nc) && nc !== ',' && nc !== ';' && nc !== ':');
    if (boundary && run === 1 && ch === '.') boundary = stopEnds(text, segStart, i, r, end);
    if (boundary && run >= 2 && ch === '.' && !isUpper(nc) && !OPENERS.has(nc)) boundary = false;
    if (boundary) {
      pushSentence(out, text, segStart, q, 'sentence', paragraph);
      segStart = r;
    }
    i = r;
  }
  pushSentence(out, text, segStart, end, 'sentence', paragraph);
}

// ---------------------------------------------------------------------------
// Quotations

type Mark = 'double' | 'single';

/** Finds the quotations of one paragraph [start, end). */
function scanQuotes(text: string, start: number, end: number, out: Quotation[]): void {
  const stack: { mark: Mark; at: number; straight: boolean }[] = [];
  // a quotation cut off by a new one (below) and the mark that carries it on
  let carried = -1;
  let carriedAt = -1;
  const push = (q: MarkedQuotation) => {
    if (q.start === carriedAt) q.continues = carried;
    out.push(q);
  };
  const open = (mark: Mark, at: number, straight: boolean) => stack.push({ mark, at, straight });
  const close = (mark: Mark, at: number) => {
    let k = stack.length - 1;
    while (k >= 0 && stack[k].mark !== mark) k--;
    if (k < 0) return false;
    const first = stack[0];
    stack.length = k;
    if (k === 0) push(new MarkedQuotation(first.at, at + 1, true));
    return true;
  };
  const hasOpen = (mark: Mark) => stack.some((s) => s.mark === mark);
  const re = QUOTE_RE;
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    const i = m.index;
    const ch = m[0];
    switch (ch) {
      case '“':
      case '«':
      case '„': {
        // An opening mark after a sentence inside an open quotation carries the quotation on, as a
        // new paragraph's does: a page that lost its paragraph breaks ("... very happy. “It is the best
        // club in the world.” Dembele’s last appearance ..."). It does not nest the rest of the paragraph.
        let p = i - 1;
        while (p > start && isSpace(text.charCodeAt(p))) p--;
        if (stack.length === 1 && stack[0].mark === 'double' && !stack[0].straight && p < i - 1 && TERMINALS.has(text[p])) {
          push(new MarkedQuotation(stack[0].at, p + 1, false));
          carried = out.length - 1;
          carriedAt = i;
          stack.length = 0;
        }
        open('double', i, false);
        break;
      }
      case '”':
      case '»':
        if (!close('double', i)) {
          // Some texts use ” for both marks: open when it starts a word.
          const prev = i > start ? text[i - 1] : ' ';
          if (isSpace(prev.charCodeAt(0)) && isWordChar(text[i + 1])) open('double', i, false);
        }
        break;
      case '"':
        // Straight marks toggle: close an open double quotation, else open one.
        if (!close('double', i)) open('double', i, true);
        break;
      case '‘': {
        const prev = i > start ? text[i - 1] : ' ';
        // (not a possessive typed with a space and the wrong mark: "Jharkhand ‘s capital")
        const possessive = text[i + 1] === 's' && !isWordChar(text[i + 2]) && i >= 2 && isSpace(prev.charCodeAt(0)) && isWordChar(text[i - 2]);
        if (!isWordChar(prev) && !possessive) open('single', i, false);
        break;
      }
      case '’':
      case "'": {
        const prev = i > start ? text[i - 1] : ' ';
        const next = i + 1 < end ? text[i + 1] : ' ';
        const prevWord = isWordChar(prev);
        const nextWord = isWordChar(next);
        if (prevWord && nextWord) break; // Kim’s, don't
        // the possessive of an abbreviation: "the U.N.’s agency", "U.S.'s"
        if (prev === '.' && (next === 's' || next === 'S') && i >= 2 && isWordChar(text[i - 2]) && !(i + 2 < end && isWordChar(text[i + 2]))) break;
        if (!prevWord && nextWord) {
          if (ch === "'" || !hasOpen('single')) {
            // 'stand in the same trench' opens; '90s does not (digit after, no closing mark later is fine either way)
            if (!(isDigit(next.charCodeAt(0)) && /^\d\ds\b/.test(text.slice(i + 1, i + 5)))) open('single', i, ch === "'");
          }
          break;
        }
        if (prevWord || /[.,!?;:…)\]]/.test(prev)) {
          if (hasOpen('single')) close('single', i);
          // else an apostrophe of a plural possessive: the Koreas' ties
        }
        break;
      }
    }
  }
  if (stack.length) {
    const first = stack[0];
    push(new MarkedQuotation(first.at, end, false));
  }
}

// ---------------------------------------------------------------------------

export function segment(text: string): Segmentation {
  const sentences: Sentence[] = [];
  const quotations: Quotation[] = [];
  if (typeof text !== 'string' || !text) return { sentences, quotations };
  let paragraph = -1;
  let pos = 0;
  const n = text.length;
  let lastOpenQuote = -1; // quotation left open at the end of the previous paragraph
  let linkList = false; // under a "Related" head, until a blank line
  // Most texts end their lines with \n alone: indexOf finds those without a match object per line.
  const onlyLF = text.indexOf('\r') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0 && text.indexOf('\u0085') < 0;
  while (pos < n) {
    let lineEnd: number;
    if (onlyLF) {
      lineEnd = text.indexOf('\n', pos);
      if (lineEnd < 0) lineEnd = n;
    } else {
      LINE_BREAK_RE.lastIndex = pos;
      const br = LINE_BREAK_RE.exec(text);
      lineEnd = br ? br.index : n;
    }
    let s = pos;
    let e = lineEnd;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    // next line start
    pos = lineEnd;
    if (pos < n && text.charCodeAt(pos) === 13 && text.charCodeAt(pos + 1) === 10) pos += 2;
    else if (pos < n) pos += 1;
    if (e <= s) {
      linkList = false;
      continue;
    }
    paragraph++;
    const line = text.slice(s, e);
    if (isFurnitureLine(line)) {
      sentences.push({ start: s, end: e, kind: 'furniture', paragraph });
      lastOpenQuote = -1;
      linkList = LINK_LIST_HEAD.test(line.endsWith(':') ? line.slice(0, -1).trimEnd() : line);
      continue;
    }
    const last = line[line.length - 1];
    // "Related\nBank fined £12m over rogue trader": link headlines under a list head
    if (linkList && line.length <= 160 && !TERMINALS.has(last)) {
      sentences.push({ start: s, end: e, kind: 'furniture', paragraph });
      lastOpenQuote = -1;
      continue;
    }
    linkList = false;
    let terminal = TERMINALS.has(last) || last === ':' || last === ';';
    if (!terminal && CLOSERS.has(last)) {
      // `... he said.”` or `(KCNA)` after a stop
      let k = line.length - 1;
      while (k > 0 && CLOSERS.has(line[k])) k--;
      terminal = TERMINALS.has(line[k]) || line[k] === ',';
      if (!terminal && /[.!?…]["”’']?\s+[([][^()[\]]{1,60}[)\]]$/.test(line)) terminal = true;
    }
    if (!terminal) {
      const counter = HEADLINE_COUNTER.exec(line);
      if (counter && counter.index > 0) {
        const cut = s + counter.index;
        pushSentence(sentences, text, s, cut, 'headline', paragraph);
        pushSentence(sentences, text, cut, e, 'furniture', paragraph);
      } else if (/[.!?…]["”’')]*\s+\S/.test(line) && line.length > 120) {
        // A long paragraph that lost its final stop (a cut page): prose.
        splitProse(text, s, e, paragraph, sentences);
      } else {
        pushSentence(sentences, text, s, e, 'headline', paragraph);
      }
    } else {
      splitProse(text, s, e, paragraph, sentences);
    }
    const before = quotations.length;
    scanQuotes(text, s, e, quotations);
    if (lastOpenQuote >= 0 && quotations.length > before && quotations[before].start === s) quotations[before].continues = lastOpenQuote;
    const lastQ = quotations.length > before ? quotations[quotations.length - 1] : undefined;
    lastOpenQuote = lastQ && !lastQ.closed ? quotations.length - 1 : -1;
  }
  return { sentences, quotations };
}
