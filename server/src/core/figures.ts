// Figures: numbers that state a quantity, with what they count.
//
// Each sentence is cut into word tokens; a figure starts at a number token
// (digits, a spelled-out number, a currency sign, "a dozen", "tens of", a
// fraction), takes what follows it (scale word, range, percent, currency word,
// unit, the counted noun phrase) and is then checked against what is NOT a
// figure: dates, years, times, durations, ages, ordinals, model designations,
// numbers in names, ids, list numbering. Approximators before the number
// ("about", "more than") are reported apart, outside the span.
//
// The word lists are data at the top of the file. Pure, linear, never throws.

import type { Span } from './types';
import type { Segmentation } from './sentences';
import type { Attribution } from './attribution';

export type FigureKind = 'count' | 'money' | 'percent' | 'measure' | 'multiplier' | 'fraction' | 'range';
export const KINDS: readonly FigureKind[] = ['count', 'money', 'percent', 'measure', 'multiplier', 'fraction', 'range'];
export const KIND_CODES = new Map(KINDS.map((k, i) => [k, i]));

export interface Figure extends Span {
  /** The exact text of the span: the number with what it counts. */
  text: string;
  kind: FigureKind;
  /** Index of the sentence (in Segmentation.sentences) that holds the figure. */
  sentence: number;
  /** "about", "more than", ... when the text puts one before the number (outside the span). */
  approximator?: string;
  /** The number's value when it has one (1.6 million → 1600000; "tens of thousands" → 10000, vague). */
  value?: number;
  /** Upper bound of a range ("300 to 800 troops" → 800). */
  high?: number;
  /** True for "dozens of", "tens of thousands of", "several hundred". */
  vague?: boolean;
  /** What the figure counts, normalised: a unit ("%", "USD", "ton") or the counted noun, singular ("tank"). */
  unit?: string;
  /** Where the counted noun is written ("tanks"), when there is one (its text is text.slice(start, end)). */
  counted?: Span;
}

/**
 * A figure as findFigures() makes it. Every analysis of the corpus keeps its
 * figures (110,000 at 10k articles), so one compact shape: every field set in
 * the constructor (absent ones undefined, none added later, so one hidden class
 * and no out-of-object property store), the text read from the article when
 * asked (no string of its own), the counted noun's span as two numbers, the
 * attribution given by the analysis in a field made for it.
 */
export class FoundFigure implements Figure {
  readonly start: number;
  readonly end: number;
  /** The sentence index, the kind and whether vague, as one number: sentence * 16 + kind * 2 + vague. */
  readonly #info: number;
  readonly approximator: string | undefined;
  readonly value: number | undefined;
  readonly high: number | undefined;
  readonly unit: string | undefined;
  /** The counted noun's span (-1 when there is none). */
  readonly #countedStart: number;
  readonly #countedEnd: number;
  /** The text the figure's span is read from. */
  readonly #source: string;
  /** The analysis' judgement (set once, by analyzeDocument). */
  attribution: Attribution | undefined;
  constructor(
    source: string,
    start: number,
    end: number,
    kind: FigureKind,
    sentence: number,
    approximator: string | undefined,
    value: number | undefined,
    high: number | undefined,
    vague: true | undefined,
    unit: string | undefined,
    countedStart: number,
    countedEnd: number,
  ) {
    this.start = start;
    this.end = end;
    // (a sentence index past what the number holds exactly, 2^49, would need a text of that many sentences)
    this.#info = sentence * 16 + KIND_CODES.get(kind)! * 2 + (vague ? 1 : 0);
    this.approximator = approximator;
    // undefined first, so the fields' representation is tagged from the first figure, and whole numbers as
    // small integers: such a number is then kept in the field itself, where a field that only ever held numbers,
    // or a number computed as a double, keeps a boxed copy (a heap number per figure)
    this.value = undefined;
    this.value = value !== undefined && (value | 0) === value ? value | 0 : value;
    this.high = undefined;
    this.high = high !== undefined && (high | 0) === high ? high | 0 : high;
    this.unit = unit;
    this.#countedStart = countedStart;
    this.#countedEnd = countedEnd;
    this.#source = source;
    this.attribution = undefined;
  }
  get kind(): FigureKind {
    return KINDS[(this.#info % 16) >> 1];
  }
  get sentence(): number {
    return Math.floor(this.#info / 16);
  }
  get vague(): true | undefined {
    return this.#info % 2 === 1 ? true : undefined;
  }
  /** As plain data (the fields a figure has; text and counted noun included). */
  toJSON(): Figure & { attribution?: Attribution } {
    const out: Figure & { attribution?: Attribution } = { start: this.start, end: this.end, text: this.text, kind: this.kind, sentence: this.sentence };
    if (this.approximator !== undefined) out.approximator = this.approximator;
    if (this.value !== undefined) out.value = this.value;
    if (this.high !== undefined) out.high = this.high;
    if (this.vague) out.vague = true;
    if (this.unit !== undefined) out.unit = this.unit;
    const counted = this.counted;
    if (counted) out.counted = counted;
    if (this.attribution !== undefined) out.attribution = this.attribution;
    return out;
  }
  /** The exact text of the span (a new string on each read). */
  get text(): string {
    return this.#source.slice(this.start, this.end);
  }
  get counted(): Span | undefined {
    return this.#countedStart < 0 ? undefined : { start: this.#countedStart, end: this.#countedEnd };
  }
}

// ---------------------------------------------------------------------------
// Tokens

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
}

const WORD_CHAR_RE = /[\p{L}\p{N}\p{M}]/u;
const JOINERS = new Set(['-', '‐', '‑', '–', '.', ',', ':', '/', '’', "'", '&']);
/** ASCII classes: 0 other, 1 word, 2 joiner, 3 space. */
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII[c] = /[A-Za-z0-9]/.test(ch) ? 1 : "-.,:/'&".includes(ch) ? 2 : /\s/.test(ch) ? 3 : 0;
}

function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII[c] === 1;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  let known = NON_ASCII_WORD[c];
  if (known === 0) NON_ASCII_WORD[c] = known = WORD_CHAR_RE.test(text[i]) ? 1 : 2;
  return known === 1;
}
/** WORD_CHAR_RE's answer per UTF-16 code, filled as characters are met (0 not yet asked, 1 word, 2 not): curly quotes and dashes are frequent. */
const NON_ASCII_WORD = new Uint8Array(0x10000);

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isJoinerCode(c: number): boolean {
  return c < 128 ? ASCII[c] === 2 : c === 0x2010 || c === 0x2011 || c === 0x2013 || c === 0x2019;
}

function isSpaceCode(c: number): boolean {
  if (c < 128) return ASCII[c] === 3;
  return c === 0xa0 || c === 0x85 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Word and punctuation tokens of text[start, end), with absolute offsets.
 * A word is letters and digits, joined by - . , : / ’ ' & between two word
 * characters ("1,000", "1.6", "thirty-one", "Kim’s", "01/28/2023"); any other
 * visible character is a token of its own.
 */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = Math.max(0, start);
  const n = Math.min(end, text.length);
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    const s = i;
    if (c < 128 ? ASCII[c] === 1 : isWordCode(text, i)) {
      // toLowerCase is only called when a capital or a non-ASCII character may need it
      let cased = c >= 65 && (c <= 90 || c >= 128);
      i++;
      for (;;) {
        while (i < n) {
          const d = text.charCodeAt(i);
          if (d < 128 ? ASCII[d] === 1 : isWordCode(text, i)) {
            if (d >= 65 && (d <= 90 || d >= 128)) cased = true;
            i++;
          } else break;
        }
        // (an en dash joins a range or a compound, not a word to a number: "670 people–5% of its workforce")
        if (i + 1 < n && isJoinerCode(text.charCodeAt(i)) && isWordCode(text, i + 1) && !(text.charCodeAt(i) === 0x2013 && isDigitCode(text.charCodeAt(i - 1)) !== isDigitCode(text.charCodeAt(i + 1)))) {
          const d = text.charCodeAt(i + 1);
          if (d >= 65 && (d <= 90 || d >= 128) || text.charCodeAt(i) >= 128) cased = true;
          i += 2;
          continue;
        }
        break;
      }
      // "10 000 shipping containers": thousands grouped by spaces, as in much of Europe
      if (!cased && i - s <= 3 && isDigitCode(c)) i = spaceGroups(text, s, i, n);
      const t = text.slice(s, i);
      // "WHO" is the World Health Organization, not the pronoun: its lower form stays apart from "who"
      out.push({ start: s, end: i, text: t, lower: cased ? (t === 'WHO' ? t : t.toLowerCase()) : t });
    } else {
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      const t = text.slice(s, i);
      out.push({ start: s, end: i, text: t, lower: t });
    }
  }
  return out;
}

/**
 * The end of a number written with spaces between groups of three digits
 * ("10 000", "1 200 000"), from a first group of one to three digits at
 * text[s, e); `e` when there is no such group or the number follows a month
 * ("March 5 100 people").
 */
function spaceGroups(text: string, s: number, e: number, n: number): number {
  for (let k = s; k < e; k++) {
    const d = text.charCodeAt(k);
    if (d < 48 || d > 57) return e;
  }
  let end = e;
  while (end + 4 <= n && (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 0xa0 || text.charCodeAt(end) === 0x202f || text.charCodeAt(end) === 0x2009) && allDigits(text, end + 1, end + 4) && !(end + 4 < n && isWordCode(text, end + 4))) end += 4;
  if (end === e) {
    end = commaSpaceGroups(text, e, n);
    if (end === e) return e;
    // (not in a list of numbers: "rooms 12, 140, 141" or "5, 300 and 310")
    let p = s - 1;
    while (p >= 0 && isSpaceCode(text.charCodeAt(p))) p--;
    if (p > 0 && text.charCodeAt(p) === 44 && allDigits(text, p - 1, p)) return e;
    if (!/^000$/.test(text.slice(end - 3, end)) && /^(?:,\s*(?:\d|(?:and|or)\s)|\s+(?:and|or|to|&)\s+\d)/.test(text.slice(end, end + 8))) return e;
    // (nor a part and its whole, "Of those 800, 485 were inquests", nor numbers to call, "call the police at 999, 555")
    const lead = text.slice(Math.max(0, s - 48), s);
    if (/\b(?:those|these|of the)\s+$/i.test(lead) || /\b(?:call|calls|calling|dial|dialling|dialing|contact|text|ring)\b[^.;]*$/i.test(lead)) return e;
  }
  // (not a day after its month: "March 5 100 people", "May 5, 300 protesters"; nor a section or an age: "Article 5, 200 ...")
  let b = s - 1;
  while (b >= 0 && isSpaceCode(text.charCodeAt(b))) b--;
  let w = b;
  while (w >= 0 && isWordCode(text, w)) w--;
  const before = text.slice(w + 1, b + 1).toLowerCase().replace(/\.$/, '');
  return b > w && (MONTHS.has(before) || (text.charCodeAt(e) === 44 && NUMBERED_BY.has(before))) ? e : end;
}
/**
 * Thousands written with a space after each comma, "217, 581 acres", "100, 000 refugees" (a slip some
 * papers make): the end of the groups of three digits after text[e], or `e`.
 */
function commaSpaceGroups(text: string, e: number, n: number): number {
  let end = e;
  while (end + 5 <= n && text.charCodeAt(end) === 44 && text.charCodeAt(end + 1) === 32 && allDigits(text, end + 2, end + 5) && !(end + 5 < n && (isWordCode(text, end + 5) || (text.charCodeAt(end + 5) === 46 && end + 6 < n && allDigits(text, end + 6, end + 7))))) end += 5;
  return end;
}
function allDigits(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const d = text.charCodeAt(k);
    if (d < 48 || d > 57) return false;
  }
  return true;
}

/** A small cache of recent sentence tokens, shared by the figure scan and attribution (bounded memory). */
const TOKEN_CACHE_SIZE = 512;
let cacheText: string | undefined;
let tokenCache = new Map<number, { end: number; toks: Token[] }>();

/** Tokens of text[start, end), from the cache when the same sentence was tokenised recently. */
export function sentenceTokens(text: string, start: number, end: number): Token[] {
  if (cacheText !== text) {
    cacheText = text;
    tokenCache = new Map();
  }
  const hit = tokenCache.get(start);
  if (hit && hit.end === end) return hit.toks;
  const toks = tokenize(text, start, end);
  if (tokenCache.size >= TOKEN_CACHE_SIZE) tokenCache.delete(tokenCache.keys().next().value as number);
  tokenCache.set(start, { end, toks });
  return toks;
}

// ---------------------------------------------------------------------------
// Lexicons

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

const UNIT_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TEN_WORDS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALE_WORDS: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, crore: 1e7, lakhs: 1e5, crores: 1e7 };
/** Scale abbreviations after digits: "5 bn", "$1.2bn". */
const SCALE_ABBR: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, million: 1e6, bn: 1e9, bln: 1e9, b: 1e9, billion: 1e9, tn: 1e12, trn: 1e12, trillion: 1e12 };
/** "dozens of", "tens of thousands of". */
const VAGUE_PLURALS: Record<string, number> = { tens: 10, dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12 };
const FRACTIONS: Record<string, number> = {
  half: 1 / 2, halves: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fourth: 1 / 4, fourths: 1 / 4, fifth: 1 / 5, fifths: 1 / 5,
  sixth: 1 / 6, sixths: 1 / 6, seventh: 1 / 7, sevenths: 1 / 7, eighth: 1 / 8, eighths: 1 / 8, ninth: 1 / 9, ninths: 1 / 9, tenth: 1 / 10, tenths: 1 / 10,
};
const FOLD_WORDS: Record<string, number> = { twofold: 2, threefold: 3, fourfold: 4, fivefold: 5, sixfold: 6, sevenfold: 7, eightfold: 8, ninefold: 9, tenfold: 10, twentyfold: 20, hundredfold: 100, thousandfold: 1000 };

const CURRENCY_SIGNS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '₩': 'KRW', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₴': 'UAH', '₪': 'ILS', '₺': 'TRY', '₦': 'NGN', '₱': 'PHP' };
/** Currency abbreviations written before a number in mixed case, matched as written ("Rs 500 crore"; "RS" is no rupee). */
const CURRENCY_ABBREVIATIONS: Record<string, string> = { Rs: 'INR', Re: 'INR', Sh: 'KES', KSh: 'KES', Ksh: 'KES', KShs: 'KES', Kshs: 'KES', Shs: 'UGX', Tk: 'BDT' };
/** Prefixes before "$": US$, HK$, C$, A$. */
const DOLLAR_PREFIXES: Record<string, string> = { us: 'USD', hk: 'HKD', c: 'CAD', a: 'AUD', nz: 'NZD', s: 'SGD', nt: 'TWD', t: 'TWD', r: 'BRL', n: 'NAD' };
const CURRENCY_CODES = words('usd eur gbp krw kpw jpy cny rmb rub uah inr chf cad aud try irr sar aed ils egp kes ngn zar ghs pkr bdt lkr npr idr myr thb vnd mxn brl sgd hkd twd nzd sek nok dkk pln kwd qar omr etb ugx tzs zmw');
const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP', won: 'KRW', yen: 'JPY', yuan: 'CNY',
  renminbi: 'CNY', ruble: 'RUB', rubles: 'RUB', rouble: 'RUB', roubles: 'RUB', hryvnia: 'UAH', hryvnias: 'UAH', hryvnas: 'UAH', hryvnya: 'UAH',
  rupee: 'INR', rupees: 'INR', franc: 'CHF', francs: 'CHF', lira: 'TRY', liras: 'TRY', shekel: 'ILS', shekels: 'ILS', baht: 'THB', peso: 'MXN',
  pesos: 'MXN', reais: 'BRL', real: 'BRL', rand: 'ZAR', riyal: 'SAR', riyals: 'SAR', dirham: 'AED', dirhams: 'AED', rial: 'IRR', rials: 'IRR',
  naira: 'NGN', ringgit: 'MYR', rupiah: 'IDR', dong: 'VND', zloty: 'PLN', zlotys: 'PLN', krona: 'SEK', kronor: 'SEK', krone: 'NOK', kroner: 'NOK',
  shilling: 'KES', shillings: 'KES', leva: 'BGN', lev: 'BGN', lei: 'RON', forint: 'HUF', forints: 'HUF', koruna: 'CZK', korunas: 'CZK', dinars: 'RSD', dinar: 'RSD', tenge: 'KZT',
  usd: 'USD', eur: 'EUR', gbp: 'GBP', krw: 'KRW', rub: 'RUB', uah: 'UAH', cny: 'CNY', jpy: 'JPY',
};
const PERCENT_WORDS = words('% percent per-cent pct percentage');

/** Units of measure (normalised singular in the value). */
const MEASURE_UNITS: Record<string, string> = {
  ton: 'ton', tons: 'ton', tonne: 'ton', tonnes: 'ton', t: 'ton', kiloton: 'kiloton', kilotons: 'kiloton', megaton: 'megaton', megatons: 'megaton',
  kilogram: 'kg', kilograms: 'kg', kg: 'kg', kgs: 'kg', kilo: 'kg', kilos: 'kg', gram: 'g', grams: 'g', lb: 'lb', lbs: 'lb', ounce: 'oz', ounces: 'oz',
  kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km', km: 'km', kms: 'km', mile: 'mile', miles: 'mile', metre: 'm', metres: 'm',
  meter: 'm', meters: 'm', foot: 'ft', feet: 'ft', ft: 'ft', inch: 'inch', inches: 'inch', yard: 'yard', yards: 'yard', centimetre: 'cm', centimetres: 'cm',
  centimeter: 'cm', centimeters: 'cm', cm: 'cm', hectare: 'ha', hectares: 'ha', ha: 'ha', acre: 'acre', acres: 'acre', barrel: 'barrel', barrels: 'barrel',
  kmh: 'kph', bpd: 'bpd', litre: 'l', litres: 'l', liter: 'l', liters: 'l', gallon: 'gallon', gallons: 'gallon', megawatt: 'MW', megawatts: 'MW', mw: 'MW',
  gigawatt: 'GW', gigawatts: 'GW', gw: 'GW', kilowatt: 'kW', kilowatts: 'kW', kw: 'kW', kwh: 'kWh', mwh: 'MWh', gwh: 'GWh', twh: 'TWh',
  degree: 'degree', degrees: 'degree', '°': 'degree', knot: 'knot', knots: 'knot', mph: 'mph', kph: 'kph', 'km/h': 'kph', 'km/hr': 'kph', kmph: 'kph', bcm: 'bcm', 'sq': 'sq', square: 'sq', cubic: 'cubic',
};
/** A temperature glued to its scale, capital only ("45C", "113F"; "5g" and "4f" are not). */
const GLUED_TEMPERATURE = /^(\d{1,3}(?:\.\d+)?)([CF])$/;
/** An amount and the unit it is paid per, after a currency sign: "2,900/quintal", "31.13/kg", "85/litre". */
const PRICE_PER_UNIT = /^(\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)\/(?:kg|kilo|kilogram|quintal|tonne|ton|t|litre|liter|l|ltr|barrel|bbl|bag|unit|share|day|month|year|hour|head|acre|hectare|ha|sqft|mwh|kwh|gram|g|oz|ounce|lb|piece)$/i;
/** Points glued to their number, as market reports print them: "fell 30.47points", "a 25bps cut". */
const GLUED_POINTS = /^(\d{1,3}(?:,\d{3})*(?:\.\d+)?)(points?|pts?|bps|bp)$/i;
/** A percentage with "pc" or "pct" glued, as British, Irish and South Asian papers write it: "9.8pc", "40pct". */
const GLUED_PERCENT = /^(\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?:pc|pct)$/;
/** A percentage with a decimal comma, as South African and European papers write it: "71,4%" (one or two digits after the comma). */
const DECIMAL_COMMA = /^\d{1,3},\d{1,2}$/;
/** Glued units after digits ("10km", "5kg"); "mm" is a calibre, not a figure. */
const GLUED_UNITS = /^(\d[\d,]*(?:\.\d+)?)(km\/h|km|kms|kg|kgs|t|mw|gw|kw|kwh|mwh|gwh|twh|bcm|bpd|mbpd|ha|mph|kph|kmh|ft|lbs?|cm|mi|nm|nmi|kilometres|kilometers)$/i;
/** A count with its noun typed without the space: "280women", "189lives" (a slip some papers make). */
const GLUED_COUNT = /^(\d{1,3}(?:,\d{3})+|\d+)(people|persons|men|women|children|lives|deaths|houses|homes|families)$/;

/** Time units: a number that counts them is a duration, an age or a relative date, not a figure. */
const TIME_UNITS = words(
  'second seconds minute minutes min mins hour hours hr hrs day days night nights week weeks weekend weekends fortnight fortnights month months ' +
    'year years yr yrs decade decades century centuries millennium millennia season seasons term terms semester semesters quarter-century lifetime ' +
    'day-long year-long years-long decades-long month-long week-long hour-long',
);
/** Months in Spanish, for dates written "23 de enero". */
const SPANISH_MONTHS = /^(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)$/;
const MONTHS = words('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec');
/** Words that number what follows them, before a comma that is no thousands separator: "chapter 5, 300 pages". */
const NUMBERED_BY = words('no nos number section sections article articles chapter chapters page pages paragraph clause rule route flight room rooms grade year years vol volume aged ages age level phase stage');
const WEEKDAYS = words('monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun');
const TIME_SUFFIX = words("am pm a.m p.m gmt utc kst jst est edt cst pst bst cet cest eet msk hrs hours o'clock o’clock local h midnight noon");

/** Nouns that count as heads even though they do not end in -s. */
const PLURAL_HEADS = words(
  'people men women children police personnel staff cattle livestock aircraft spacecraft infantry troops militia militias clergy crew ' +
    'equipment ammunition artillery weaponry hardware materiel cavalry fish sheep deer offspring data media feet teeth mice geese ' +
    'families descendants persons kids',
);
/** Plurals that modify another plural: "arms suppliers", "weapons systems", "human rights groups". */
const ATTRIBUTIVE_PLURALS = words(
  'arms weapons goods sales savings sports news customs arts communications telecommunications operations services materials earnings ' +
    'securities futures commodities electronics systems parts jobs rights affairs logistics pensions benefits emissions munitions explosives ' +
    'narcotics drugs refugees migrants veterans prisoners students workers farmers sanctions crimes',
);
/** Singular nouns that "one" may count ("one soldier was killed"). */
/** Groups whose size follows "of": "a family of five", "a crew of six". */
const GROUP_NOUNS = words('family families group groups team teams crew crews household households party delegation squad gang cell unit');
const ONE_NOUNS = words(
  'person soldier civilian child man woman boy girl baby infant journalist reporter worker officer policeman policewoman firefighter ' +
    'missile drone rocket shell tank ship vessel boat aircraft plane jet helicopter submarine satellite warship destroyer frigate ' +
    'death casualty fatality victim hostage prisoner detainee resident patient case infection passenger migrant refugee member employee ' +
    'student teacher doctor nurse building house home school hospital bridge village town city region country nation battalion brigade ' +
    'regiment division platoon company unit vehicle truck train launcher system warhead bomb mine explosion strike attack fighter militant ' +
    'protester demonstrator suspect official minister diplomat lawmaker senator voter survivor count charge',
);
/** Verbs after "one resident", "one official": the phrase names a speaker. */
const ONE_SPEAKER_VERBS = words('said says told recalled added noted explained wrote commented argued described remembered insisted complained asked warned');
/** Nouns after which "of ..." still belongs to the figure ("74,000 tons of explosives", "300 cases of cholera"). */
const CONTAINER_NOUNS = words(
  'rounds pieces units containers crates boxes truckloads trucks trainloads wagons railcars carloads shipments consignments deliveries ' +
    'bags sacks bottles packages parcels items batches loads cases doses vials tablets sets pairs kinds types sorts tranches packages ' +
    'cargoes barrels gallons litres liters hectares acres tons tonnes kilograms kilos pounds lbs kilometres kilometers miles metres meters ' +
    'square cubic worth volumes cartloads tankers',
);

/** Adverbs of place that end a counted phrase when nothing of the phrase follows them. */
const PLACE_ADVERBS = words('overseas downstream upstream offshore onshore nationwide worldwide statewide countrywide');

/** Words that end a counted noun phrase. */
const STOP = words(
  'the a an this that these those its their his her our my your each every any all both no some such ' +
    'of in on at to from by with for into onto over under across through throughout about against between among amongst during since until till before after ' +
    'near off via per toward towards within without amid amidst despite like as than including outside inside beyond along around behind below ' +
    'above up down out back away upon unlike plus minus except versus vs outdoors indoors abroad ' +
    'and or but nor yet so if because while when where whereas although though whether unless once ' +
    'i you he she it we they me him them us who whom whose which what ' +
    'is are was were be been being am has have had having do does did will would shall should can could may might must ' +
    "not n't never also only just even still already then there here too very own same said says say told according ago later earlier " +
    'respectively apiece altogether each alone combined total overall instead again ever now soon today tonight yesterday tomorrow last next',
);
/** Verbs and verb-like words that end a counted noun phrase ("12 died", "45 remain"). */
const VERBISH = words(
  'went came fled fell rose took gave made got saw won lost left ran sent spent sold bought brought built began became grew knew thought found ' +
    'kept met paid put set stood hit struck fought held led wrote drove flew threw shot broke chose spoke stole sank bore tore hid fed bled shook quit ' +
    'show burn remain remains stay stays die dies live need needs want wants include includes arrive arrives return returns face faces lack lacks go goes come comes ' +
    'get gets make makes take takes give gives see sees seem seems appear appears belong belongs exist exists occur occurs happen happens ' +
    'according due',
);
/** Plurals after a year that measure by it: "2005 levels", "2015 prices" (not counts of levels). */
/** Names that open with a number: the number → the word after it ("38 North", "10 Downing Street"). */
const NUMBER_NAMES = new Map([
  ['38', 'North'],
  ['10', 'Downing'],
]);
/** Time zones after a time: "0925 GMT", "11: 12 a.m. KST". */
const TIME_ZONES = new Set('GMT UTC EST EDT CET CEST IST JST KST BST PST PDT MSK EET'.split(' '));
/** Events named by their year: "the 2017 elections". */
const YEAR_EVENTS = words(
  'elections polls midterms primaries protests riots floods earthquakes wildfires fires games olympics talks negotiations hearings sanctions attacks hostilities events celebrations festivities commemorations uprisings reforms ' +
    // the title holders of a year: "an offer from 2016 champions Leicester City"
    'champions winners finalists semifinalists semi-finalists runners-up medallists medalists laureates ' +
    // disasters of a year: "the 2018 and 2019 crashes"
    'crashes disasters shootings bombings massacres droughts famines outbreaks',
);
const YEAR_NOUNS = words(
  'levels prices dollars euros figures terms values rates standards baselines ' +
    // what the year's figures are or aim at: "2023 data shows", "to meet 2030 forest goals", "2025 emissions targets"
    'data statistics stats results findings numbers goals targets estimates projections forecasts ' +
    // a firm's year: "expects 2013 adjusted earnings of $5.80 to $5.90 per share"
    'earnings revenues profits',
);
/** Verbs in -s that end a counted phrase after its singular noun ("pipeline runs", "border stretches"). */
const VERB_S = words('runs stands lies sits stretches extends spans links connects crosses flows passes serves remains holds carries costs weighs measures covers reaches leads begins starts opens meets visits arrives includes comprises consists oversees');
/** Verbs in -s whose subject a number is, never a noun it counts: "The total of 88,115 represents an increase". */
const NUMBER_VERBS = words('represents means equals exceeds surpasses constitutes amounts accounts compares seems appears marks');
/** Simple pasts that are no modifier of a noun after them: "a 3-judge bench heard the appeal" ends at "bench". */
const IRREGULAR_PASTS = words('heard began met took gave saw went came ran won fled fought told said sat stood rose fell grew drew flew threw wrote spoke chose drove struck stole swore shook rode ate');
/** Events that strike, and what they do to a place, in a headline's present tense (see countedPhrase). */
const DISASTER_NOUNS = words('earthquake quake tremor temblor aftershock storm typhoon hurricane cyclone tornado blast explosion eruption landslide flood tsunami wildfire');
const DISASTER_VERBS = words('strikes kills hits rocks jolts shakes leaves claims destroys damages triggers injures flattens ravages sweeps batters lashes slams');
/** Adverbs in -ly that are nouns or adjectives. */
const LY_WORDS = words('family ally supply assembly rally anomaly monopoly italy july reply daily weekly monthly yearly elderly early lily belly jelly bully fly holy ugly only oily');
/** -ing and -ed words that are nouns or adjectives inside a counted noun phrase. */
const ING_ED_NOUNS = words(
  'buildings building dwellings dwelling bombings bombing killings killing shootings shooting meetings meeting sightings sighting earnings ' +
    'savings holdings housing funding spending fighting landing landings crossings crossing warnings warning hearings hearing findings ' +
    'armed unarmed unmanned manned wounded injured displaced detained missing dead killed abducted kidnapped enlisted conscripted mobilized ' +
    'mobilised trained armoured armored guided advanced skilled registered confirmed suspected reported licensed deceased',
);
/** Participles not in -ed, which modify a noun only before one: "eight tonnes of the drug hidden in bananas", "200 stolen cars". */
const EN_PARTICIPLES = words('hidden stolen taken given driven written seen shown known frozen broken chosen beaten forgotten spoken thrown grown drawn flown blown shaken ridden sworn torn worn sold held built bought caught brought sent spent kept left lost found made paid');

/** Adjectives that count people when they follow a number alone: "67 missing", "12 dead". */
const CASUALTY_ADJECTIVES = words('dead missing wounded injured displaced homeless unaccounted deceased');
/**
 * A casualty verb at `k`, after the auxiliary of a passive if any: what a
 * number just before it counts is people ("Two killed", "three were injured",
 * "one died").
 */
function casualtyVerbAt(toks: Token[], k: number): boolean {
  if (toks[k] && /^(?:were|was|are|is|have|has|had)$/.test(toks[k].lower)) k += toks[k + 1]?.lower === 'been' ? 2 : 1;
  if (!toks[k]) return false;
  // (or pronounced dead: "Two were pronounced dead at the scene")
  if (/^(?:pronounced|found|confirmed)$/.test(toks[k].lower) && toks[k + 1]?.lower === 'dead') return true;
  return /^(?:killed|injured|wounded|hurt|died|drowned|dead|missing)$/.test(toks[k].lower);
}
/** Verbs whose object is people hurt: "killing six", "wounded three". */
const CASUALTY_VERBS = words('killing killed kills kill injuring injured injures injure wounding wounded wounds wound');
/** Years of school before their number: "grade 12 learners", "year one students". */
const SCHOOL_YEARS = words('grade grades year years form standard std class');
/** Who is in a year of school. */
const LEARNERS = words('learners learner pupils pupil students student candidates candidate children kids graduates leavers classes');
/** Is the school word at k a span of time ("In a year 12 students left", "within two years")? "grade" never is. */
function timeBeforeClass(toks: Token[], k: number): boolean {
  const w = toks[k].lower;
  const before = toks[k - 1];
  if (w === 'grade' || w === 'grades') return false;
  return !!before && (/^(?:a|an|the|per|each|every|last|this|next|that|one|within|over|for|in|after|before|same|whole|entire)$/.test(before.lower) || /^\d/.test(before.text) || UNIT_WORDS_.get(before.lower) !== undefined);
}
/** A noun of learners at k, or after one or two modifiers ("12 learners", "9 maths pupils"). */
function learnersAfter(toks: Token[], k: number): boolean {
  for (let q = k; q < k + 3 && toks[q] && isWordToken(toks[q]); q++) if (LEARNERS.has(toks[q].lower)) return true;
  return false;
}
/** Directions, which end a counted phrase after its noun ("a 35-mile drive northwest of Honolulu"). */
const COMPASS_WORDS = words('north south east west northeast northwest southeast southwest north-east north-west south-east south-west northward southward eastward westward');
/** Before a number, these make it a designation: "page 4", "phase 2", "No. 1". */
const DESIGNATORS = words(
  'page pages chapter article articles paragraph section clause item line room flight route highway interstate freeway motorway road exit version update episode season phase stage ' +
    'level grade tier category class size gate platform channel box lot block no nos number unit apartment floor row seat lane pier berth ' +
    'terminal track verse psalm resolution bill act rule slide figure fig table appendix annex point step question vol volume issue edition part ' +
    'district precinct ward zone sector division heading code id tel phone fax ext extension model type mark mk series day lap ' +
    // a ship by its hull number: "Chinese Coast Guard vessel 5204"; a launch pad: "lifted off from pad 40"
    'vessel hull pad ' +
    // a round of a league or a contest: "in round 11 of the Premiership"
    'round ' +
    // a virus's kind: "dengue serotype 3", "serotypes 1 and 2"
    'serotype serotypes genotype genotypes subtype subtypes',
);
/** Words of an event's name: "the 2016 Presidential Election", "the 2018 Commonwealth Games". */
const NAMED_EVENTS = /^(?:elections?|polls?|census|budget|summit|games|olympics|olympiad|championships?|cup|tournament|festival)$/;
/** What a player's number names: "the number 14 shirt". */
const KIT_WORDS = words('shirt shirts jersey jerseys kit');
/** Designators that name a rank or a part even before a noun: "a category 3 storm", "phase 2 talks". */
const STRONG_DESIGNATORS = words('category phase level stage grade tier class type model series mark version chapter article section clause paragraph');
/** Capitalised words that may stand before a number without making it a name (sentence starts, approximators). */
const APPROXIMATORS: string[][] = [
  'more than', 'less than', 'fewer than', 'greater than', 'up to', 'at least', 'at most', 'as many as', 'as much as', 'as few as', 'as little as',
  'as high as', 'as low as', 'close to', 'just over', 'just under', 'well over', 'well above', 'well under', 'just above', 'just below',
  'a little over', 'a little more than', 'slightly more than', 'slightly over', 'upwards of', 'in excess of', 'an estimated', 'the estimated',
  'a further', 'an additional', 'an extra', 'a total of', 'a record', 'another', 'nearly', 'almost', 'about', 'around', 'approximately', 'roughly',
  'some', 'over', 'under', 'only', 'just', 'estimated', 'approx', 'approx.', 'circa', 'between', 'barely', 'exactly', 'precisely', 'below', 'above',
  'maybe', 'perhaps', 'possibly', 'potentially', 'reportedly', 'allegedly', 'additional', 'further', 'another',
]
  .map((p) => p.split(' '))
  .sort((a, b) => b.length - a.length);
const APPROX_FIRST = new Set(APPROXIMATORS.map((p) => p[0]));
/** Approximators that are part of a fraction's span ("more than half"). */
const FRACTION_APPROX = APPROXIMATORS.filter((p) => p[p.length - 1] !== 'between');
/** The phrases of each approximator list by their last word, in list order. */
const APPROX_BY_LAST_WORD = new Map<string[][], Map<string, string[][]>>();
for (const list of [APPROXIMATORS, FRACTION_APPROX]) {
  const byLast = new Map<string, string[][]>();
  for (const p of list) {
    const last = p[p.length - 1];
    const same = byLast.get(last);
    if (same) same.push(p);
    else byLast.set(last, [p]);
  }
  APPROX_BY_LAST_WORD.set(list, byLast);
}


/**
 * The word tables above as Maps that know only their own words: a keyed load
 * of a freshly sliced token string from an object is a slow path in V8 (these
 * lookups run for every token that may start a figure), and an object would
 * also answer for the names it inherits ("constructor", "toString"), which
 * are words of real text too.
 */
class WordTable<T> {
  private readonly map = new Map<string, unknown>();
  constructor(table: Record<string, T>) {
    for (const k of Object.keys(table)) this.map.set(k, table[k]);
  }
  get(key: string): T {
    return this.map.get(key) as T;
  }
  has(key: string): boolean {
    return this.map.has(key);
  }
}
const CURRENCY_SIGNS_ = new WordTable(CURRENCY_SIGNS);
const DOLLAR_PREFIXES_ = new WordTable(DOLLAR_PREFIXES);
const SCALE_WORDS_ = new WordTable(SCALE_WORDS);
const SCALE_ABBR_ = new WordTable(SCALE_ABBR);
const CURRENCY_WORDS_ = new WordTable(CURRENCY_WORDS);
const MEASURE_UNITS_ = new WordTable(MEASURE_UNITS);
const UNIT_WORDS_ = new WordTable(UNIT_WORDS);
const TEN_WORDS_ = new WordTable(TEN_WORDS);
const VAGUE_PLURALS_ = new WordTable(VAGUE_PLURALS);
const FRACTIONS_ = new WordTable(FRACTIONS);
const FOLD_WORDS_ = new WordTable(FOLD_WORDS);

// ---------------------------------------------------------------------------
// Token classes

// (also grouped as South Asia writes lakhs and crores, "8,86,585", and with full stops between two or more
// groups of three, as much of Europe writes "1.119.889"; one such group, "426.804", is read as a decimal)
const DIGITS_RE = /^(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d\d)+,\d{3}|\d{1,3}(?:\.\d{3}){2,}|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+|\d{1,3}(?:, \d{3})+|\d+)(?:\.\d+)?$/;
/** Full stops between groups of three digits: "1.119.889". */
const DOTTED_THOUSANDS = /^\d{1,3}(?:\.\d{3}){2,}$/;
const DIGIT_RANGE_RE = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)[-–‐‑](\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)$/;
const GLUED_SCALE_RE = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(k|m|mn|mln|bn|bln|b|tn|trn|million|billion|trillion)$/i;
const DIGIT_COMPOUND_RE = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3},\d{1,2}(?=[-–‐‑](?:million|billion|trillion)$)|\d+(?:\.\d+)?)[-–‐‑]([\p{L}][\p{L}\-–]*)$/u;
const ORDINAL_RE = /^\d+(?:st|nd|rd|th)$/i;
const WORD_COMPOUND_RE = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-–‐‑](one|two|three|four|five|six|seven|eight|nine)$/i;
/** A spelled number joined to a unit of length, weight or area, as "3-metre" is a measure: "three-metre storm surges", "a ten-tonne truck". */
const SPELLED_MEASURE_RE = /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)[-–‐‑](metre|meter|kilometre|kilometer|km|mile|foot|inch|tonne|ton|kilogram|kg|litre|liter|acre|hectare|centimetre|centimeter|yard)$/i;
/** A spelled number joined to what it counts, as "50-member" is a count: "a seven-member panel", "a thousand-strong crowd". */
const SPELLED_COUNT_RE = /^(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)[-–‐‑](member|strong|person|man|woman|nation|judge)$/i;
const SCALED_COMPOUND_RE = /^([a-z]+)[-–‐‑](hundred|thousand|million|billion)$/;
const POINT_DECIMAL_RE = /^([a-z]+)[-–‐‑]point[-–‐‑]([a-z]+)$/;
/** Moves of rates in fractions of a point: "a quarter-point hike", "a half point". */
const POINT_MOVE_RE = /^(half|quarter|three-quarter)[-–‐‑](?:percentage[-–‐‑])?point$/i;
const POINT_MOVE = words('half quarter');
const WORD_FRACTION_RE = /^(one|two|three|four|five|six|seven|eight|nine|a)[-–‐‑](half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)$/i;
const WORD_FOLD_RE = /^([\p{L}]+|\d+(?:\.\d+)?)[-–‐‑]fold$/u;

function isWordToken(t: Token | undefined): boolean {
  return !!t && isWordCode(t.text, 0);
}
function isCap(t: Token): boolean {
  // (ASCII from the code: only A-Z change when lower-cased and not when upper-cased)
  const code = t.text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = t.text[0];
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
function isDigitToken(t: Token | undefined): boolean {
  return !!t && DIGITS_RE.test(t.text);
}
function hasLetterAndDigit(s: string): boolean {
  return /\d/.test(s) && /\p{L}/u.test(s);
}
function isPossessive(t: Token): boolean {
  return /['’]s$/i.test(t.text) || /s['’]$/i.test(t.text);
}
function numValue(s: string): number {
  if (DOTTED_THOUSANDS.test(s)) return parseFloat(s.replace(/\./g, ''));
  return parseFloat(s.includes(',') || /\s/.test(s) ? s.replace(/[,\s]/g, '') : s);
}
/** Singular nouns in -s that modify a counted noun: "112,163 measles cases". */
const NOT_PLURAL_S = words('measles mumps rabies diabetes herpes scabies rickets shingles gas news lens atlas canvas bias alias chaos overseas');
/** "top" before the number names a chart or a ranking: after an article, a possessive or an ordinal, or capitalised mid-sentence; not when what it ranks follows. */
function rankingTop(toks: Token[], i: number): boolean {
  const top = toks[i - 1];
  const before = toks[i - 2];
  const named = top.text === 'Top' ? !!before && before.text !== '.' : !!before && (/^(?:the|a|an|his|her|its|their|our|another|in|into|of|from|outside|within)$/.test(before.lower) || ORDINAL_RE.test(before.text) || /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|new|first-ever)$/.test(before.lower) || /['’]s$/.test(before.text));
  if (!named) return false;
  // "the top 10 exporters", "the top 10 highest-grossing films", "the top 10 of all states" count what they rank
  if (toks[i + 1]?.lower === 'of') return false;
  // (not a plural after a preposition: "dominated the top 10 in the rankings")
  for (let k = i + 1; k <= i + 4 && k < toks.length && isWordToken(toks[k]) && !/^\d/.test(toks[k].text) && !/^(?:in|on|at|for|by|with|from|across|among|this|last|after|before)$/.test(toks[k].lower); k++) if (isPluralNoun(toks[k].lower)) return false;
  return true;
}

/**
 * "Bannu (6,086), ... Kohat (890)": a bare number in brackets after a name is
 * a count when it or another such number in the sentence has thousands
 * separators (an age or a list number never has).
 */
function listedCount(toks: Token[], i: number): boolean {
  const afterName = (k: number) => toks[k - 1]?.text === '(' && toks[k + 1]?.text === ')' && !!toks[k - 2] && isWordToken(toks[k - 2]) && isCap(toks[k - 2]);
  // (or the count of a percentage before it: "12% (631,785) being non-Irish citizens")
  if (toks[i - 1]?.text === '(' && toks[i + 1]?.text === ')' && /^\d{1,3}(?:,\d{3})+$/.test(toks[i].text) && (toks[i - 2]?.text === '%' || /^(?:percent|cent)$/.test(toks[i - 2]?.lower ?? ''))) return true;
  // (or of the plural noun before it, grouped in thousands: "the top destination for returnees (81,402)")
  if (toks[i - 1]?.text === '(' && toks[i + 1]?.text === ')' && /^\d{1,3}(?:,\d{3})+$/.test(toks[i].text) && !!toks[i - 2] && isWordToken(toks[i - 2]) && !isCap(toks[i - 2]) && /s$/.test(toks[i - 2].lower) && isPluralNoun(toks[i - 2].lower)) return true;
  if (!afterName(i)) return false;
  const grouped = (k: number) => /^\d{1,3}(?:,\d{3})+$/.test(toks[k].text) && afterName(k);
  if (grouped(i)) return true;
  for (let k = Math.max(0, i - 80); k < Math.min(toks.length, i + 80); k++) if (k !== i && grouped(k)) return true;
  return false;
}

/** The exchange rate a wire story gives in brackets, for the reader's conversion: "($1 = 0.7747 pounds)", "(1 euro = $1.0843)". */
const EXCHANGE_RATE_RE = /\(\s*(?:[A-Z]{0,3}\$\s*1|[€£¥₹]\s*1|1\s+\p{L}+(?:\s\p{L}+)?)\s*=\s*[^()=\n]{1,40}\)/uy;
function exchangeRateAt(text: string, at: number): boolean {
  // (a bounded look back: lastIndexOf over a long text without brackets cost a scan per number)
  let open = -1;
  for (let k = at - 1; k >= 0 && at - k <= 24; k--) {
    if (text.charCodeAt(k) === 40 /* ( */) {
      open = k;
      break;
    }
  }
  if (open < 0) return false;
  EXCHANGE_RATE_RE.lastIndex = open;
  const m = EXCHANGE_RATE_RE.exec(text);
  return !!m && open + m[0].length > at;
}

/** Is the offset inside a web address (the run of non-space characters around it holds "://" or starts "www.")? */
function inUrl(text: string, at: number): boolean {
  let a = at;
  while (a > 0 && at - a < 400 && !isSpaceCode(text.charCodeAt(a - 1))) a--;
  let b = at;
  while (b < text.length && b - at < 400 && !isSpaceCode(text.charCodeAt(b))) b++;
  // (a run shorter than "http://x" is a plain number: no copy of it is made)
  if (b - a < 8) return false;
  const chunk = text.slice(a, b);
  return chunk.includes('://') || /^\(?www\./i.test(chunk);
}

/** What a spelled number can number ("day three", "phase two"): a count never follows these directly. */
const SPELLED_DESIGNATORS = words('day week phase stage level grade tier category class game round season episode chapter part section article volume match leg heat act number');

/** "levels 2, 3 and 4": digits joined by commas and "and"/"or" after a plural designator. */
function designatorList(toks: Token[], i: number): boolean {
  let k = i;
  while (k >= 2 && /^(?:,|and|or|&)$/.test(toks[k - 1].lower) && /^\d{1,2}$/.test(toks[k - 2].text)) k -= 2;
  const before = toks[k - 1];
  // (or after "No.": "Camp No. 9 and 10")
  const numbered = k < i && !!before && ((before.text === '.' && /^(?:no|nos)$/.test(toks[k - 2]?.lower ?? '')) || /^(?:nos|№)$/.test(before.lower));
  if (!before || (!numbered && !/^(?:levels|stages|phases|tiers|grades|categories|classes|chapters|sections|articles|paragraphs|pages|zones|platforms|gates|terminals|serotypes|genotypes|subtypes)$/.test(before.lower))) return false;
  // the list ends at the last number: "phases 1 and 2 of the plan"; not "levels 2 and 3 million" (a scale after)
  let e = i;
  while (/^(?:,|and|or|&)$/.test(toks[e + 1]?.lower ?? '') && /^\d{1,2}$/.test(toks[e + 2]?.text ?? '')) e += 2;
  return /^\d{1,2}$/.test(toks[i].text) && !(toks[e + 1] && SCALE_WORDS_.get(toks[e + 1].lower) !== undefined);
}

/**
 * Distances raced, as events: "the 400 metres", "the 100m", "the 10,000m" (after "the", not "of"), or before what a
 * race gives or is ("Olympic 100 metres champion", "his five 100 metres competitions").
 */
const RACE_DISTANCES = new Set(['60', '100', '110', '200', '400', '800', '1500', '1,500', '3000', '3,000', '5000', '5,000', '10,000', '10000']);
function raceDistance(toks: Token[], i: number): boolean {
  const t = toks[i];
  // (most numbers are no race: only one of the distances, or one glued to "m", goes on to the regular expression)
  const glued = t.text.charCodeAt(t.text.length - 1) === 109 /* m */ ? /^(\d[\d,]*)m$/.exec(t.text) : null;
  if (!glued && !RACE_DISTANCES.has(t.text)) return false;
  const unit = glued ? i : i + 1;
  if (!(glued ? RACE_DISTANCES.has(glued[1]) : RACE_DISTANCES.has(t.text) && !!toks[unit] && /^(?:metres|meters|m)$/.test(toks[unit].lower))) return false;
  const after = toks[unit + 1];
  if (after && /^(?:champion|champions|title|titles|final|finals|race|races|record|gold|silver|bronze|competitions?|heats?|hurdles|event|events|sprint|winner|medal|medallist|medalist|freestyle|butterfly|backstroke|breaststroke|individual)$/.test(after.lower)) return true;
  if (toks[i - 1]?.lower !== 'the') return false;
  return !after || !/^(?:of|from|away|long|high|deep|wide|stretch|radius|zone|above|below)$/.test(after.lower);
}

function isPluralNoun(lw: string): boolean {
  if (PLURAL_HEADS.has(lw)) return true;
  if (lw.length < 3 || !lw.endsWith('s') || NOT_PLURAL_S.has(lw)) return false;
  return !/(?:ss|us|is|ous|ics)$/.test(lw) || /(?:buses|viruses|campuses|bonuses|statuses|crises|analyses|bases)$/.test(lw);
}
/** Singular, lower-case form of a counted noun: "tanks" → "tank", "casualties" → "casualty". */
export function singular(word: string): string {
  let known = SINGULARS.get(word);
  if (known === undefined) {
    known = singularOf(word);
    if (SINGULARS.size < MAX_SINGULARS) SINGULARS.set(ownCopy(word), (known = ownCopy(known)));
  }
  return known;
}
/**
 * A copy of s that shares no memory with the text it was cut from: a string
 * sliced from an article keeps the whole article alive, and the tables that
 * outlive articles (singulars, units) must not.
 */
function ownCopy(s: string): string {
  return (' ' + s).slice(1);
}
const IRREGULAR_SINGULARS = new Map(Object.entries({ people: 'person', men: 'man', women: 'woman', children: 'child', feet: 'foot', teeth: 'tooth', mice: 'mouse', geese: 'goose', persons: 'person', troops: 'troop', families: 'family', kids: 'kid' }));
/** singular() answers by word as written, remembered (bounded): the same nouns come back in every article. */
const SINGULARS = new Map<string, string>();
const MAX_SINGULARS = 20_000;
function singularOf(word: string): string {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (PLURAL_HEADS.has(w)) {
    return IRREGULAR_SINGULARS.get(w) ?? w;
  }
  if (/ies$/.test(w) && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(?:ches|shes|sses|xes|zes)$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w) && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** A word that states a number: "five", "twenty-one", "hundreds", "million", "half" (for the attribution's "from half a million volunteers"). */
export function isNumberWord(lw: string): boolean {
  return wordNumber(lw) !== undefined || SCALE_WORDS_.get(lw) !== undefined || VAGUE_PLURALS_.get(lw) !== undefined || FRACTIONS_.get(lw) !== undefined || lw === 'dozen';
}

function wordNumber(lw: string): number | undefined {
  if (UNIT_WORDS_.has(lw)) return UNIT_WORDS_.get(lw);
  if (TEN_WORDS_.has(lw)) return TEN_WORDS_.get(lw);
  const m = WORD_COMPOUND_RE.exec(lw);
  if (m) return TEN_WORDS_.get(m[1].toLowerCase()) + UNIT_WORDS_.get(m[2].toLowerCase());
  // "three-point-six percent" (numbers read out: radio copy)
  const pd = POINT_DECIMAL_RE.exec(lw);
  if (pd) {
    const whole = UNIT_WORDS_.get(pd[1]) ?? TEN_WORDS_.get(pd[1]);
    const tenth = UNIT_WORDS_.get(pd[2]);
    if (whole !== undefined && tenth !== undefined && tenth < 10) return whole + tenth / 10;
  }
  // "one-thousand containers", "two-hundred troops"
  const sc = SCALED_COMPOUND_RE.exec(lw);
  if (sc) {
    const n = UNIT_WORDS_.get(sc[1]) ?? TEN_WORDS_.get(sc[1]);
    if (n !== undefined) return n * (sc[2] === 'hundred' ? 100 : SCALE_WORDS_.get(sc[2]));
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// The scan of one sentence

interface Ctx {
  text: string;
  toks: Token[];
  sentence: number;
  /** Headline in Title Case: capitals do not mark names. */
  titleCase: boolean;
  /** The sentence starts its paragraph (list numbering is possible). */
  paragraphStart: boolean;
}

interface Found {
  first: number; // token index of the span start
  last: number; // token index of the span end (inclusive)
  kind: FigureKind;
  value?: number;
  high?: number;
  vague?: boolean;
  unit?: string;
  head?: number; // token index of the counted noun
  approxInSpan?: boolean;
}

/** Tokens that cannot be part of the noun phrase that a number counts. */
function endsPhrase(t: Token | undefined): boolean {
  if (!t || !isWordToken(t)) return true;
  // (a negated verb too: "the 75,784 crowd didn’t reach")
  // ("14 kilograms of cocaine worth $6 million": what it is worth is another figure)
  return STOP.has(t.lower) || MONTHS.has(t.lower) || WEEKDAYS.has(t.lower) || VERBISH.has(t.lower) || /n['’]t$/.test(t.lower) || t.lower === 'worth';
}

function nounish(t: Token | undefined): boolean {
  if (!t || endsPhrase(t)) return false;
  if (DIGITS_RE.test(t.text)) return false;
  const lw = t.lower;
  if (isCap(t) || hasLetterAndDigit(t.text)) return true;
  if (lw.endsWith('ly') && !LY_WORDS.has(lw)) return false;
  return true;
}

/**
 * The counted noun phrase from token k: modifiers and a head. Stops after the
 * first plural head. Returns the last token index of the phrase (k-1 when none)
 * and the head.
 */
/** A calibre at token j: a number, "mm" or "millimeter(s)", then a noun ("152 mm artillery shells"). */
function caliberAt(toks: Token[], j: number): boolean {
  const u = toks[j + 1];
  if (!u || !/^(?:mm|millimet(?:er|re)s?)$/.test(u.lower) || !DIGITS_RE.test(toks[j].text) || numValue(toks[j].text) > 300) return false;
  // (or the first of two: "155 mm and 105 mm artillery ammunition")
  const n = toks[j + 2];
  if (n && (n.lower === 'and' || n.lower === 'or') && toks[j + 3] && DIGITS_RE.test(toks[j + 3].text) && caliberAt(toks, j + 3)) return true;
  return nounish(n) && !/^\d/.test(n?.text ?? '');
}

/** Guns and rounds named by a calibre (with an "artillery", "naval" or "mortar" before): "5-inch guns", "4.8-inch artillery shells". */
const CALIBRE_NOUNS = /^(?:shells?|rounds?|guns?|howitzers?|cannons?|mortars?|projectiles?|ammunition|munitions?|rockets?|bullets?|cartridges?|barrels?)$/;
function calibreNoun(toks: Token[], k: number): boolean {
  let t = toks[k];
  if (t && /^(?:artillery|naval|mortar|tank|field|anti-aircraft|high-explosive)$/.test(t.lower)) t = toks[k + 1];
  return !!t && CALIBRE_NOUNS.test(t.lower);
}

/** The words before token j spell the acronym: "foreign direct product" before "(FDP)". */
function spelledBefore(toks: Token[], j: number, acronym: string): boolean {
  const n = acronym.length;
  if (j - n < 0) return false;
  for (let q = 0; q < n; q++) {
    const w = toks[j - n + q];
    if (!isWordToken(w) || w.lower[0] !== acronym[q].toLowerCase()) return false;
  }
  return true;
}

function countedPhrase(toks: Token[], k: number, allowSingular: boolean): { last: number; head: number } {
  let j = k;
  let last = k - 1;
  let head = -1;
  let taken = 0;
  while (j < toks.length && taken < 7) {
    const t = toks[j];
    // a place adverb that ends the phrase, not one before a noun: "a further 1.65bn downstream", "40 stores nationwide and"
    // ("offshore wind farms", "overseas students" go on)
    if (PLACE_ADVERBS.has(t.lower) && endsPhrase(toks[j + 1])) break;
    // a name's acronym in parentheses before the noun: "three People's Liberation Army (PLA) aircraft"
    // (or lower-case words the acronym spells: "two new foreign direct product (FDP) rules")
    if (t.text === '(' && j > k && last === j - 1 && /^\p{Lu}{2,6}$/u.test(toks[j + 1]?.text ?? '') && (isCap(toks[j - 1]) || spelledBefore(toks, j, toks[j + 1].text)) && toks[j + 2]?.text === ')' && toks[j + 3] && !isCap(toks[j + 3]) && nounish(toks[j + 3])) {
      j += 3;
      continue;
    }
    // the full stop of "U.S." inside the phrase: "40 U.S. troops"; a capital after it in the same sentence goes on
    // with the phrase: "two U.S. F-22 Raptors", "four U.S. Navy ships"
    if (t.text === '.' && j > k && last === j - 1 && toks[j - 1].end === t.start && /^(?:\p{Lu}\.)+\p{Lu}$/u.test(toks[j - 1].text) && toks[j + 1] && isWordToken(toks[j + 1]) && (isCap(toks[j + 1]) || nounish(toks[j + 1]))) {
      j++;
      continue;
    }
    // "N." and "S." for North and South before a nation's adjective: "9 N. Korean defectors", "40 S. Korean troops"
    if (t.text === '.' && j > k && last === j - 1 && toks[j - 1].end === t.start && /^[NSEW]$/.test(toks[j - 1].text) && toks[j + 1] && /^(?:Korean|Koreans|Sudanese|African|Africans|Vietnamese|Ossetian)$/.test(toks[j + 1].text)) {
      j++;
      continue;
    }
    // two nations' modifiers joined by "and" before one noun: "130 South Korean and U.S. aircraft", "20 U.S. and South Korean fighters"
    if (j > k && last === j - 1 && nationModifier(toks[j - 1])) {
      const and = t.text === '.' && toks[j - 1].end === t.start ? j + 1 : j;
      const q = nationsHead(toks, and);
      if (q > 0) {
        last = head = q;
        break;
      }
    }
    // a suspended hyphen: "121 low- and middle-income countries"
    if ((t.text === '-' || t.text === '\u2010') && j > k && last === j - 1 && toks[j - 1].end === t.start && isWordToken(toks[j - 1]) && !isCap(toks[j - 1]) && toks[j + 1] && (toks[j + 1].lower === 'and' || toks[j + 1].lower === 'or') && toks[j + 1].start > t.end && headAfterAnd(toks, j + 1) > 0) {
      last = j++;
      continue;
    }
    if (!isWordToken(t)) break;
    const lw = t.lower;
    // an adverb of time: "rose to 180 late today", "early on Monday"
    if ((lw === 'late' || lw === 'early') && toks[j + 1] && (/^(?:today|tonight|yesterday|tomorrow|on|in|last|this|next)$/.test(toks[j + 1].lower) || WEEKDAYS.has(toks[j + 1].lower))) break;
    // a model's number after the count: "75 737 MAX 8s", "14 777 freighters"
    if (j === k && countToken(toks[k - 1]) && modelNumberAt(toks, j)) {
      last = j++;
      continue;
    }
    if (DIGITS_RE.test(t.text)) {
      // a calibre: "6 million 152 mm artillery shells"
      if (caliberAt(toks, j)) {
        last = j + 1;
        j += 2;
        taken++;
        continue;
      }
      // "Leopard 2" inside "14 Leopard 2 A6 tanks"
      if (j > k && isCap(toks[j - 1]) && !endsPhrase(toks[j - 1]) && (hasLetterAndDigit(toks[j + 1]?.text ?? '') || nounish(toks[j + 1]))) {
        last = j++;
        continue;
      }
      // and a list of them: "12 Shahed 191 and 129 drones"
      const o = toks[j + 1];
      const d = toks[j + 2];
      if (j > k && isCap(toks[j - 1]) && !endsPhrase(toks[j - 1]) && o && (o.lower === 'and' || o.lower === 'or') && d && /^\d+$/.test(d.text) && /^\d+$/.test(t.text) && d.text.length === t.text.length && nounish(toks[j + 3])) {
        last = j + 2;
        j += 3;
        continue;
      }
      break;
    }
    if (hasLetterAndDigit(t.text)) {
      if (ORDINAL_RE.test(t.text)) break;
      last = j++;
      taken++;
      continue;
    }
    if (lw === 'more' || lw === 'other' || lw === 'new' || lw === 'additional' || lw === 'extra' || lw === 'fewer' || lw === 'such') {
      // ("five additional 777 freighters")
      if (j === k && countToken(toks[k - 1]) && modelNumberAt(toks, j + 1)) {
        last = j + 1;
        j += 2;
        continue;
      }
      if (nounish(toks[j + 1])) {
        j++;
        continue;
      }
      break;
    }
    // modifiers joined by "and"/"or" before one plural noun: "300 armored and unarmored vehicles",
    // "6,000 North Korean engineering and military construction personnel" (not "300 tanks and 40 jets")
    if ((lw === 'and' || lw === 'or') && j > k && last === j - 1 && !isPluralNoun(toks[j - 1].lower) && !isCap(toks[j - 1])) {
      const q = headAfterAnd(toks, j);
      if (q > 0) {
        last = head = q;
        break;
      }
    }
    // two names of a kind joined by "and"/"or" before one plural: "two Iskander-M or KN-23 ballistic missiles", "12 Kalibr and Kh-101 cruise missiles"
    if ((lw === 'and' || lw === 'or') && j > k && last === j - 1 && isCap(toks[j - 1]) && !isPossessive(toks[j - 1]) && !isPluralNoun(toks[j - 1].lower)) {
      const q = capsThenPlural(toks, j + 1);
      if (q > 0) {
        last = head = q;
        break;
      }
    }
    // a direction after the noun: "a 35-mile drive northwest of Honolulu", "two miles south"
    if (j > k && !isCap(t) && COMPASS_WORDS.has(lw) && (!toks[j + 1] || toks[j + 1].lower === 'of' || !nounish(toks[j + 1]))) break;
    // a side's fixtures: "three successive away games", "two away wins" ("away" ends a phrase elsewhere: "five miles away")
    if (lw === 'away' && toks[j + 1] && isWordToken(toks[j + 1]) && !isCap(toks[j + 1]) && isPluralNoun(toks[j + 1].lower) && !endsPhrase(toks[j + 1])) {
      j++;
      continue;
    }
    if (endsPhrase(t)) break;
    // the subject of a relative clause after the noun: "the 16 HIMARS Ukraine has received"
    // (a name in Title Case after a noun that is no name's: "HIMARS", "F-16s", "tanks"; not "Security Council", "strike UAVs")
    const pn = toks[j - 1];
    // (not a people in the plural after an adjective, which is the head: "thousands of vulnerable Syrians will")
    if (isCap(t) && /^\p{Lu}\p{Ll}/u.test(t.text) && j > k && last === j - 1 && (head === j - 1 || hasLetterAndDigit(pn.text)) && !(isCap(pn) && /^\p{Lu}\p{Ll}/u.test(pn.text)) && toks[j + 1] && /^(?:has|have|had|is|was|were|will|would|says|said|received|sent|bought|ordered|promised|pledged|delivered|got)$/.test(toks[j + 1].lower) && !(/s$/.test(t.lower) && isPluralNoun(t.lower) && !isPluralNoun(pn.lower))) break;
    // a time after the noun in a Title Case headline: "Shoot Down 14 Russian Drones Overnight", "... 40 Tanks Monday"
    if (isCap(t) && j > k && (WEEKDAYS.has(lw) || /^(?:overnight|today|yesterday|tonight|tomorrow)$/.test(lw))) break;
    // a label of the next number, in a list: "Iraq: 12,100 Sudan: 6,040 Eritrea: 2,930"
    if (isCap(t) && toks[j + 1]?.text === ':' && toks[j + 2] && /^\d/.test(toks[j + 2].text)) break;
    // (a name after a person's noun in lower case is someone else's: "Norwegian 400-metre hurdler Karsten Warholm"; not
    // "two captured North Korean soldiers")
    if (isCap(t) && j > k && last === j - 1 && isWordToken(toks[j - 1]) && !isCap(toks[j - 1]) && !hasLetterAndDigit(toks[j - 1].text) && /(?:er|or|ist|ian|ant|ent)$/.test(toks[j - 1].lower) && /^\p{Lu}\p{Ll}/u.test(t.text) && toks[j + 1] && isCap(toks[j + 1]) && /^\p{Lu}\p{Ll}/u.test(toks[j + 1].text)) break;
    if (isCap(t)) {
      last = head = j++;
      taken++;
      // "22 Republicans joining most Democrats": a capitalised plural before a participle ends the phrase
      // (not "31 M1 Abrams tanks")
      // (nor "19 Companies Laying Off Thousands of Workers" in a Title Case headline)
      // (a capitalised plural is no tally's modifier: "Two Top 25 Markets reported declines")
      if (isPluralNoun(lw) && !isPossessive(t) && toks[j] && (!isCap(toks[j]) || /^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(toks[j].text)) && /(?:ed|ing)$/.test(toks[j].lower) && (!ING_ED_NOUNS.has(toks[j].lower) || /^(?:reported|confirmed)$/.test(toks[j].lower))) break;
      // (nor before a verb in its base form: "hundreds of thousands of Palestinians continue to"; "31 M1 Abrams tanks" reads on)
      if (isPluralNoun(lw) && !isPossessive(t) && /\p{Ll}s$/u.test(t.text) && toks[j] && isWordToken(toks[j]) && !isCap(toks[j]) && BASE_VERBS.has(toks[j].lower)) break;
      continue;
    }
    // (an adverb before the modifier of a plural: "4000 highly skilled workers", "300 newly trained police officers")
    if (lw.endsWith('ly') && !LY_WORDS.has(lw) && toks[j + 1] && isWordToken(toks[j + 1]) && !isCap(toks[j + 1]) && /(?:ed|ing)$/.test(toks[j + 1].lower) && modifiersToPlural(toks, j + 2)) {
      j++;
      continue;
    }
    if (lw.endsWith('ly') && !LY_WORDS.has(lw)) break;
    // a time after the noun: "one ballistic missile early Friday morning", "200 troops late last month"
    if ((lw === 'early' || lw === 'late') && j > k && toks[j + 1] && (WEEKDAYS.has(toks[j + 1].lower) || MONTHS.has(toks[j + 1].lower) || /^(?:this|last|next|on|in|morning|afternoon|evening|night|today|yesterday|tomorrow|tonight)$/.test(toks[j + 1].lower))) break;
    // a verb after a singular noun: "the 1,200-kilometre pipeline runs under the Baltic Sea"
    // (not after a plural number, whose head the singular noun cannot be: "made three attack runs")
    if (VERB_S.has(lw) && j > k && head === j - 1 && !isPluralNoun(toks[j - 1].lower) && !(j === k + 1 && pluralCount(toks[k - 1]))) break;
    // (some are no noun even after a plural count: "the 14,100 figure refers to expected cases")
    if (/^(?:refers|represents|reflects|means)$/.test(lw) && j > k && head === j - 1 && !isPluralNoun(toks[j - 1].lower)) break;
    // (an -s word after "people", before a preposition, is the sentence's verb: "a country of some 12 million people
    // struggles with a crisis"; "13 sanctions violations to" stays one phrase)
    if (j > k && head === j - 1 && /^(?:people|persons|residents|inhabitants|citizens|voters)$/.test(toks[j - 1].text) && /\p{Ll}s$/u.test(t.text) && isPluralNoun(lw) && /^(?:with|against|for|over|to|under)$/.test(toks[j + 1]?.lower ?? '')) break;
    if (IRREGULAR_PASTS.has(lw) && j > k && head === j - 1 && !isPluralNoun(toks[j - 1].lower)) break;
    // (a quake or a storm is no modifier: "a magnitude 6 earthquake strikes central Italy", "a 7.8-magnitude earthquake kills")
    if (j > k && head === j - 1 && DISASTER_NOUNS.has(toks[j - 1].lower) && DISASTER_VERBS.has(lw)) break;
    // (any -s word after a singular noun and before a determiner is its verb: "of cocaine highlights the power")
    // (not "a": "20 tropical storms a year" counts storms)
    if (j > k && head === j - 1 && !isPluralNoun(toks[j - 1].lower) && !isCap(t) && isPluralNoun(lw) && /^(?:the|its|their|his|her|our)$/.test(toks[j + 1]?.lower ?? '')) break;
    // the number as a subject: "88,115 represents an increase" (not "scored 90 marks"); and as a shortfall: "1,221 short of"
    if (j === k && ((NUMBER_VERBS.has(lw) && /^(?:a|an|the|about|around|roughly|nearly|almost|more|less|over|some|just|only|to)$/.test(toks[j + 1]?.lower ?? '')) || ((lw === 'short' || lw === 'shy') && toks[j + 1]?.lower === 'of'))) break;
    // a verb of reporting after the number: "with eight reporting double-digit declines"
    if (j === k && /^(?:reporting|saying|claiming|showing|posting|recording|seeing|citing)$/.test(lw)) break;
    // (a verb of harm before what was suffered: "40 more sustained injuries", "12 suffered burns")
    if ((lw === 'sustained' || lw === 'suffered') && /^(?:injuries|wounds|burns|fractures|cuts|bruises|damage|losses|concussions|gunshot)$/.test(toks[j + 1]?.lower ?? '')) break;
    if ((/ed$/.test(lw) || /ing$/.test(lw) || EN_PARTICIPLES.has(lw)) && !ING_ED_NOUNS.has(lw)) {
      // a modifier only when a noun follows: "armed drones", "fighting vehicles" (or "and" another modifier)
      const n = toks[j + 1];
      if (n && (n.lower === 'and' || n.lower === 'or') && headAfterAnd(toks, j + 1) > 0) {
        last = j++;
        continue;
      }
      // (several modifiers in a row: "121 Ukrainian fixed-wing unmanned aerial vehicles")
      if (n && /(?:ed|ing)$/.test(n.lower) && isWordToken(n) && !isCap(n) && !/^(?:cited|said|reported|told|stated|claimed|noted|added|estimated|showed|found|expected|called|asked)$/.test(n.lower) && !/^(?:those|these|them|who|which|that|people)$/.test(toks[j - 1]?.lower ?? '') && modifiersToPlural(toks, j + 1)) {
        last = j++;
        continue;
      }
      if (!nounish(n) || /(?:ed|ing)$/.test(n.lower)) break;
      // (a verb before a name: "a record 2,200 entered Jordan"; not "300 armed Houthi fighters")
      // (nor before a name's possessive: "a 17-satellite constellation upgrading Orbcomm's services")
      if (isCap(n) && ((!/^\p{Lu}{2,}s$/u.test(n.text) && !capsToPlural(toks, j + 1)) || isPossessive(n))) break;
      last = j++;
      taken++;
      continue;
    }
    if (ING_ED_NOUNS.has(lw) && /(?:ed)$/.test(lw) && (toks[j + 1]?.lower === 'and' || toks[j + 1]?.lower === 'or') && headAfterAnd(toks, j + 1) > 0) {
      // "300 armored and unarmored vehicles"
      last = j++;
      continue;
    }
    if (ING_ED_NOUNS.has(lw) && /(?:ed)$/.test(lw) && !nounish(toks[j + 1])) {
      // "67 missing", "12 dead", "3,000 injured": the casualty adjective is what the number counts;
      // "300 killed" is a verb and the number stands alone
      if (j === k && CASUALTY_ADJECTIVES.has(lw)) last = j;
      break;
    }
    if (j === k && CASUALTY_ADJECTIVES.has(lw) && !nounish(toks[j + 1])) {
      last = j;
      break;
    }
    last = head = j++;
    taken++;
    if (isPossessive(t)) continue;
    if (isPluralNoun(lw)) {
      // "artillery shells", "police officers", "arms suppliers": a plural noun used as a modifier
      const n = toks[j];
      // (only after a mass noun or a plural used so: "One in five households lacks access" ends at "households")
      if (n && !isCap(n) && nounish(n) && (ATTRIBUTIVE_PLURALS.has(lw) || !lw.endsWith('s')) && isPluralNoun(n.lower) && !PLURAL_HEADS.has(n.lower) && !/(?:ed|ing|ly)$/.test(n.lower)) continue;
      // ("five police patrol vehicles": a mass plural, a noun, then the plural they modify; not people, then what they do:
      // "18.6 million people smoke menthols")
      if (n && !lw.endsWith('s') && isWordToken(n) && !(PEOPLE_COUNTED.test(lw) && (BASE_VERBS.has(n.lower) || PEOPLE_VERBS.has(n.lower))) && !isCap(n) && nounish(n) && !isPluralNoun(n.lower) && !/(?:ed|ing|ly)$/.test(n.lower) && toks[j + 1] && isWordToken(toks[j + 1]) && !isCap(toks[j + 1]) && isPluralNoun(toks[j + 1].lower) && !PLURAL_HEADS.has(toks[j + 1].lower) && !/^(?:was|has|is|does|says|his|its|this|thus|plus|as)$/.test(toks[j + 1].lower) && /s$/.test(toks[j + 1].lower) && !/^(?:the|a|an|its|their)$/.test(toks[j + 2]?.lower ?? '')) {
        last = head = j + 1;
        break;
      }
      // (a mass noun before the mass noun it modifies: "20 000 artillery ammunition", "300 artillery ammunition crates")
      if (n && !lw.endsWith('s') && isWordToken(n) && !isCap(n) && /^(?:ammunition|equipment|munitions|weaponry|hardware|materiel)$/.test(n.lower)) {
        last = head = j;
        j++;
        taken++;
        const n3 = toks[j];
        if (n3 && isWordToken(n3) && !isCap(n3) && /s$/.test(n3.lower) && isPluralNoun(n3.lower) && !PLURAL_HEADS.has(n3.lower)) last = head = j;
        break;
      }
      // (a mass noun, a gerund of a compound, then the plural they modify: "40 infantry fighting vehicles", "artillery firing positions")
      const n2 = toks[j + 1];
      if (n && !lw.endsWith('s') && isWordToken(n) && !isCap(n) && /^(?:fighting|firing|launching|landing|training|carrying)$/.test(n.lower) && n2 && isWordToken(n2) && !isCap(n2) && /s$/.test(n2.lower) && isPluralNoun(n2.lower) && !PLURAL_HEADS.has(n2.lower) && !ATTRIBUTIVE_PLURALS.has(n2.lower)) {
        last = head = j + 1;
        break;
      }
      break;
    }
    if (allowSingular && (!nounish(toks[j]) || TIME_UNITS.has(toks[j].lower))) break;
  }
  if (head >= 0 && last === head) {
    const c = ofCompound(toks, last + 1);
    if (c > 0) last = c;
  }
  // "300,114 electric and hybrid vehicles": modifiers coordinated before one plural head
  if (last >= k && head === last && !isPluralNoun(toks[last].lower) && !isCap(toks[last]) && (toks[last + 1]?.lower === 'and' || toks[last + 1]?.lower === 'or')) {
    for (let m = last + 2; m <= last + 4 && m < toks.length; m++) {
      const t = toks[m];
      // (no word that may start a figure of its own: "two-thirds of the population and three-quarters of hospitals")
      // (nor a quantifier, which opens a phrase of its own)
      if (!isWordToken(t) || isCap(t) || !nounish(t) || mayStart(t) || VAGUE_PLURALS_.has(t.lower) || t.lower === 'times' || QUANTIFIERS.test(t.lower)) break;
      if (isPluralNoun(t.lower) || PLURAL_HEADS.has(t.lower)) {
        // (a number after it makes the -s word a verb: "kills 1 worker and leaves 5 missing")
        const after = toks[m + 1];
        if (!(after && (/^\d/.test(after.text) || isNumberWord(after.lower)))) last = head = m;
        break;
      }
    }
  }
  return { last, head };
}

/** Street types after a street's name: "Robinwood Drive", "Elm St." */
const STREET_TYPES = words('street st road rd avenue ave drive dr lane ln boulevard blvd way court ct place pl crescent terrace highway hwy parkway close');
/** One to three capitalised words, then a capitalised street type, from token k. */
function streetAfter(toks: Token[], k: number): boolean {
  for (let n = 0; n < 3 && toks[k + n] && isWordToken(toks[k + n]) && isCap(toks[k + n]); n++) {
    const u = toks[k + n + 1];
    if (u && isCap(u) && STREET_TYPES.has(u.lower)) return true;
  }
  return false;
}

/**
 * A day in a list that follows its month: "on November 6, 7, and 8", "May 5 and 6". Each day a little after the one
 * before it, joined by a comma, "and" or "or", and no noun after it ("on March 3, 12 people" counts people).
 */
function daysAfterMonth(toks: Token[], i: number, v: number): boolean {
  const next = toks[i + 1];
  if (next && isWordToken(next) && !/^(?:and|or|to|in|at|on|this|last|next|of)$/.test(next.lower)) return false;
  let k = i - 1;
  let day = v;
  for (let n = 0; n < 6; n++) {
    let j = k;
    while (j >= 0 && /^(?:,|and|or|&)$/.test(toks[j].lower)) j--;
    if (j === k || j < 1 || !/^\d{1,2}$/.test(toks[j].text)) return false;
    const d = +toks[j].text;
    if (d < 1 || d >= day || day - d > 7) return false;
    if (MONTHS.has(toks[j - 1].lower) && isCap(toks[j - 1])) return true;
    day = d;
    k = j - 1;
  }
  return false;
}

/** A day of the month in a list of them ("8, 9 and 10", "27 to 28") that a capitalised month closes. */
function dayList(toks: Token[], i: number): boolean {
  const day = (t: Token | undefined) => !!t && /^\d{1,2}$/.test(t.text) && +t.text >= 1 && +t.text <= 31;
  let k = i + 1;
  let joined = false;
  while ((toks[k]?.text === ',' || /^(?:and|to|or|-|–)$/.test(toks[k]?.lower ?? '')) && day(toks[k + 1])) {
    k += 2;
    joined = true;
  }
  return joined && !!toks[k] && MONTHS.has(toks[k].lower) && isCap(toks[k]);
}

/** A section of a law in a list of them, brackets between: "under sections 379 (theft) and 34B (intent)". */
function legalList(toks: Token[], i: number): boolean {
  const num = (t: Token | undefined) => !!t && /^\d{1,4}[A-Z]{0,2}$/.test(t.text);
  if (!num(toks[i]) || (toks[i + 1] && !/^[,(;.)]$/.test(toks[i + 1].text) && !/^(?:and|or|of)$/.test(toks[i + 1].lower))) return false;
  let k = i - 1;
  while (k >= 0 && i - k < 20) {
    const t = toks[k];
    if (t.text === ')') {
      let q = k - 1;
      while (q >= 0 && k - q <= 5 && toks[q].text !== '(') q--;
      if (toks[q]?.text !== '(') return false;
      k = q - 1;
      continue;
    }
    if (t.text === ',' || /^(?:and|or|&)$/.test(t.lower) || num(t)) {
      k--;
      continue;
    }
    break;
  }
  return k < i && /^(?:sections|subsections|articles|clauses|rules|regulations|paragraphs)$/.test(toks[k]?.lower ?? '');
}

/** A number after "at" in a call, or in the list after it: "call the police at 911, 311, or the Tip Line at ...". */
function phoneAfterCall(toks: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && i - k < 12 && (toks[k].text === ',' || /^(?:or|and)$/.test(toks[k].lower) || /^\d{3,}$/.test(toks[k].text))) k--;
  if (toks[k]?.lower !== 'at') return false;
  for (let q = k - 1; q >= 0 && k - q <= 6; q--) {
    if (/^(?:call|calls|calling|contact|contacting|ring|text|dial|phone|reach)$/.test(toks[q].lower)) return true;
    if (/^[.;:!?]$/.test(toks[q].text)) return false;
  }
  return false;
}

/** A small whole number in a list of them that "aged" opens or "years old" closes. */
function ageList(toks: Token[], i: number): boolean {
  const small = (t: Token | undefined) => !!t && /^\d{1,3}$/.test(t.text) && +t.text < 120;
  const joins = (t: Token | undefined) => !!t && (t.text === ',' || t.lower === 'and' || t.lower === 'or');
  if (!joins(toks[i - 1]) && !joins(toks[i + 1])) return false;
  let k = i - 1;
  while (joins(toks[k]) && small(toks[k - 1])) k -= 2;
  if (k < i - 1 && /^(?:aged|ages)$/.test(toks[k]?.lower ?? '')) return true;
  k = i + 1;
  while (joins(toks[k]) && small(toks[k + 1])) k += 2;
  return k > i + 1 && /^years?$/.test(toks[k]?.lower ?? '') && /^(?:old|olds|of)$/.test(toks[k + 1]?.lower ?? '');
}

/** Verbs in their base form that follow a plural subject: "Palestinians continue", "Ukrainians remain". */
const BASE_VERBS = words('continue remain face need want say fear hope wait live die flee return struggle try seek await suffer risk stay go come make take get see');
/** Plurals of people that take no "-s", and verbs they do in the base form ("18.6 million people smoke menthols"). */
const PEOPLE_COUNTED = /^(?:people|children|women|men|folk)$/;
const PEOPLE_VERBS = words('smoke drink use own rent work eat vote watch play buy read drive commute earn pay spend visit believe think support oppose agree grow raise farm keep speak');

/** Words that open a noun phrase of their own after "and": "an earthquake and multiple aftershocks". */
const QUANTIFIERS = /^(?:multiple|several|many|numerous|various|more|some|all|most|few|its|their|his|her|our)$/;

/** Approximators between "between" and its first number: "between about 2% and 3%". */
const APPROX_BEFORE = /^(?:about|around|roughly|approximately|some|nearly|almost)$/;

/** From token k, lower-case modifiers (at most three) then a plural noun: "unmanned aerial vehicles". */
function modifiersToPlural(toks: Token[], k: number): boolean {
  for (let q = k; q < k + 4 && q < toks.length; q++) {
    const t = toks[q];
    if (!isWordToken(t) || isCap(t)) return false;
    if (isPluralNoun(t.lower) && !/(?:ed|ing)$/.test(t.lower)) return true;
    if (!nounish(t)) return false;
  }
  return false;
}

/** From token k, capitalised words, numbers and designations (at most four), then a lower-case plural: "North Korean soldiers", "Leopard 1 A5 tanks". */
function capsToPlural(toks: Token[], k: number): boolean {
  for (let q = k; q < k + 5 && q < toks.length; q++) {
    const t = toks[q];
    if (!isWordToken(t)) return false;
    if (!isCap(t) && !/^\d/.test(t.text)) return q > k && isPluralNoun(t.lower);
  }
  return false;
}

/** From token k, capitalised words or designations (one to three), at most two lower-case modifiers, then a lower-case plural: its index, else -1. */
function capsThenPlural(toks: Token[], k: number): number {
  let q = k;
  while (q < k + 3 && toks[q] && isWordToken(toks[q]) && (isCap(toks[q]) || hasLetterAndDigit(toks[q].text))) q++;
  if (q === k) return -1;
  for (const end = q + 3; q < end && toks[q] && isWordToken(toks[q]) && !isCap(toks[q]); q++) {
    if (isPluralNoun(toks[q].lower)) return q;
    if (!nounish(toks[q])) return -1;
  }
  return -1;
}

/** A bare number above one before a phrase ("three", "40"): what follows it counts more than one thing. */
function pluralCount(t: Token | undefined): boolean {
  if (!t) return false;
  if (DIGITS_RE.test(t.text)) return numValue(t.text) > 1;
  const v = wordNumber(t.lower);
  return v !== undefined && v > 1;
}

/** Fixed "of" compounds that belong to the counted noun: "prisoners of war", "heads of state". */
const OF_COMPOUNDS = [['war'], ['state'], ['government'], ['staff'], ['mass', 'destruction'], ['parliament'], ['congress'], ['conscience'], ['interest']];

function ofCompound(toks: Token[], k: number): number {
  if (toks[k]?.lower !== 'of') return -1;
  for (const c of OF_COMPOUNDS) {
    let ok = true;
    for (let q = 0; q < c.length && ok; q++) ok = toks[k + 1 + q]?.lower === c[q];
    // (not the first word of a name after a noun in lower case: "two teams of State Disaster Response Teams")
    if (ok && !(!isCap(toks[k - 1]) && isCap(toks[k + c.length]) && toks[k + c.length + 1] && isWordToken(toks[k + c.length + 1]) && isCap(toks[k + c.length + 1]))) return k + c.length;
  }
  return -1;
}

/** "of" + the noun phrase after a unit, a fraction or a vague plural: "of the country’s grain". */
function ofPhrase(toks: Token[], k: number): { last: number; head: number } | undefined {
  if (toks[k]?.lower !== 'of') return undefined;
  let j = k + 1;
  while (j < toks.length && /^(?:the|its|their|his|her|our|this|these|those|that|a|an|all)$/.test(toks[j].lower)) j++;
  // "a fifth of the total": the noun "total" (a word that ends a counted phrase elsewhere: "12 total")
  if (j > k + 1 && toks[j]?.lower === 'total' && !nounish(toks[j + 1])) return { last: j, head: j };
  // "a third of the total budget"
  if (j > k + 1 && (toks[j]?.lower === 'total' || toks[j]?.lower === 'overall') && nounish(toks[j + 1])) {
    const q = countedPhrase(toks, j + 1, true);
    if (q.last > j) return q;
  }
  const p = countedPhrase(toks, j, true);
  if (p.last < j) return undefined;
  // (not a road or a thing by its number: "50 miles of Highway 191", "two miles of Route 9")
  if (p.last === j && DESIGNATORS.has(toks[j].lower) && toks[j + 1] && DIGITS_RE.test(toks[j + 1].text) && toks[j + 1].start === toks[j].end + 1) return undefined;
  // (not the time the figure is of: "9 400 000 tons of the previous season")
  if (p.last === p.head && TIME_UNITS.has(toks[p.last + 1]?.lower ?? '') && /^(?:previous|last|past|next|same|current|coming|following|prior)$/.test(toks[p.last].lower)) return undefined;
  // "six of the country’s 17 regions": the possessive's number and what it counts close the phrase
  if (isPossessive(toks[p.last]) && toks[p.last + 1] && DIGITS_RE.test(toks[p.last + 1].text)) {
    const q = countedPhrase(toks, p.last + 2, false);
    if (q.head >= 0) return q;
  }
  // "more than a third of the tobacco industry’s overall market share": what the possessive owns closes it
  // (past a word of extent: "the industry’s overall market share")
  const own = /^(?:overall|total|entire|whole|annual|global)$/.test(toks[p.last + 1]?.lower ?? '') ? p.last + 2 : p.last + 1;
  if (isPossessive(toks[p.last]) && toks[own] && isWordToken(toks[own]) && !isCap(toks[own]) && nounish(toks[own])) {
    const q = countedPhrase(toks, own, true);
    if (q.head >= own) return q;
  }
  return p;
}

function approximatorBefore(toks: Token[], i: number, phrases: string[][]): { first: number; text: string } | undefined {
  if (i === 0) return undefined;
  if (!APPROX_FIRST.has(toks[Math.max(0, i - 1)].lower) && !APPROX_FIRST.has(toks[Math.max(0, i - 2)].lower) && !APPROX_FIRST.has(toks[Math.max(0, i - 3)].lower) && !APPROX_FIRST.has(toks[Math.max(0, i - 4)].lower)) return undefined;
  // a phrase that matches ends with the word before the number: only those are tried, in their order
  const tried = APPROX_BY_LAST_WORD.get(phrases)?.get(toks[i - 1].lower) ?? (APPROX_BY_LAST_WORD.has(phrases) ? [] : phrases);
  for (const p of tried) {
    const first = i - p.length;
    if (first < 0) continue;
    let ok = true;
    for (let k = 0; k < p.length && ok; k++) ok = toks[first + k].lower === p[k];
    if (ok) return { first, text: p.join(' ') };
  }
  return undefined;
}

/** Is the number at token i (value v) part of a date, a time, an age, a name, an id? */
/** Bounds of an age group after "aged" or a people noun: "children under 5". */
const AGE_BOUNDS = words('over under above below');
/** People counted by age: "children under 5", "those over 80". */
const AGE_GROUPS = words('children kids babies infants toddlers adults people those men women boys girls voters pensioners residents patients anyone everyone');

/** "26-April", "24-Mar.": a day glued to the month after it. */
const MONTH_GLUED_AFTER_DAY = /^\d{1,2}[-–](\p{Lu}\p{Ll}+)\.?$/u;
/** "March-1": a month glued to the day after it. */
const MONTH_GLUED_BEFORE_DAY = /^(\p{Lu}\p{Ll}+)\.?[-–]\d{1,2}$/u;

/** Whether the token is a day and a month glued as `re` matches them ("26-April"), the month a month's name. */
function gluedMonth(t: Token | undefined, re: RegExp): boolean {
  const m = t ? re.exec(t.text) : null;
  return !!m && MONTHS.has(m[1].toLowerCase());
}

/** A clock's zone after a wire story's time ("0130 GMT", "2230 local time"); not "hours", which may count ("worked 2000 hours"). */
function clockZone(t: Token): boolean {
  return TIME_ZONES.has(t.text) || t.lower === 'local';
}

function excludedByContext(c: Ctx, i: number, last: number, v: number, digits: boolean, hasUnit: boolean): boolean {
  const { toks } = c;
  const t = toks[i];
  const prev = toks[i - 1];
  const prev2 = toks[i - 2];
  const next = toks[last + 1];
  const integer = Number.isInteger(v);
  // Days listed before their month: "on 8, 9 and 10 August", "from 27 to 28 September"
  if (digits && integer && v >= 1 && v <= 31 && dayList(toks, i)) return true;
  // and after it: "on November 6, 7, and 8", "May 5 and 6"
  if (digits && integer && v >= 2 && v <= 31 && daysAfterMonth(toks, i, v)) return true;
  // ages that name a group of people: "the 12-17 age group", "the 18 to 24 age bracket"
  if (next?.lower === 'age' && /^(?:group|groups|bracket|brackets|range|band|bands|category|categories|cohort|cohorts)$/.test(toks[last + 2]?.lower ?? '')) return true;
  // a date written in Spanish, as a place is named for one: "the 23 de enero neighborhood"
  if (digits && integer && v >= 1 && v <= 31 && next?.lower === 'de' && SPANISH_MONTHS.test(toks[last + 2]?.lower ?? '')) return true;
  // a school year: "children in year 6 (aged 10 to 11)", "in Year 11, pupils sit" (or a list's item: "Thursday, June 1: year 12")
  if (digits && integer && v >= 1 && v <= 13 && prev && prev.lower === 'year' && prev2 && /^(?:in|of|for|from|to|and|pupils|children|students|:)$/.test(prev2.lower) && (!next || !isWordToken(next) || STOP.has(next.lower))) return true;
  // Dates: "January 28", "Jan. 5", "28 January", "on the 5th"
  if (prev && MONTHS.has(prev.lower) && (v <= 31 || (v >= 1000 && v <= 2100)) && integer && (isCap(prev) || prev.lower !== 'may')) return true;
  if (prev && prev.text === '.' && prev2 && MONTHS.has(prev2.lower) && v <= 31) return true;
  if (next && MONTHS.has(toks[i + 1]?.lower ?? '') && v <= 31 && integer && isCap(toks[i + 1])) return true;
  // (a day, a comma and its month in capitals or before a year: "10, AUG, 2018, TRIVANDRUM", "8, March 2021")
  if (next?.text === ',' && toks[i + 2] && MONTHS.has(toks[i + 2].lower) && isCap(toks[i + 2]) && (toks[i + 2].text === toks[i + 2].text.toUpperCase() || /^(?:1[89]|20)\d\d$/.test(toks[i + 3]?.text ?? '') || /^(?:1[89]|20)\d\d$/.test(toks[i + 4]?.text ?? '')) && v <= 31 && integer && digits) return true;
  // (a day with a full stop, as German and Nordic papers write it: "Published 24. Aug 2018")
  if (next?.text === '.' && toks[i + 2] && MONTHS.has(toks[i + 2].lower) && isCap(toks[i + 2]) && v <= 31 && integer && digits) return true;
  // (a month glued to the day before or after it: "March 26-April 1", "24 March-1 April")
  if (digits && integer && v <= 31 && (gluedMonth(prev, MONTH_GLUED_AFTER_DAY) || gluedMonth(toks[i + 1], MONTH_GLUED_BEFORE_DAY))) return true;
  // Times: "4:46 pm", "10 a.m.", "at 15.30"
  if (toks[i + 1] && TIME_SUFFIX.has(toks[i + 1].lower) && v <= 24) return true;
  // (and the first of two hours joined: "between 10 and 11:30pm", "between 7 and 8 p.m.")
  if (digits && integer && v <= 24 && toks[i + 1] && /^(?:and|to|-|–)$/.test(toks[i + 1].lower) && toks[i + 2] && (/^\d{1,2}:\d\d\s*(?:am|pm)?$/i.test(toks[i + 2].text) || /^\d{1,2}(?:am|pm)$/i.test(toks[i + 2].text) || (/^\d{1,2}$/.test(toks[i + 2].text) && !!toks[i + 3] && /^(?:am|pm|a\.m|p\.m)$/.test(toks[i + 3].lower)))) return true;
  // a name that starts with a number: "a gang called 400 Mawozo", "a group known as 21 Savage"
  if (prev && (/^(?:called|named|dubbed|calls|styled)$/.test(prev.lower) || (prev.lower === 'as' && /^(?:known|named)$/.test(prev2?.lower ?? ''))) && toks[i + 1] && isWordToken(toks[i + 1]) && isCap(toks[i + 1])) return true;
  // (a wire story's clock time, its day between: "(2110 Saturday GMT)", "0130 GMT")
  if (digits && /^[0-2]\d[0-5]\d$/.test(t.text) && v < 2400 && toks[i + 1] && (clockZone(toks[i + 1]) || (WEEKDAYS.has(toks[i + 1].lower) && toks[i + 2] && clockZone(toks[i + 2])))) return true;
  // (an hour before its part of the day: "updated at 8 this morning", "at 11 tonight")
  if (prev?.lower === 'at' && digits && integer && v <= 12 && toks[i + 1] && (/^(?:tonight|o['’]clock|sharp)$/.test(toks[i + 1].lower) || (/^(?:this|in|on|last|tomorrow|yesterday)$/.test(toks[i + 1].lower) && /^(?:morning|afternoon|evening|night)$/.test(toks[i + 2]?.lower ?? '')))) return true;
  // a year cut to its last two digits after an apostrophe: "their 1998-’99 levels", "the class of ’99", "FY 2019-'20"
  // (an apostrophe that opens the number, not one that ends a word before it)
  if (digits && t.text.length === 2 && /^\d\d$/.test(t.text) && prev && (prev.text === '’' || prev.text === "'") && prev.end === t.start && !(prev2 && prev2.end === prev.start && isWordToken(prev2)) && !(next && PERCENT_WORDS.has(next.lower))) return true;
  // a year of an era: "year 31 = 2019" (Japan's Heisei years)
  if (prev?.lower === 'year' && digits && integer && v < 100 && toks[i + 1]?.text === '=') return true;
  // a year before Christ: "in 490 BC"
  if (digits && integer && toks[i + 1] && /^(?:BC|BCE|AD|CE|B\.C|A\.D)$/.test(toks[i + 1].text)) return true;
  // a race time: "2h 7m 43s"
  if (toks[i - 1] && /^\d{1,2}h$/.test(toks[i - 1].text) && /^\d{1,2}m$/.test(t.text)) return true;
  // "at 0925 GMT": hours and minutes before a time zone
  if (digits && /^\d{3,4}$/.test(t.text) && v % 100 < 60 && v < 2400 && toks[i + 1] && TIME_ZONES.has(toks[i + 1].text)) return true;
  // A calibre names a kind of round, as "152-mm" does: "152 mm shells"
  if (digits && caliberAt(toks, i)) return true;
  // Ages: "aged 45", "age 45", "John Smith, 45, said", "patients as young as 6"
  if (prev && /^(?:aged|age|ages)$/i.test(prev.lower)) return true;
  // a list of ages: "The victims were 66, 70 and 95 years old", "aged 66, 70 and 95"
  if (digits && integer && v < 120 && !hasUnit && ageList(toks, i)) return true;
  if (prev?.lower === 'as' && prev2 && /^(?:young|old)$/.test(prev2.lower) && toks[i - 3]?.lower === 'as' && digits && integer && v < 120 && !hasUnit) return true;
  // An emergency number: "911 dispatchers", "a 999 call", "called 911 on a cell phone", "a 911 phone tax"
  if (digits && (t.text === '911' || t.text === '999' || t.text === '112') && prev && /^(?:call|calls|called|calling|dial|dials|dialled|dialed|dialling|dialing|phoned|phone|ring|rang)$/.test(prev.lower)) return true;
  if (digits && (t.text === '911' || t.text === '999' || t.text === '112') && toks[i + 1] && /^(?:calls?|callers?|dispatch|dispatchers?|operators?|cent(?:er|re)s?|system|line|services?|emergency|phone|tax|fees?|surcharges?|number|hotline)$/.test(toks[i + 1].lower)) return true;
  if (prev?.lower === 'of' && (prev2?.lower === 'age' || prev2?.lower === 'ages')) return true; // at the age of 11, between the ages of 10 and 14
  // "before they turn 18", "turned 40 on Sunday": an age reached
  if (digits && integer && v < 120 && prev && /^(?:turn|turns|turned|turning)$/.test(prev.lower) && (!next || !isWordToken(next) || STOP.has(next.lower) || WEEKDAYS.has(next.lower) || MONTHS.has(next.lower))) return true;
  // "employees aged between 52 and 64"
  if (prev?.lower === 'between' && prev2 && /^(?:aged|ages)$/.test(prev2.lower)) return true;
  // "at 11: 12 a.m. KST": a time written with a space after its colon
  if (digits && integer && v <= 24 && toks[i + 1]?.text === ':' && toks[i + 2] && /^\d\d$/.test(toks[i + 2].text) && toks[i + 3] && (TIME_SUFFIX.has(toks[i + 3].lower) || TIME_ZONES.has(toks[i + 3].text))) return true;
  // "the largest caliber of 155 mm": a calibre names a kind of round
  if (prev?.lower === 'of' && prev2 && /^calib(?:er|re)s?$/.test(prev2.lower)) return true;
  // Age groups: "children under 5", "people over 65", "aged over 65", "those under 18"
  if (prev && prev2 && AGE_BOUNDS.has(prev.lower) && (AGE_GROUPS.has(prev2.lower) || /^(?:aged|age|ages)$/.test(prev2.lower)) && digits && integer && v < 120 && !hasUnit) return true;
  // "4 million Australians are under 16, or about 15%": people, a form of "be", the age at the clause's end
  const prev3 = toks[i - 3];
  if (prev && prev2 && prev3 && AGE_BOUNDS.has(prev.lower) && /^(?:are|were|be)$/.test(prev2.lower) && (AGE_GROUPS.has(prev3.lower) || (isCap(prev3) && i > 3 && isPluralNoun(prev3.lower))) && digits && integer && v < 120 && !hasUnit && (!next || /^[,.;)]$/.test(next.text))) return true;
  if (digits && integer && v < 120 && prev?.text === ',' && prev2 && isCap(prev2) && i >= 2 && toks[i + 1]?.text === ',' && !hasUnit) return true;
  // (or after a person named by role: "The former governor, 60, was sentenced", "the driver, 34, fled")
  if (digits && integer && v < 120 && prev?.text === ',' && prev2 && PERSON_ROLES.has(prev2.lower) && toks[i + 1]?.text === ',' && !hasUnit) return true;
  // (or at the sentence's end after a person's name: "said Peter Okoro, 58.", "with his wife Ada, 61."; not "in New York, 45.")
  if (digits && integer && v < 120 && prev?.text === ',' && prev2 && isCap(prev2) && prev3 && isWordToken(prev3) && (KIN_WORDS.has(prev3.lower) || (isCap(prev3) && !/^(?:in|at|of|from|to|for|near)$/.test(toks[i - 4]?.lower ?? ''))) && (!toks[i + 1] || toks[i + 1].text === '.') && !hasUnit) return true;
  // Names and designations: "Office 39", "Leopard 2", "Unit 731", "page 4", "No. 1", "#5"
  if (prev && (prev.text === '#' || prev.text === '№' || prev.text === '/' || prev.text === '=' || prev.text === '@')) return true;
  // (an acronym that spells one is a name in a list of tallies: "Greens 14, ACT 11")
  if (prev && DESIGNATORS.has(prev.lower) && !hasUnit && !(prev.lower === 'number' && toks[i - 2]?.lower === 'the') && !(/^\p{Lu}+$/u.test(prev.text) && tallyListItem(toks, i))) return true;
  // a player's number: "wearing the number 14 shirt"
  if (prev && /^(?:number|no)$/.test(prev.lower) && KIT_WORDS.has(toks[i + 1]?.lower ?? '')) return true;
  // a week by its number: "until epidemiological week 16", "the peak of week 13" (not a time: "last week 13 died")
  if (prev?.lower === 'week' && digits && integer && v <= 53 && !hasUnit && !/^(?:last|this|next|that|each|every|a|per|the|one|same|previous|past|working|school|holiday)$/.test(prev2?.lower ?? '')) return true;
  // (with a noun too, after an article or a preposition: "a category 3 storm", "in phase 2 talks", "to level 3 alerts")
  if (prev && STRONG_DESIGNATORS.has(prev.lower) && prev2 && /^(?:a|an|the|to|in|into|of|at|for|from)$/.test(prev2.lower)) return true;
  // (a type or a category names a kind after any word: "to treat type 2 diabetes", "hit by category 4 winds")
  if (prev && /^(?:type|category)$/.test(prev.lower) && digits && integer && v < 1000) return true;
  if (prev?.text === '.' && prev2 && /^(?:no|nos|vol|fig|p|pp|art|para)$/i.test(prev2.text)) return true;
  // (or a name with its acronym in brackets before the number: "Republic Act (RA) 3019", "Oil Prospecting License (OPL) 245")
  // (not a count grouped in thousands: "arrivals in the Federated States of Micronesia (FSM) 28,410", "(VND) 11,900")
  if (digits && integer && !hasUnit && /^\d+$/.test(t.text) && prev?.text === ')' && toks[i - 3]?.text === '(' && /^\p{Lu}{2,6}$/u.test(prev2?.text ?? '') && toks[i - 4] && isWordToken(toks[i - 4]) && isCap(toks[i - 4])) return true;
  // (not a sentence's first word capitalised for its place: "Remaining 75 seats are contested", "Additional 40 tanks")
  // (nor a tally grouped in thousands after a name: "French Polynesia 198,956, Cook Islands 161,362", "MTNL 8,068")
  // (nor a tally in a list after the noun it counts: "would win 50 seats, Labour 34, Greens 14 and ACT 11")
  if (prev && !c.titleCase && !hasUnit && designationName(prev) && !(i === 1 && /(?:ing|ed|al|est)$/.test(prev.lower)) && !(digits && /^\d{1,3}(?:,\d{3})+$/.test(t.text)) && !tallyListItem(toks, i)) return true;
  // a unit by its number: "General-Officer-in-Command of 15 Corps"; a stage: "the Round of 16", "the last 16"
  if (digits && integer && toks[i + 1]?.text === 'Corps') return true;
  if (digits && integer && prev?.lower === 'of' && prev2?.lower === 'round') return true;
  // a bloc named by its number: "the Group of 77", "Group of 20"
  if (digits && integer && prev?.lower === 'of' && prev2?.text === 'Group') return true;
  // a page's gallery: "Slideshow ( 2 images )"
  if (prev?.text === '(' && prev2 && /^(?:slideshow|gallery|photos|pictures|images)$/.test(prev2.lower)) return true;
  // a class by its year of school: "grade 12 learners", "Year 9 pupils"
  if (prev && SCHOOL_YEARS.has(prev.lower) && integer && v <= 13 && learnersAfter(toks, last + 1) && !timeBeforeClass(toks, i - 1)) return true;
  // an address: "the 5000 block of Oak Lea Drive"
  if (digits && integer && v % 100 === 0 && toks[i + 1]?.lower === 'block' && toks[i + 2]?.lower === 'of') return true;
  // a stock's code: "under the ticker symbol 4165", "stock code 0700"
  if (digits && integer && prev && /^(?:symbol|ticker|code)$/.test(prev.lower)) return true;
  // (or a street number: "the home at 4114 Robinwood Drive", "at 7 Nnajiego Lane")
  if (digits && integer && /^\d{1,5}$/.test(t.text) && streetAfter(toks, i + 1)) return true;
  // an age reached: "Yamal, who had just turned 17"
  // (or stated in a clause on the person: "Hichilema, who is 59, has run")
  if (digits && integer && v < 120 && !hasUnit && /^(?:is|was)$/.test(prev?.lower ?? '') && prev2?.lower === 'who' && (!toks[last + 1] || /^[,.;)]$/.test(toks[last + 1].text))) return true;
  // a relay or a pairing: "the 4×400 metres relay", "a 4 × 4 vehicle"
  if (digits && integer && ((v < 100 && toks[i + 1]?.text === '×') || prev?.text === '×')) return true;
  if (digits && integer && v < 120 && !hasUnit && prev?.lower === 'turned' && !(toks[last + 1] && (toks[last + 1].text === '%' || (isWordToken(toks[last + 1]) && isPluralNoun(toks[last + 1].lower))))) return true;
  // (a quoted title in a Title Case headline too: "‘Equalizer 2’ Surprise No. 1")
  if (prev && c.titleCase && digits && designationName(prev) && /^[’'”"]$/.test(toks[last + 1]?.text ?? '')) return true;
  // a name that opens with a number: "the analytical service 38 North notes", "10 Downing Street"
  if (digits && toks[i + 1] && NUMBER_NAMES.get(t.text) === toks[i + 1].text) return true;
  // the firm 3M, in a list of firms or as a subject ("Ford, 3M, Hasbro", "3M said"), not "$3M" or "3M people"
  if (t.text === '3M' && !(prev && /^[$€£¥₩₹₽₴]$/.test(prev.text)) && (!next || !isWordToken(next) || isCap(next) || /^(?:said|says|and|or|has|had|is|was|will|would|shares|stock)$/.test(next.lower))) return true;
  // an executive order by number: "E.O. 13902"; a racing series: "Formula 1", "Formula 2"
  if (digits && integer && ((prev?.text === '.' && prev2?.text === 'E.O') || prev?.text === 'Formula')) return true;
  // an index named after its firm: "Standard & Poor's 500"
  if (prev && /^Poor['’]s$/.test(prev.text)) return true;
  // a licence's version in a photo credit: "CC BY 4.0", "CC BY-SA 3.0"
  if (prev && prev2?.text === 'CC' && /^BY(?:-[A-Z]{2})*$/.test(prev.text)) return true;
  // the next of a list of designations: "its Shahed 191 and 129 drones"
  if (digits && prev && prev2 && /^(?:and|or|,|\/)$/.test(prev.text) && /^\d+$/.test(prev2.text) && prev2.text.length === t.text.length && toks[i - 3] && !c.titleCase && designationName(toks[i - 3])) return true;
  // List numbering: "1." or "2)" at a paragraph start
  if (c.paragraphStart && i === 0 && toks[i + 1] && (toks[i + 1].text === '.' || toks[i + 1].text === ')')) return true;
  // (but a count listed after each name is a figure: "reported from Bannu (6,086), followed by Charsadda (933)", "Abella (113,217)")
  if (prev?.text === '(' && toks[i + 1]?.text === ')' && !listedCount(toks, i)) return true;
  // Phone numbers and ids written in groups: "+82 2 1234 5678"
  if (prev && (prev.text === '+' || (digits && DIGITS_RE.test(prev.text) && !prev.text.includes(',')))) return true;
  if (digits && toks[i + 1] && /^\d+$/.test(toks[i + 1].text)) return true;
  // Ids and phone numbers: long digit strings without separators
  if (digits && /^\d{7,}$/.test(t.text)) return true;
  return false;
}

/** After "and"/"or" at `and`: one to three modifiers, then the plural noun they share ("and military construction personnel"); its index, or -1. */
function headAfterAnd(toks: Token[], and: number): number {
  let q = and + 1;
  // (a quantifier opens a phrase of its own: "a 7.8 magnitude earthquake and multiple aftershocks")
  const modifier = (t: Token | undefined) => nounish(t) && !isCap(t!) && !isNumberWord(t!.lower) && !QUANTIFIERS.test(t!.lower);
  // (a name among the modifiers after the first: "73 million current and former AT&T account holders")
  let names = 0;
  const name = (t: Token | undefined) => !!t && isWordToken(t) && isCap(t) && !isPossessive(t) && !isNumberWord(t.lower);
  while (q <= and + 3 + names && toks[q] && !isPluralNoun(toks[q].lower)) {
    if (q > and + 1 && names < 2 && name(toks[q])) names++;
    else if (!modifier(toks[q])) break;
    q++;
  }
  return q > and + 1 && modifier(toks[q]) && isPluralNoun(toks[q].lower) ? q : -1;
}

/** A nation's adjective or abbreviation as a modifier: "Korean", "British", "U.S", "UK". */
function nationModifier(t: Token): boolean {
  return isWordToken(t) && isCap(t) && (/^(?:u\.s|us|u\.k|uk|eu)$/.test(t.lower) || /(?:an|ese|ish|ch|i)$/.test(t.lower));
}

/** After "and" at `and`, one to three nations' modifiers then a plural noun: that noun's index, else -1. */
function nationsHead(toks: Token[], and: number): number {
  if (toks[and]?.lower !== 'and') return -1;
  let q = and + 1;
  let seen = 0;
  while (q <= and + 5 && toks[q] && ((isWordToken(toks[q]) && isCap(toks[q])) || (toks[q].text === '.' && toks[q].start === toks[q - 1].end))) {
    if (isWordToken(toks[q])) seen++;
    q++;
  }
  const n = toks[q];
  return seen > 0 && seen <= 3 && nationModifier(toks[q - 1].text === '.' ? toks[q - 2] : toks[q - 1]) && n && isWordToken(n) && !isCap(n) && isPluralNoun(n.lower) ? q : -1;
}

/**
 * Whether the number at i, after a name, is one of a list of tallies that follows a counted noun, each a name and
 * its number: "the commission projected National would win 50 seats, Labour 34, Greens 14, ACT 11 and Te Pāti Māori 4".
 */
function tallyListItem(toks: Token[], i: number): boolean {
  const end = toks[i + 1];
  if (end && !/^(?:,|;|\.|and)$/.test(end.lower)) return false;
  let k = i;
  for (let hop = 0; hop < 12; hop++) {
    // back over the name (and its article) to the comma or "and" before it
    let n = k - 1;
    while (n > 0 && k - n <= 5 && isWordToken(toks[n]) && (isCap(toks[n]) || toks[n].lower === 'the')) n--;
    if (n === k - 1 || !(toks[n].text === ',' || toks[n].lower === 'and')) return false;
    if (toks[n].lower === 'and' && toks[n - 1]?.text === ',') n--;
    const a = toks[n - 1];
    const b = toks[n - 2];
    if (!a || !b) return false;
    // the counted noun that opens the list: "50 seats,"
    if (isWordToken(a) && !isCap(a) && isPluralNoun(a.lower) && DIGITS_RE.test(b.text)) return true;
    // or another tally of the list: "Labour 34,"
    if (!(DIGITS_RE.test(a.text) && isWordToken(b) && isCap(b))) return false;
    k = n - 1;
  }
  return false;
}

/** A capitalised name that makes the number after it a designation ("Leopard 2", "Office 39"). */
function designationName(prev: Token): boolean {
  if (camelCasedName(prev)) return true;
  if (!isWordToken(prev) || !isCap(prev)) return false;
  const lw = prev.lower;
  return !STOP.has(lw) && !APPROX_FIRST.has(lw) && !MONTHS.has(lw) && !WEEKDAYS.has(lw) && !isPossessive(prev) && !DIGITS_RE.test(prev.text) && !VERBISH.has(lw);
}

/** A camel-cased product name: "iPhone 4", "iPad 2", "eVTOL 3" (and "iOS 6", "macOS 14"). */
function camelCasedName(t: Token): boolean {
  return isWordToken(t) && (/^\p{Ll}{1,2}\p{Lu}\p{Ll}/u.test(t.text) || /^\p{Ll}{1,3}\p{Lu}{2,}$/u.test(t.text));
}

/** People named by role or kind, whose age may follow between commas: "the driver, 34,". */
const PERSON_ROLES = words(
  'man woman boy girl teenager mother father son daughter wife husband victim suspect driver teacher student pilot farmer officer soldier ' +
    'governor president minister senator mayor judge lawyer doctor nurse worker resident owner founder leader chief executive singer actor player',
);

/** Kin and companions before a first name: "his wife Ada, 61". */
const KIN_WORDS = words('wife husband son daughter mother father brother sister partner friend girlfriend boyfriend grandson granddaughter grandmother grandfather nephew niece cousin');

/** Verbs and adverbs of change: "rose from 300 to 800" states two figures, "cost from 300 to 800" one range. */
const CHANGE_WORDS = words(
  'rose risen rise rises rising fell fallen fall falls falling increased increase increases increasing decreased decrease decreases declined decline ' +
    'declines dropped drop drops climbed climb climbs jumped jump jumps grew grow grows grown cut cuts raised raise raises lowered lower reduced reduce ' +
    'slipped slip soared soar surged surge plunged plunge slumped tumbled doubled tripled went gone up down changed change moved shrank shrunk ' +
    'expanded revised upgraded downgraded lift lifts lifting lifted hike hikes hiked narrowed widened edged eased swelled ballooned spiked dipped sank sunk recovered rebounded',
);
function changeBefore(toks: Token[], from: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 4); k--) {
    const lw = toks[k].lower;
    if (CHANGE_WORDS.has(lw)) return true;
    if (!isWordToken(toks[k]) || /^(?:cost|costs|range|ranges|ranging|ranged|vary|varies|varying|varied|anywhere|estimates?)$/.test(lw)) return false;
  }
  return false;
}

/** "18 months instead of 21", "from three to five years": a bare number that shares a duration's unit. */
function ellipticalDuration(toks: Token[], i: number): boolean {
  const prev = toks[i - 1];
  // (a duration's partner is no thousands: "by 750 in the last four years to 2976")
  if (DIGITS_RE.test(toks[i].text) && numValue(toks[i].text) >= 1000) return false;
  if (!prev || !/^(?:of|than|from|to|or|and|versus|vs|-|–)$/.test(prev.lower)) return false;
  for (let k = i - 2; k >= Math.max(0, i - 7); k--) {
    // (in the same clause: "During the past 24 hours, more than 3,500 fled" counts people; not "by two years, from 27 to 25")
    if (/^[,;:]$/.test(toks[k].text) && isWordToken(toks[i + 1] ?? toks[i]) && !/^(?:to|and|or)$/.test(toks[i + 1]?.lower ?? 'to')) break;
    // (nor a level after a change of another unit: "in the first three months increased 3.4 percent to 604,953")
    if (toks[k].text === '%' || /^(?:percent|pct|cent)$/.test(toks[k].lower) || CHANGE_WORDS.has(toks[k].lower)) break;
    if (TIME_UNITS.has(toks[k].lower) && toks[k - 1] && (DIGITS_RE.test(toks[k - 1].text) || wordNumber(toks[k - 1].lower) !== undefined)) return true;
  }
  return false;
}

/** "one in five", "nine out of 10": the index of the second number after the number ending at j, or -1. */
function ratioAfter(toks: Token[], j: number, value: number): number {
  const k = toks[j + 1]?.lower === 'in' ? j + 2 : toks[j + 1]?.lower === 'out' && toks[j + 2]?.lower === 'of' ? j + 3 : -1;
  const t = toks[k];
  // (not "over 60 in one of its biggest strikes"; "1 in 10 of them" is one)
  if (!t || (toks[k + 1]?.lower === 'of' && !DIGITS_RE.test(t.text))) return -1;
  // (nor "fell to 2.40 in 2017": a level, then its year)
  if (isYear(t, numValue(t.text))) return -1;
  // (a ratio's whole is more than its part: not "and 20 in two other regions"; "out of" may be all: "10 out of 10")
  const whole = DIGITS_RE.test(t.text) ? numValue(t.text) : wordNumber(t.lower);
  return whole !== undefined && (whole > value || (whole === value && k === j + 3)) ? k : -1;
}

/** The ratio from token `first` to its second number at `ofNumber`, with what it counts: "one in five households". */
function ratioFigure(toks: Token[], first: number, ofNumber: number, value: number): Found {
  const p = countedPhrase(toks, ofNumber + 1, false);
  return { first, last: Math.max(ofNumber, p.last), kind: 'fraction', value, unit: p.head >= 0 ? singular(toks[p.head].text) : undefined, head: p.head >= 0 ? p.head : undefined };
}

function isYear(t: Token, v: number): boolean {
  return /^\d{4}$/.test(t.text) && v >= 1000 && v <= 2100;
}

/** Tries to read a figure starting at token i. */
function readFigure(c: Ctx, i: number): Found | undefined {
  const { toks } = c;
  const t = toks[i];
  const lw = t.lower;
  let j = i; // current token index (last consumed)
  let value: number | undefined;
  let high: number | undefined;
  let vague = false;
  let currency: string | undefined;
  let kind: FigureKind = 'count';
  let spelled = false;
  let scaled = false;
  // an ordinal with a scale: "its 2 millionth complaint", "the 100 thousandth visitor"
  if (/^(?:hundred|thousand|million|billion)th$/.test(toks[i + 1]?.lower ?? '')) return undefined;
  // the patterns of numbers written with digits all start with one: words skip them
  const c0 = t.text.charCodeAt(0);
  const digit0 = isDigitCode(c0);

  // Currency before the number: $, €, US$, USD
  // (Kenya's shilling in lower case too, before its full stop: "sh. 11,000")
  const abbreviation = Object.hasOwn(CURRENCY_ABBREVIATIONS, t.text) ? CURRENCY_ABBREVIATIONS[t.text] : t.text === 'sh' && toks[i + 1]?.text === '.' && /^\d/.test(toks[i + 2]?.text ?? '') ? 'KES' : undefined;
  // (and Ghana's cedi written after its letters: "GH¢11.32 billion", "GH₵5m")
  const cedi = t.text === 'GH' && (toks[i + 1]?.text === '¢' || toks[i + 1]?.text === '₵') && toks[i + 1].start === t.end;
  if (CURRENCY_SIGNS_.get(t.text) !== undefined || (DOLLAR_PREFIXES_.has(lw) && toks[i + 1]?.text === '$' && toks[i + 1].start === t.end) || cedi || (CURRENCY_CODES.has(lw) && t.text === t.text.toUpperCase()) || abbreviation) {
    let k = i;
    if (cedi) {
      currency = 'GHS';
      k = i + 1;
    } else if (DOLLAR_PREFIXES_.has(lw) && toks[i + 1]?.text === '$') {
      currency = DOLLAR_PREFIXES_.get(lw);
      k = i + 1;
    } else currency = CURRENCY_SIGNS_.get(t.text) ?? abbreviation ?? lw.toUpperCase();
    // "Rs. 1.2 trillion": the abbreviation's full stop
    if (abbreviation && toks[k + 1]?.text === '.' && toks[k + 1].start === t.end && toks[k + 2] && DIGITS_RE.test(toks[k + 2].text)) k++;
    const n = toks[k + 1];
    if (!n) return undefined;
    const g = GLUED_SCALE_RE.exec(n.text);
    // "$1-billion", "R20-million": the scale hyphenated to the number, as South African papers write it ("Rs 500-crore" in India)
    const hy = /^(\d[\d,]*(?:\.\d+)?)-(million|billion|trillion|crore|lakh)$/i.exec(n.text);
    // "$US1.6 billion", "$A500": the country after the sign, as Australian papers write it
    const dp = t.text === '$' && n.start === t.end ? /^(US|A|NZ|C|HK|S|NT)(\d[\d,]*(?:\.\d+)?)$/.exec(n.text) : null;
    if (dp && DIGITS_RE.test(dp[2])) {
      currency = DOLLAR_PREFIXES_.get(dp[1].toLowerCase());
      value = numValue(dp[2]);
    } else if (DIGITS_RE.test(n.text)) value = numValue(n.text);
    else if (hy) {
      value = numValue(hy[1]) * (SCALE_WORDS_.get(hy[2].toLowerCase()) ?? 1);
      scaled = true;
    } else if (g) {
      value = numValue(g[1]) * SCALE_ABBR_.get(g[2].toLowerCase());
      scaled = true;
    } else {
      // a price per unit written with a slash: "₹2,900/quintal", "Rs31.13/kg"
      const pu = PRICE_PER_UNIT.exec(n.text);
      if (pu) return { first: i, last: k + 1, kind: 'money', value: numValue(pu[1]), unit: currency };
      const r = DIGIT_RANGE_RE.exec(n.text);
      if (!r) return undefined;
      value = numValue(r[1]);
      high = numValue(r[2]);
    }
    kind = 'money';
    j = k + 1;
  } else if (!digit0 && CODE_GLUED_RE.test(t.text) && pesoAmount(t, toks[i + 1], toks[i + 2], toks[i + 3])) {
    // an amount glued to its currency's code: "RUB37.9 trillion", "USD40bn"
    const g = CODE_GLUED_RE.exec(t.text)!;
    currency = g[1] === 'RMB' ? 'CNY' : g[1] === 'RM' ? 'MYR' : /^(?:KSh|Ksh|Sh)$/.test(g[1]) ? 'KES' : /^(?:P|Php|PHP)$/.test(g[1]) ? 'PHP' : g[1] === 'Tk' ? 'BDT' : /^Dhs?$/.test(g[1]) ? 'AED' : g[1] === 'R' ? 'ZAR' : g[1] === 'N' ? 'NGN' : /^Rs\.?$/.test(g[1]) ? 'INR' : g[1] === 'SFr' ? 'CHF' : g[1] === 'K' ? 'ZMW' : g[1];
    value = numValue(g[2]) * (g[3] ? SCALE_ABBR_.get(g[3].toLowerCase()) ?? 1 : 1);
    scaled = !!g[3];
    kind = 'money';
  } else if (digit0 && DIGITS_RE.test(t.text)) {
    value = numValue(t.text);
  } else if (digit0 && GLUED_SCALE_RE.test(t.text)) {
    const g = GLUED_SCALE_RE.exec(t.text)!;
    const unit = g[2].toLowerCase();
    // metres by their dimension: "a large 115m long ship", "a 90m-high tower"
    if (unit === 'm' && /^(?:long|wide|high|tall|deep|away|deeper|higher|longer|wider)$/.test(toks[i + 1]?.lower ?? '')) return { first: i, last: i + 1, kind: 'measure', value: numValue(g[1]), unit: 'm' };
    if (unit === 'm' || unit === 'k' || unit === 'b') {
      // "5m" is metres as often as millions; a scale only before a currency word or "people"
      value = numValue(g[1]) * SCALE_ABBR_.get(unit);
    } else value = numValue(g[1]) * SCALE_ABBR_.get(unit);
    scaled = true;
  } else if (digit0 && DIGIT_RANGE_RE.test(t.text)) {
    const r = DIGIT_RANGE_RE.exec(t.text)!;
    value = numValue(r[1]);
    high = numValue(r[2]);
    // year ranges "2022-23", "1939–45"
    if (/^\d{4}$/.test(r[1]) && value >= 1000 && value <= 2100 && (high < 100 || (high >= 1000 && high <= 2100))) return undefined;
    // scores and votes, which do not rise: "poised at 1-1", "won 3-1", "a 10-5 vote"
    if (/^\d{1,3}$/.test(r[1]) && /^\d{1,3}$/.test(r[2]) && high <= value) return undefined;
    kind = 'range';
  } else if (digit0 && GLUED_UNITS.test(t.text)) {
    const g = GLUED_UNITS.exec(t.text)!;
    // (a chip's process node is a designation: "3nm chips")
    if (g[2].toLowerCase() === 'nm' && /^(?:chips?|process|processes|node|nodes|technology|semiconductors?|wafers?)$/.test(toks[i + 1]?.lower ?? '')) return undefined;
    value = numValue(g[1]);
    return { first: i, last: i, kind: 'measure', value, unit: MEASURE_UNITS_.get(g[2].toLowerCase()) ?? g[2].toLowerCase() };
  } else if (digit0 && GLUED_COUNT.test(t.text)) {
    const g = GLUED_COUNT.exec(t.text)!;
    return { first: i, last: i, kind: 'count', value: numValue(g[1]), unit: singular(g[2]) };
  } else if (digit0 && GLUED_TEMPERATURE.test(t.text)) {
    return { first: i, last: i, kind: 'measure', value: numValue(GLUED_TEMPERATURE.exec(t.text)![1]), unit: 'degree' };
  } else if (digit0 && GLUED_POINTS.test(t.text)) {
    const g = GLUED_POINTS.exec(t.text)!;
    return { first: i, last: i, kind: 'count', value: numValue(g[1]), unit: /^b/i.test(g[2]) ? 'bp' : 'point' };
  } else if (digit0 && GLUED_PERCENT.test(t.text)) {
    return { first: i, last: Math.max(i, countedPhrase(toks, i + 1, true).last), kind: 'percent', value: numValue(GLUED_PERCENT.exec(t.text)![1]), unit: '%' };
  } else if (digit0 && DECIMAL_COMMA.test(t.text) && (toks[i + 1]?.text === '%' || toks[i + 1]?.lower === 'percent') && toks[i + 1].start === t.end + (toks[i + 1].text === '%' ? 0 : 1)) {
    value = parseFloat(t.text.replace(',', '.'));
  } else if ((t.text.endsWith('fold') && WORD_FOLD_RE.test(t.text)) || FOLD_WORDS_.has(lw)) {
    const m = WORD_FOLD_RE.exec(t.text);
    const v = FOLD_WORDS_.has(lw) ? FOLD_WORDS_.get(lw) : m && DIGITS_RE.test(m[1]) ? numValue(m[1]) : wordNumber(m ? m[1].toLowerCase() : '');
    if (v === undefined) return undefined;
    const n = toks[i + 1];
    // (not a participle: "grown fourfold compared to")
    const last = n && isWordToken(n) && !endsPhrase(n) && !isCap(n) && !isPluralNoun(n.lower) && !(/ed$/.test(n.lower) && !ING_ED_NOUNS.has(n.lower)) ? i + 1 : i;
    return { first: i, last, kind: 'multiplier', value: v, unit: 'fold', head: last > i ? last : undefined };
  } else if (digit0 && DIGIT_COMPOUND_RE.test(t.text)) {
    // "45-year-old", "10-day", "50-member delegation", "10,000-strong force", "300-plus", "20-km zone"
    const m = DIGIT_COMPOUND_RE.exec(t.text)!;
    const suffix = m[2].toLowerCase();
    const firstWord = suffix.split(/[-–]/)[0];
    if (TIME_UNITS.has(firstWord) || firstWord === 'mm' || firstWord === 'millimetre' || firstWord === 'millimeter' || firstWord === 'caliber' || firstWord === 'calibre' || firstWord === 'th' || firstWord === 'st' || firstWord === 'nd' || firstWord === 'rd') return undefined;
    if (firstWord === 'fold') return undefined;
    // a tied score: "a 10-all scoreline", "level at 2-all"
    if (suffix === 'all') return undefined;
    // a shape, not a count: "the 2-sided Contract for Difference", "a 3-pronged attack", "a 4-way stop"
    if (/^(?:sided|pronged|dimensional|way)$/.test(suffix)) return undefined;
    // a name that spells a number after its digits: "7-Eleven outlets"
    if (/^\p{Lu}\p{Ll}+$/u.test(m[2]) && isNumberWord(suffix)) return undefined;
    // a wire story's slug and version: "WRAPUP 3-Normality returns", "UPDATE 2-Oil rises"
    if (toks[i - 1] && /^(?:WRAPUP|UPDATE|REFILE|CORRECTED|RPT|FACTBOX|INSIGHT|ANALYSIS|EXCLUSIVE|PREVIEW)$/.test(toks[i - 1].text) && /^\p{Lu}/u.test(m[2])) return undefined;
    // a scale joined by a hyphen, as South African and some African papers write it, with a decimal comma:
    // "4,5-million others", "21,4-trillion won" (its currency word after it makes it money)
    if (/^(?:million|billion|trillion|crore|lakh)$/.test(suffix)) {
      const scaledValue = numValue(DECIMAL_COMMA.test(m[1]) ? m[1].replace(',', '.') : m[1]) * SCALE_WORDS_.get(suffix)!;
      const cw = CURRENCY_WORDS_.get(toks[i + 1]?.lower ?? '');
      if (cw) return { first: i, last: i + 1, kind: 'money', value: scaledValue, unit: cw };
      const p = countedPhrase(toks, i + 1, false);
      return { first: i, last: p.head >= 0 ? p.last : i, kind: 'count', value: scaledValue, unit: p.head >= 0 ? singular(toks[p.head].text) : undefined, head: p.head >= 0 ? p.head : undefined };
    }
    // a day glued to its month: "the March 26-April 1 survey", "Feb 24-Mar 1"
    if (MONTHS.has(firstWord.replace(/\.$/, '')) && /^\p{Lu}/u.test(m[2]) && +m[1] <= 31) return undefined;
    // a purity, not a weight: "24-carat gold dust", "18-karat gold"
    if (/^(?:carat|karat|kt)$/.test(suffix) && /^(?:gold|golden)$/.test(toks[i + 1]?.lower ?? '')) return undefined;
    // an index named by its size: "the 30-share BSE Sensex", "the 50-share NSE Nifty", "the 30-share barometer",
    // "the 225-issue Nikkei Stock Average"
    // (or "scrip", as Indian papers write it: "the 30-scrip sensitive index", "the 50-scrip Nifty")
    if (/^(?:share|stock|company|issue|scrip)$/.test(suffix) && toks[i + 1] && (isCap(toks[i + 1]) || /^(?:barometer|index|benchmark|pack|gauge)$/.test(toks[i + 1].lower) || (suffix === 'scrip' && /^(?:sensitive|benchmark|broader|wider)$/.test(toks[i + 1].lower)))) return undefined;
    // a calibre in inches names a kind of round or gun, as "152-mm" does: "4.8-inch artillery shells", "a 5-inch gun"
    if ((firstWord === 'inch' || firstWord === 'in') && suffix === firstWord && calibreNoun(toks, i + 1)) return undefined;
    value = numValue(m[1]);
    if (isYear({ ...t, text: m[1] }, value)) return undefined;
    const p = countedPhrase(toks, i + 1, true);
    const unit = MEASURE_UNITS_.get(firstWord);
    const lastTok = p.head >= 0 ? p.last : i;
    return { first: i, last: lastTok, kind: unit ? 'measure' : 'count', value, unit: unit ?? (p.head >= 0 ? singular(toks[p.head].text) : firstWord), head: p.head >= 0 ? p.head : undefined };
  } else if (lw.includes('-') && SPELLED_MEASURE_RE.test(lw)) {
    const m = SPELLED_MEASURE_RE.exec(lw)!;
    const p = countedPhrase(toks, i + 1, true);
    return { first: i, last: p.head >= 0 ? p.last : i, kind: 'measure', value: wordNumber(m[1]), unit: MEASURE_UNITS_.get(m[2]), head: p.head >= 0 ? p.head : undefined };
  } else if (lw.includes('-') && SPELLED_COUNT_RE.test(lw)) {
    const m = SPELLED_COUNT_RE.exec(lw)!;
    const p = countedPhrase(toks, i + 1, true);
    return { first: i, last: p.head >= 0 ? p.last : i, kind: 'count', value: wordNumber(m[1]), unit: p.head >= 0 ? singular(toks[p.head].text) : m[2], head: p.head >= 0 ? p.head : undefined };
  } else {
    return readWordFigure(c, i);
  }

  if (value === undefined || !Number.isFinite(value)) return undefined;
  const numTok = toks[j];
  const digitsOnly = DIGITS_RE.test(numTok.text);

  // Scale word: "1.6 million", "$5 bn", "300 thousand"
  const sc = toks[j + 1];
  if (sc && !scaled && (SCALE_WORDS_.get(sc.lower) !== undefined || (SCALE_ABBR_.get(sc.lower) !== undefined && (currency || /^(?:bn|bln|mn|mln|tn|trn)$/.test(sc.lower))))) {
    if (!(SCALE_WORDS_.has(sc.lower)) || sc.lower !== 'hundred' || value < 100) {
      value *= SCALE_WORDS_.get(sc.lower) ?? SCALE_ABBR_.get(sc.lower);
      if (high !== undefined) high *= SCALE_WORDS_.get(sc.lower) ?? SCALE_ABBR_.get(sc.lower);
      scaled = true;
      j++;
      if (toks[j + 1] && SCALE_WORDS_.get(toks[j + 1].lower) !== undefined && toks[j + 1].lower !== 'hundred') {
        value *= SCALE_WORDS_.get(toks[j + 1].lower);
        j++;
      }
    }
  }

  // Range: "300 to 800", "$5 million to $10 million", "two or three"
  const joiner = toks[j + 1];
  if (high === undefined && joiner && /^(?:to|-|–|—|or|and)$/.test(joiner.lower) && !(toks[i - 1]?.lower === 'from' && changeBefore(toks, i - 1))) {
    const betweenOk = joiner.lower !== 'and' || toks[i - 1]?.lower === 'between';
    let k = j + 2;
    if (currency && CURRENCY_SIGNS_.get(toks[k]?.text ?? '') !== undefined) k++;
    const n2 = toks[k];
    // The second number's scale word, and whether the first shares it: "5 to 10 million" (not "41,700 to 10.023
    // million", whose first number is no count of millions: a range's low end is not above its high end)
    const n2Value = n2 && DIGITS_RE.test(n2.text) ? numValue(n2.text) : undefined;
    const sc2 = n2Value !== undefined ? toks[k + 1] : undefined;
    const scale2 = sc2 && (SCALE_WORDS_.get(sc2.lower) !== undefined || /^(?:bn|bln|mn|mln|tn|trn)$/.test(sc2.lower)) ? (SCALE_WORDS_.get(sc2.lower) ?? SCALE_ABBR_.get(sc2.lower)) : undefined;
    const sharesScale = scale2 !== undefined && !scaled && value <= n2Value!;
    const low = sharesScale ? value * scale2! : value;
    const highLevel = n2Value !== undefined ? n2Value * (scale2 ?? 1) : 0;
    // (a change, then the level it reached: "increased by 5,868 to 110,629", "lifted 60,200 to 7.19 million";
    // "rose by 10 to 15 percent" and "rose 10 to 15 percent" are ranges)
    const changeThenLevel =
      joiner.lower === 'to' &&
      highLevel > 0 &&
      ((toks[i - 1]?.lower === 'by' && changeBefore(toks, i - 1) && highLevel > 3 * low) || (!!toks[i - 1] && CHANGE_WORDS.has(toks[i - 1].lower) && highLevel > 10 * low));
    if (betweenOk && n2 && n2Value !== undefined && !(joiner.lower === 'or' && toks[k + 1]?.lower === 'more') && !changeThenLevel) {
      let h = n2Value;
      let kk = k;
      const valueBefore = value;
      if (scale2 !== undefined) {
        h *= scale2;
        kk++;
        if (sharesScale) value *= scale2;
      } else if (scaled) {
        h *= value / numValue(numTok.text.replace(/[^\d.,]/g, '') || '1') || 1;
      }
      // "2022 to 2023": years, not a range of figures; nor "since early 2016 to 11.7 million bpd": a year, then a level
      const yearFirst = isYear(numTok, numValue(numTok.text)) && !scaled;
      // ("1000 to 1500 troops" counts troops)
      const after = toks[kk + 1];
      const counts = !!after && isWordToken(after) && !isCap(after) && isPluralNoun(after.lower) && !TIME_UNITS.has(after.lower) && !YEAR_NOUNS.has(after.lower) && !STOP.has(after.lower) && !VERBISH.has(after.lower);
      // (a year after its month is a date's: "in August 2020 to 16.66 percent in September", "from 1 July, 2022 to 30 June")
      const dated = MONTHS.has(toks[i - 1]?.lower ?? '') || (toks[i - 1]?.text === ',' && MONTHS.has(toks[i - 2]?.lower ?? ''));
      // (a dash between two plain numbers, the second below the first, is no range: "totalled 2693 - 2177 primary and 469 secondary")
      const falling = /^[-–—]$/.test(joiner.text) && scale2 === undefined && !scaled && h < value;
      // (nor a year, then a level below it: "its forecast for 2023 to 7 per cent")
      // (nor a span of years after "from" or "between", before what it dates: "From 2015 to 2020 exports rose")
      // (years of these times, a few apart: "from 1500 to 2000 troops" counts)
      const recentYears = value >= 1950 && h <= 2050 && h > value && h - value <= 30;
      const span = isYear(n2, numValue(n2.text)) && (!counts || (recentYears && /^(?:from|between)$/.test(toks[i - 1]?.lower ?? '')));
      if (!falling && !(yearFirst && (span || dated || h < value || /^(?:since|in|early|late|mid|by|until|till|during)$/.test(toks[i - 1]?.lower ?? '')))) {
        high = h;
        j = kk;
        kind = kind === 'money' ? 'money' : 'range';
      } else value = valueBefore;
    }
  }

  // What follows: percent, currency word, unit, counted noun
  let unit: string | undefined = currency;
  let head: number | undefined;
  let hasUnit = !!currency || scaled;
  const n = toks[j + 1];
  const n2 = toks[j + 2];
  if (n && (n.text === '%' || n.lower === 'percent' || n.lower === 'pct' || n.lower === 'per-cent' || (n.lower === 'per' && n2?.lower === 'cent') || (n.lower === 'percentage' && /^points?$/.test(n2?.lower ?? '')))) {
    j += n.lower === 'per' || n.lower === 'percentage' ? 2 : 1;
    // "5% to 10%" (not "rose 0.5 percentage points to 4.2%": a change, then a level)
    // ("and" only after "between": "rose by 0.4% and 0.3% respectively" is two figures)
    const jn = toks[j + 1];
    const m2 = toks[j + 2];
    // ("decreased from 34.8% to 24.8%": a change from one level to another states two figures)
    // (nor "occupancy +0.4% to 70.3%": a change with its sign, then the level)
    const signedChange = jn?.lower === 'to' && toks[i - 1]?.text === '+' && toks[i - 1].end === toks[i].start;
    if (n.lower !== 'percentage' && jn && /^(?:to|-|–|and)$/.test(jn.lower) && !(jn.lower === 'to' && toks[i - 1]?.lower === 'from' && changeBefore(toks, i - 1)) && !signedChange && (jn.lower !== 'and' || toks[i - 1]?.lower === 'between' || (toks[i - 2]?.lower === 'between' && APPROX_BEFORE.test(toks[i - 1]?.lower ?? ''))) && m2 && DIGITS_RE.test(m2.text) && (toks[j + 3]?.text === '%' || toks[j + 3]?.lower === 'percent')) {
      high = numValue(m2.text);
      j += 3;
    }
    return { first: i, last: j, kind: 'percent', value, high, unit: '%' };
  }
  if (!currency && n) {
    // "5 million euros", "300 billion won", "1.5 trillion won", "10 US dollars"
    let cw = CURRENCY_WORDS_.get(n.lower);
    let extra = 0;
    if (!cw && (n.lower === 'us' || n.lower === 'u.s') && n2 && /^dollars?$/.test(n2.lower)) {
      cw = 'USD';
      extra = 1;
    }
    // (not a year's money: "in constant 2014 dollars", "in 2010 euros")
    const yearsMoney = !!cw && !scaled && high === undefined && /^(?:in|constant|real|inflation-adjusted|current)$/.test(toks[i - 1]?.lower ?? '') && isYear(numTok, value);
    if (cw && !yearsMoney && !(n.lower === 'won' && !scaled && value < 1000) && !(/^(?:pounds?|real)$/.test(n.lower) && (toks[j + 2]?.lower === 'of' || n.lower === 'real'))) {
      return { first: i, last: j + 1 + extra, kind: 'money', value, high, unit: cw };
    }
  }
  if (currency) return { first: i, last: j, kind: 'money', value, high, unit: currency };

  // Years, with nothing after that a year cannot have (the dead and the hurt are counted, at a headline's start or after
  // "left": "1486 dead as floods ...", "1200 killed in quake", "Quake: 1150 dead", "left 1486 dead")
  if (!scaled && isYear(numTok, value) && high === undefined && !((i === 0 || /^(?::|left|leaves|leaving|leave)$/.test(toks[i - 1].lower)) && toks[j + 1] && (CASUALTY_ADJECTIVES.has(toks[j + 1].lower) || /^(?:killed|hurt|injured|rescued|evacuated|arrested)$/.test(toks[j + 1].lower)))) {
    // a year after a determiner, or before a name's possessive: "the 2024 grain and oilseed crops", "In 2015 Gazprom's exports"
    // (or after a possessive: "Unam’s 2015 intake comprises", "the company's 2023 revenue")
    // (or a part of the year: "in early 2022 allows")
    if (/^(?:the|its|their|this|that|last|next|early|late|mid|mid-)$/.test(toks[i - 1]?.lower ?? '') || (toks[i - 1] && isPossessive(toks[i - 1])) || (toks[j + 1] && isCap(toks[j + 1]) && isPossessive(toks[j + 1]))) return undefined;
    // (or the year of a date: "the October 7, 2023 Hamas-led attacks")
    if (toks[i - 1]?.text === ',' && /^\d{1,2}$/.test(toks[i - 2]?.text ?? '') && MONTHS.has(toks[i - 3]?.lower ?? '')) return undefined;
    // (or the end of a span of years: "Between 2013 and 2017 e-book sales fell", "from 2015 to 2020 exports rose")
    if (/^(?:and|to|through|until|till)$/.test(toks[i - 1]?.lower ?? '') && toks[i - 2] && isYear(toks[i - 2], numValue(toks[i - 2].text)) && /^(?:between|from)$/.test(toks[i - 3]?.lower ?? '')) return undefined;
    const p = countedPhrase(toks, j + 1, false);
    // after a preposition of time, only a plural right after it is counted: "in 2000 homes", not "for 2025 reached new highs"
    if (/^(?:in|for|since|until|till|during|through|throughout|by|before|after)$/.test(toks[i - 1]?.lower ?? '') && p.head !== j + 1) return undefined;
    const h = p.head >= 0 ? toks[p.head] : undefined;
    if (!h || isCap(h) || !isPluralNoun(h.lower) || TIME_UNITS.has(h.lower)) return undefined;
    // a year's measures: "from 2005 levels", "in 2015 prices" (or with what they measure: "the 2021 deforestation rates")
    // (or before the verb it is the subject of: "2023 data shows")
    for (let q = j + 1; q <= Math.min(p.head, j + 3); q++) if (YEAR_NOUNS.has(toks[q].lower)) return undefined;
    // the verb of a picture or a report dated by the year: "released on June 9, 2017 shows"
    // (or after the year's noun: "The 2006 budget projects the deficit at 4.7%")
    if ((p.head === j + 1 || (p.head === j + 2 && !isPluralNoun(toks[j + 1].lower))) && /^(?:shows|says|finds|suggests|reveals|indicates|notes|states|claims|reports|depicts|features|projects|forecasts|estimates|predicts|puts|sees|expects|assumes|targets|signals|marks|climbs|rises|falls|grows|drops|jumps|stands|reaches|remains|begins|ends|brings|looks|represents|accounts|totals|equals|exceeds|includes|compares|supports|oversees|provides|helps|covers|holds|runs|leads|serves|crosses|tops|passes|surpasses|nears|doubles|triples|halves|breaks|hits|sets)$/.test(h.lower)) return undefined;
    // an event of the year: "the 2017 elections", "the 2022 floods" (or after its modifiers: "of 2022 legislative elections")
    if (p.head <= j + 3 && YEAR_EVENTS.has(h.lower) && toks.slice(j + 1, p.head).every((x) => isWordToken(x) && !isCap(x) && !isPluralNoun(x.lower))) return undefined;
    // (or named in capitals before the plural: "2016 Presidential Election results", "the 2018 Commonwealth Games medals")
    for (let q = j + 1; q < p.head; q++) if (isCap(toks[q]) && NAMED_EVENTS.test(toks[q].lower)) return undefined;
    // (or a headline's subject of the year, then its verb: "2019 national pass rate improves to 81.3%")
    if (p.head > j + 2 && /^(?:rate|total|number|price|toll|level|count|figure|share|budget|deficit|index|economy|output|population|turnout|tally|bill)$/.test(toks[p.head - 1].lower)) return undefined;
  }

  // Measures: "74,000 tons of explosives", "30 square kilometres"
  let k = j + 1;
  if (toks[k] && /^(?:square|sq|cubic|metric)$/.test(toks[k].lower) && toks[k + 1] && MEASURE_UNITS_.get(toks[k + 1].lower)) k++;
  const u = toks[k] ? MEASURE_UNITS_.get(toks[k].lower) : undefined;
  if (u && u !== 'sq' && u !== 'cubic' && !(toks[k].lower === 't' || toks[k].lower === 'ha')) {
    // "45 degrees Celsius", "45°C": the scale belongs to the temperature
    if (u === 'degree' && toks[k + 1] && /^(?:celsius|fahrenheit|centigrade|c|f)$/.test(toks[k + 1].lower) && toks[k + 1].start <= toks[k].end + 1) k++;
    const of = ofPhrase(toks, k + 1);
    hasUnit = true;
    if (excludedByContext(c, i, k, value, digitsOnly, hasUnit)) return undefined;
    return { first: i, last: of ? of.last : k, kind: 'measure', value, high, unit: u, head: of && of.head >= 0 ? of.head : undefined };
  }

  // Counted noun phrase
  if (toks[j + 1] && (toks[j + 1].lower === 'times') && !scaled) {
    return { first: i, last: j + 1, kind: 'multiplier', value, high, unit: 'times' };
  }
  // "one in five": a ratio
  const ofNumber = ratioAfter(toks, j, value);
  if (ofNumber > 0 && !scaled && value < 100) return ratioFigure(toks, i, ofNumber, value);
  // "10 or more people", "300-odd", "100-plus"
  let from = j + 1;
  if (toks[from]?.lower === 'or' && /^(?:more|so)$/.test(toks[from + 1]?.lower ?? '')) from += 2;
  const p = countedPhrase(toks, from, value === 1);
  if (p.last >= from) {
    // (a time unit inside the phrase; "second" before a noun is an ordinal: "2.35 crore second doses")
    // (but hours or nights by the million are a quantity of work or of stays: "hours worked decreased 15 million hours",
    // "spent 7.19 million nights in hotels")
    for (let q = from; q <= p.last; q++) if (TIME_UNITS.has(toks[q].lower) && !(scaled && toks[q].lower === 'second' && q < p.last) && !(scaled && value >= 1e6 && /^(?:hours|man-hours|person-hours|nights)$/.test(toks[q].lower))) return undefined;
    head = p.head >= 0 ? p.head : undefined;
    if (head !== undefined && CONTAINER_NOUNS.has(toks[head].lower)) {
      const of = ofPhrase(toks, p.last + 1);
      if (of) {
        if (excludedByContext(c, i, j, value, digitsOnly, true)) return undefined;
        return { first: i, last: of.last, kind: kind === 'range' || high !== undefined ? 'range' : 'count', value, high, unit: singular(toks[head].text), head };
      }
    }
    hasUnit = hasUnit || (head !== undefined && !isCap(toks[head]));
    // a table's rank at a line's start: "1 United States 40 44 42 126" (no count of a country)
    if (c.paragraphStart && i === 0 && head !== undefined && digitsOnly && isCap(toks[head]) && toks[p.last + 1] && DIGITS_RE.test(toks[p.last + 1].text)) return undefined;
    // a model in a Title Case headline: "Falcon 9 Rocket", "Leopard 2 Tank" (a count of two or more takes a plural,
    // or is of the dead and the hurt: "Floods Leave 90 Dead")
    if (c.titleCase && head !== undefined && digitsOnly && value >= 2 && value < 1000 && Number.isInteger(value) && high === undefined && !isPluralNoun(toks[head].lower) && !CASUALTY_ADJECTIVES.has(toks[head].lower) && toks[i - 1] && isCap(toks[i - 1]) && designationName(toks[i - 1])) return undefined;
    // (a capital before makes a model of a number, "Leopard 2 tanks", not of millions: "Received Dubai 1.26 million visitors";
    // so does a camel-cased name: "iPhone 16 demand", "iPhone 15 sales")
    const before = toks[i - 1] ?? t;
    if (excludedByContext(c, i, j, value, digitsOnly, hasUnit && (scaled || !(isCap(before) || camelCasedName(before))))) return undefined;
    const headTok = head !== undefined ? toks[head] : toks[p.last];
    return { first: i, last: p.last, kind: high !== undefined ? 'range' : 'count', value, high, unit: singular(headTok.text), head: head ?? p.last, vague };
  }
  if (toks[j + 1] && TIME_UNITS.has(toks[j + 1].lower)) return undefined;
  if (ellipticalDuration(toks, i)) return undefined;
  if (excludedByContext(c, i, j, value, digitsOnly, hasUnit)) return undefined;
  return { first: i, last: j, kind: high !== undefined ? 'range' : 'count', value, high, vague };
}

/** Figures that start with a word: "two missiles", "a dozen", "tens of thousands of", "more than half of", "several hundred". */
function readWordFigure(c: Ctx, i: number): Found | undefined {
  const { toks } = c;
  const t = toks[i];
  const lw = t.lower;
  const prev = toks[i - 1];
  const sentenceStart = i === 0 || (!!prev && /^["“‘'(\[:;—–-]$/.test(prev.text)) || (i === 1 && !isWordToken(toks[0]));
  // Capitalised mid-sentence: part of a name ("Group of Seven", "the Big Three")
  const capName = isCap(t) && !sentenceStart && !c.titleCase && t.text !== t.text.toUpperCase();
  // "zero" in a name of a policy, a goal or an outlet, or the verb: "zero COVID restrictions", "zero tolerance", "net zero", "zero in on", "Zero Hedge"
  if (lw === 'zero' && ((isCap(t) && toks[i + 1] && isCap(toks[i + 1])) || (prev && /^(?:net|ground)$/.test(prev.lower)) || /^(?:covid|covid-19|tolerance|sum|hour|gravity|waste|carbon|trust|day|in|out)$/.test(toks[i + 1]?.lower ?? ''))) return undefined;
  // a class by its year of school: "year one students", "Grade Seven pupils"
  if (prev && SCHOOL_YEARS.has(prev.lower) && UNIT_WORDS_.get(lw) !== undefined && learnersAfter(toks, i + 1) && !timeBeforeClass(toks, i - 1)) return undefined;
  // (a place or a reference, not a count: "at the border's 'zero point'"; "zero point five" is a number)
  if (lw === 'zero' && toks[i + 1]?.lower === 'point' && !(toks[i + 2] && (UNIT_WORDS_.get(toks[i + 2].lower) !== undefined || /^\d/.test(toks[i + 2].text)))) return undefined;

  // "a quarter-point hike", "a half-point cut"
  const pm = POINT_MOVE_RE.exec(t.text);
  if (pm) {
    const value = pm[1].toLowerCase() === 'half' ? 0.5 : pm[1].toLowerCase() === 'quarter' ? 0.25 : 0.75;
    return { first: i, last: Math.max(i, countedPhrase(toks, i + 1, true).last), kind: 'percent', value, unit: '%' };
  }
  // Fractions: "half of", "a third of", "two-thirds of", "more than half"
  const wf = WORD_FRACTION_RE.exec(t.text);
  if (FRACTIONS_.get(lw) !== undefined || wf) {
    let first = i;
    let value: number;
    if (wf) value = (wf[1].toLowerCase() === 'a' ? 1 : UNIT_WORDS_.get(wf[1].toLowerCase())) * FRACTIONS_.get(wf[2].toLowerCase());
    else {
      const before = prev?.lower;
      let num = before === 'a' || before === 'an' ? 1 : before ? UNIT_WORDS_.get(before) : undefined;
      // headlinese without the article: "up to quarter of a million dead"
      const bare = num === undefined && (lw === 'quarter' || lw === 'third') && toks[i + 1]?.lower === 'of' && /^(?:a|an)$/.test(toks[i + 2]?.lower ?? '') && toks[i + 3] !== undefined && SCALE_WORDS_.get(toks[i + 3].lower) !== undefined;
      if (bare) num = 1;
      if (lw !== 'half' && lw !== 'halves' && num === undefined) return undefined; // "third" alone is an ordinal
      if (num !== undefined && before !== undefined && lw !== 'half' && !bare) first = i - 1;
      if (lw === 'half' && (before === 'a' || before === 'one')) first = i - 1;
      if (lw === 'half' && prev && /^(?:first|second|last|latter|other|the|this|that|each|a)$/.test(prev.lower) && first === i) return undefined;
      value = (num ?? 1) * FRACTIONS_.get(lw);
    }
    const ap = approximatorBefore(toks, first, FRACTION_APPROX);
    const of = ofPhrase(toks, i + 1);
    let last = i;
    let head: number | undefined;
    if (of) {
      last = of.last;
      head = of.head >= 0 ? of.head : undefined;
    } else if (lw === 'half' && toks[i + 1] && /^(?:the|its|their|his|her|our|a|an|all)$/.test(toks[i + 1].lower)) {
      // "half the country’s grain", "half a million"
      if ((toks[i + 1].lower === 'a' || toks[i + 1].lower === 'an') && toks[i + 2] && SCALE_WORDS_.get(toks[i + 2].lower)) {
        const p = countedPhrase(toks, i + 3, false);
        for (let q = i + 3; q <= p.last; q++) if (TIME_UNITS.has(toks[q].lower)) return undefined;
        return { first: ap ? ap.first : first, last: Math.max(i + 2, p.last), kind: 'count', value: 0.5 * SCALE_WORDS_.get(toks[i + 2].lower), unit: p.head >= 0 ? singular(toks[p.head].text) : undefined, head: p.head >= 0 ? p.head : undefined, approxInSpan: !!ap };
      }
      const p = countedPhrase(toks, i + 2, true);
      if (p.last < i + 2) return undefined;
      last = p.last;
      head = p.head >= 0 ? p.head : undefined;
    } else if (POINT_MOVE.has(lw) && (toks[i + 1]?.lower === 'point' || (toks[i + 1]?.lower === 'percentage' && toks[i + 2]?.lower === 'point'))) {
      // "a quarter point", "a half percentage point cut": a move of interest rates or yields
      const pe = toks[i + 1].lower === 'point' ? i + 1 : i + 2;
      return { first: ap ? ap.first : first, last: Math.max(pe, countedPhrase(toks, pe + 1, true).last), kind: 'percent', value, unit: '%', approxInSpan: !!ap };
    } else if (!ap) return undefined;
    if (head !== undefined && TIME_UNITS.has(toks[head].lower)) return undefined;
    if (lw === 'half' && toks[i + 1] && TIME_UNITS.has(toks[i + 1].lower)) return undefined;
    return { first: ap ? ap.first : first, last, kind: 'fraction', value, unit: head !== undefined ? singular(toks[head].text) : undefined, head, approxInSpan: !!ap };
  }

  // Multipliers: "four-fold", "threefold" (handled in readFigure for the token forms)

  // Vague plurals: "dozens of", "hundreds of", "tens of thousands of"
  if (VAGUE_PLURALS_.get(lw) !== undefined && !capName) {
    // "Dozens dead", "hundreds injured": a casualty word right after counts people, as after digits
    if (lw !== 'tens' && toks[i + 1] && CASUALTY_ADJECTIVES.has(toks[i + 1].lower)) return { first: i, last: i + 1, kind: 'count', value: VAGUE_PLURALS_.get(lw), vague: true, unit: toks[i + 1].lower, head: i + 1 };
    if (toks[i + 1]?.lower !== 'of') return undefined;
    let value = VAGUE_PLURALS_.get(lw);
    let j = i + 1;
    if (toks[j + 1] && VAGUE_PLURALS_.get(toks[j + 1].lower) !== undefined && toks[j + 1].lower !== 'tens' && toks[j + 1].lower !== 'dozens') {
      value *= VAGUE_PLURALS_.get(toks[j + 1].lower);
      j += 1;
      if (toks[j + 1]?.lower !== 'of') {
        return lw === 'tens' || lw === 'hundreds' ? { first: i, last: j, kind: 'count', value, vague: true } : undefined;
      }
      j += 1;
    } else if (lw === 'tens') return undefined;
    const of = ofPhrase(toks, j);
    if (!of || of.head < 0) return undefined;
    const h = toks[of.head];
    if (TIME_UNITS.has(h.lower) || /^(?:them|us|those|these)$/.test(h.lower)) return undefined;
    const cw = CURRENCY_WORDS_.get(h.lower);
    return { first: i, last: of.last, kind: cw ? 'money' : 'count', value, vague: true, unit: cw ?? singular(h.text), head: of.head };
  }

  // "a dozen", "a hundred", "a million", "several hundred", "a few thousand", "two dozen"
  let first = i;
  let j = i;
  let value: number | undefined;
  let vague = false;
  if ((lw === 'a' || lw === 'an') && toks[i + 1] && (toks[i + 1].lower === 'dozen' || SCALE_WORDS_.get(toks[i + 1].lower) !== undefined)) {
    value = toks[i + 1].lower === 'dozen' ? 12 : SCALE_WORDS_.get(toks[i + 1].lower);
    j = i + 1;
  } else if ((lw === 'several' || (lw === 'a' && toks[i + 1]?.lower === 'few')) && toks[i + (lw === 'a' ? 2 : 1)]) {
    const k = i + (lw === 'a' ? 2 : 1);
    const s = toks[k].lower;
    if (s !== 'dozen' && SCALE_WORDS_.get(s) === undefined) return undefined;
    value = s === 'dozen' ? 12 : SCALE_WORDS_.get(s);
    vague = true;
    j = k;
  } else {
    const w = wordNumber(lw);
    if (w === undefined || capName) return undefined;
    value = w;
    // "two hundred and fifty thousand"
    while (toks[j + 1]) {
      const nx = toks[j + 1].lower;
      if (SCALE_WORDS_.get(nx) !== undefined) {
        value = nx === 'hundred' ? value * 100 : value * SCALE_WORDS_.get(nx);
        j++;
      } else if (nx === 'dozen') {
        value *= 12;
        j++;
      } else if (nx === 'and' && value >= 100 && toks[j + 2] && wordNumber(toks[j + 2].lower) !== undefined) {
        value += wordNumber(toks[j + 2].lower)!;
        j += 2;
      } else if (value >= 100 && value % 100 === 0 && wordNumber(nx) !== undefined && wordNumber(lw) !== undefined && j > i) {
        value += wordNumber(nx)!;
        j++;
      } else break;
    }
  }
  if (value === undefined) return undefined;
  // "one of the ...", "the only one", "one another", "no one", "at one point"
  if (value === 1 && j === i) {
    if (toks[i + 1]?.lower === 'of' || toks[i + 1]?.lower === 'another') return undefined;
    const ratio = ratioAfter(toks, i, 1) > 0;
    if (prev && !ratio && /^(?:the|only|no|any|each|every|this|that|which|at|what|no-one|someone|anyone|everyone|such|another|last|first|just)$/.test(prev.lower)) return undefined;
  }
  // Range of word numbers: "two or three missiles", "two to three", "between three and five per cent"
  let high: number | undefined;
  const joiner = toks[j + 1]?.lower ?? '';
  if ((/^(?:or|to|-|–)$/.test(joiner) || (joiner === 'and' && prev?.lower === 'between')) && toks[j + 2] && wordNumber(toks[j + 2].lower) !== undefined && prev?.lower !== 'from') {
    high = wordNumber(toks[j + 2].lower);
    j += 2;
  }
  // Percent, currency, unit, counted noun
  const n = toks[j + 1];
  if (n && (n.lower === 'percent' || n.text === '%' || (n.lower === 'per' && toks[j + 2]?.lower === 'cent'))) {
    if (capName) return undefined;
    return { first, last: j + (n.lower === 'per' ? 2 : 1), kind: 'percent', value, high, unit: '%' };
  }
  if (n && CURRENCY_WORDS_.get(n.lower) && n.lower !== 'won' && n.lower !== 'real' && !(/^pounds?$/.test(n.lower) && toks[j + 2]?.lower === 'of')) {
    return { first, last: j + 1, kind: 'money', value, high, unit: CURRENCY_WORDS_.get(n.lower) };
  }
  if (n && MEASURE_UNITS_.get(n.lower) && n.text.length > 2) {
    // "a few hundred square kilometres": the unit may take two words, as after digits
    const u = /^(?:square|sq|cubic|metric)$/.test(n.lower) && toks[j + 2] && MEASURE_UNITS_.get(toks[j + 2].lower) ? j + 2 : j + 1;
    const of = ofPhrase(toks, u + 1);
    return { first, last: of ? of.last : u, kind: 'measure', value, high, unit: MEASURE_UNITS_.get(toks[u].lower), head: of && of.head >= 0 ? of.head : undefined };
  }
  if (n && n.lower === 'times' && value > 1 && j === i) return { first, last: j + 1, kind: 'multiplier', value, unit: 'times' };
  const ofNumber = ratioAfter(toks, j, value);
  if (ofNumber > 0) return ratioFigure(toks, first, ofNumber, value);
  const p = countedPhrase(toks, j + 1, value === 1);
  if (p.last <= j) {
    // "two of the soldiers": a count of a named group
    if (n?.lower === 'of' && value > 1 && j === i && !vague) {
      const of = ofPhrase(toks, j + 1);
      if (of && of.head >= 0 && toks[j + 2] && /^(?:the|its|their|his|her|these|those|our|my|your)$/.test(toks[j + 2].lower) && !TIME_UNITS.has(toks[of.head].lower)) {
        return { first, last: of.last, kind: 'count', value, unit: singular(toks[of.head].text), head: of.head };
      }
    }
    // "a family of five", "a crew of six": the number is the group's size
    if (prev?.lower === 'of' && value > 1 && !vague && GROUP_NOUNS.has(toks[i - 2]?.lower ?? '')) return { first, last: j, kind: 'count', value, high };
    // A scaled word number stands alone ("a million", "several thousand")
    // ("a thousand" too after an approximator: "more than a thousand in Spain", "over a hundred were hurt")
    if (j > i && (vague || SCALE_WORDS_.get(toks[j].lower) !== undefined || toks[j].lower === 'dozen') && ((lw !== 'a' && lw !== 'an') || (/^(?:hundred|thousand|dozen)$/.test(toks[j].lower) && approximatorBefore(toks, i, APPROXIMATORS) !== undefined))) return { first, last: j, kind: 'count', value, high, vague };
    // the dead and the hurt, counted after their verb: "killing six and leaving one missing", "injuring six, including a child"
    if (value > 1 && !vague && prev && CASUALTY_VERBS.has(prev.lower) && (!n || /^(?:[,.;:]|and|on|in|at|during|when|after|before|while|including)$/.test(n.lower))) return { first, last: j, kind: 'count', value, high };
    // or before it, as digits alone are: "Two killed in blast", "at least three were killed", "one died in hospital"
    // (not people already counted: "the two were injured", "all three died")
    if (!vague && j === i && casualtyVerbAt(toks, j + 1) && !(prev && /^(?:the|these|those|both|all|other|its|their|his|her|our|of)$/.test(prev.lower))) return { first, last: j, kind: 'count', value, high };
    // a part of a group, as "6 of them" is: "Six of them were killed", "two of whom died" (not "one of them", someone named next)
    if (value > 1 && !vague && j === i && toks[j + 1]?.lower === 'of' && /^(?:them|those|whom)$/.test(toks[j + 2]?.lower ?? '') && casualtyVerbAt(toks, j + 3) && !(prev && /^(?:the|these|those|all|other|of)$/.test(prev.lower))) return { first, last: j + 2, kind: 'count', value, high };
    return undefined;
  }
  for (let q = j + 1; q <= p.last; q++) if (TIME_UNITS.has(toks[q].lower)) return undefined;
  const head = p.head >= 0 ? p.head : p.last;
  const headTok = toks[head];
  if (value === 1 && j === i) {
    // "one" counts only concrete things: "one soldier", "one Russian missile"; or the dead and hurt: "One dead", "one missing"
    if ((!ONE_NOUNS.has(singular(headTok.text)) && !(head === j + 1 && CASUALTY_ADJECTIVES.has(headTok.lower))) || isCap(headTok)) return undefined;
    // "by one count", "by one estimate": a tally, not a charge
    if (prev?.lower === 'by') return undefined;
    // "one resident recalled", "one official said": a source, not a count
    if (toks[p.last + 1] && ONE_SPEAKER_VERBS.has(toks[p.last + 1].lower)) return undefined;
    // "..., said one resident": the speaker of an inverted tag
    if (prev && ONE_SPEAKER_VERBS.has(prev.lower) && toks[i - 2]?.text === ',' && (!toks[p.last + 1] || /^[,.;]$/.test(toks[p.last + 1].text))) return undefined;
  }
  if (/^(?:them|us|you|those|these|another)$/.test(headTok.lower)) return undefined;
  const cw = CURRENCY_WORDS_.get(headTok.lower);
  return { first, last: p.last, kind: cw ? 'money' : high !== undefined ? 'range' : 'count', value, high, vague, unit: cw ?? singular(headTok.text), head };
}

function isTitleCase(toks: Token[]): boolean {
  let long = 0;
  let caps = 0;
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k];
    if (t.text.length < 4 || !/^\p{L}/u.test(t.text)) continue;
    long++;
    if (isCap(t)) caps++;
  }
  return long >= 2 && caps / long >= 0.6;
}

/** Words that may start a figure (checked before the costlier readFigure). */
const START_WORDS = new Set<string>([
  ...Object.keys(UNIT_WORDS), ...Object.keys(TEN_WORDS), ...Object.keys(VAGUE_PLURALS), ...Object.keys(FRACTIONS), ...Object.keys(FOLD_WORDS),
  ...Object.keys(DOLLAR_PREFIXES), ...CURRENCY_CODES, ...Object.keys(CURRENCY_ABBREVIATIONS).map((a) => a.toLowerCase()), 'a', 'an', 'several',
]);

/**
 * The lengths of the START_WORDS that begin with each ASCII character, one bit
 * a length: most words are ruled out without hashing them for the set.
 */
const START_LENGTHS = new Uint32Array(128);
let startLengthsHold = true;
for (const w of START_WORDS) {
  const f = w.charCodeAt(0);
  if (f < 128 && w.length < 32) START_LENGTHS[f] |= 1 << w.length;
  else startLengthsHold = false;
}

/** Could token t start a figure? (A cheap filter before readFigure.) */
/** A currency's code glued to an amount: "RUB37.9", "USD40bn". */
// (and Philippine pesos, "P12 million", "P11,968,000": see pesoAmount)
// (and South African rand, "R6m", "R50,000", and Nigerian naira, "N3 million")
const CODE_GLUED_RE = /^(USD|EUR|GBP|RUB|JPY|CNY|RMB|KRW|UAH|INR|CHF|CAD|AUD|GHS|NGN|ZAR|EGP|PKR|BDT|LKR|NPR|IDR|MYR|THB|VND|MXN|BRL|SGD|HKD|TWD|NZD|ZMW|UGX|TZS|ETB|RM|Rs\.?|SFr|KES|KSh|Ksh|Sh|Tk|Dhs?|PHP|Php|P|R|N|K)(\d[\d,]*(?:\.\d+)?)(bn|bln|mn|mln|mil|m|k|tn|trn|million|billion|trillion|B|M)?(?:\/(?:kg|quintal|tonne|litre|liter|ltr|unit|bag|day|month))?$/;
/** "P", "R", "N" or "K" glued to a number is pesos, rand, naira or kwacha only before a scale word, with a scale glued, or grouped in thousands ("P5" is a designation: "the P5 powers"; "R2" a road; "K2" a tank). */
// (or as a rate: "an extra R10 a month", "P50 per kilo")
function pesoAmount(t: Token, next: Token | undefined, next2?: Token, next3?: Token): boolean {
  const g = CODE_GLUED_RE.exec(t.text);
  if (!g || (g[1] !== 'P' && g[1] !== 'R' && g[1] !== 'N' && g[1] !== 'K')) return true;
  // (or a price in cents: "to R174.72", "P52.50")
  // (or before what is paid: "a N50 bribe", "the R20 fee")
  // (or an exchange rate: "weakened to N587 per dollar", "R18 to the dollar")
  const perCurrency = (w: Token | undefined) => !!w && /^(?:dollar|dollars|euro|euros|pound|pounds|usd|greenback)$/.test(w.lower);
  if (!!next && ((next.lower === 'per' && perCurrency(next2)) || (/^(?:to|against)$/.test(next.lower) && next2?.lower === 'the' && perCurrency(next3)))) return true;
  return !!g[3] || g[2].includes(',') || /\.\d\d$/.test(g[2]) || (!!next && /^(?:million|billion|trillion)$/.test(next.lower)) || (!!next && /^(?:a|per)$/.test(next.lower) && !!next2 && /^(?:day|week|month|year|litre|liter|kilo|kg|head|person|household)$/.test(next2.lower)) || (!!next && /^(?:bribes?|fees?|fines?|levy|levies|fares?|tickets?|notes?|tips?|deposits?|tolls?|payments?|vouchers?|ransom|bail|wages?|salary|allowances?|stipends?)$/.test(next.lower));
}

/** Is the word a currency's code as written before an amount ("VND", "EGP"; "GH" of "GH₵")? */
export function currencyCode(word: string): boolean {
  return word === 'GH' || (word.length === 3 && word === word.toUpperCase() && CURRENCY_CODES.has(word.toLowerCase()));
}

/** Is the word an amount glued to its currency's code ("RUB37.9", "USD40bn"), not a name? */
export function gluedCurrencyAmount(word: string): boolean {
  return CODE_GLUED_RE.test(word);
}

function mayStart(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (isDigitCode(c)) return true;
  if (c >= 65 && c <= 90 && t.text.length >= 2 && CODE_GLUED_RE.test(t.text)) return true;
  // (or a country's letter before "$": "S$2.9 million", "C$61 billion")
  if (t.text.length === 1) return CURRENCY_SIGNS_.get(t.text) !== undefined || t.lower === 'a' || t.text === 'S' || t.text === 'C' || t.text === 'R' || t.text === 'T' || t.text === 'N';
  if (t.text === 'GH') return true;
  const lw = t.lower;
  const f = lw.charCodeAt(0);
  const maybeWord = !startLengthsHold || (f < 128 && lw.length < 32 && (START_LENGTHS[f] & (1 << lw.length)) !== 0);
  if (maybeWord && START_WORDS.has(lw)) return true;
  return lw.includes('-') && (WORD_COMPOUND_RE.test(lw) || SPELLED_MEASURE_RE.test(lw) || SPELLED_COUNT_RE.test(lw) || WORD_FRACTION_RE.test(lw) || POINT_MOVE_RE.test(lw) || ((SCALED_COMPOUND_RE.test(lw) || POINT_DECIMAL_RE.test(lw)) && wordNumber(lw) !== undefined) || lw.endsWith('-fold'));
}

/**
 * Sentences without any of these cannot hold a figure: a digit, a currency
 * sign, a number word, a word ending in "fold". The "fold" words are found at
 * their ending (`\Bfold\b`, not `\b\w+fold\b` from their start): the same
 * sentences, since segment() never cuts a sentence inside a word, and a quarter
 * less time than trying `\w+fold` at every word.
 */
const MAY_HOLD_G =
  /[\d$€£₩¥₹₽₴]|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|tens|scores|half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b|\Bfold\b/gi;

/**
 * Units are kept with every figure of the corpus and come from a small
 * vocabulary, but singular() makes a new string for each: one string per
 * distinct unit instead (bounded; past the bound a unit is kept as made).
 */
const UNIT_STRINGS = new Map<string, string>();
const MAX_UNIT_STRINGS = 20_000;
function sharedUnit(unit: string): string {
  // the word tables answer inherited names too ('constructor'): such a unit is kept as it is
  if (typeof unit !== 'string') return unit;
  return interned(UNIT_STRINGS, unit);
}

/** Approximators as written ("more than", "About"): a few hundred strings shared by every figure (bounded, like units). */
const APPROXIMATOR_STRINGS = new Map<string, string>();
function sharedApproximator(text: string): string {
  return interned(APPROXIMATOR_STRINGS, text);
}

/** The one copy of `s` that `table` keeps (made on first sight; past MAX_UNIT_STRINGS entries, `s` as it is). */
function interned(table: Map<string, string>, s: string): string {
  const known = table.get(s);
  if (known !== undefined) return known;
  if (table.size >= MAX_UNIT_STRINGS) return s;
  const own = ownCopy(s);
  table.set(own, own);
  return own;
}

/**
 * A photo gallery's counter: the same small number opening three paragraphs or
 * more before a capitalised word ("7 Kim Jong-Un was seen visiting ... Credit:
 * Reuters", "7 It comes after ..."). Undefined when there is none (most articles).
 */
function galleryCounters(text: string, seg: Segmentation): Set<string> | undefined {
  let counts: Map<string, number> | undefined;
  let prevParagraph = -1;
  for (const s of seg.sentences) {
    const start = s.paragraph === undefined || s.paragraph !== prevParagraph;
    prevParagraph = s.paragraph ?? -1;
    const c = text.charCodeAt(s.start);
    if (!start || c < 48 || c > 57) continue;
    const m = /^(\d{1,3}) \p{Lu}/u.exec(text.slice(s.start, s.start + 6));
    if (m) (counts ??= new Map()).set(m[1], (counts.get(m[1]) ?? 0) + 1);
  }
  if (!counts) return undefined;
  const out = new Set<string>();
  for (const [n, k] of counts) if (k >= 3) out.add(n);
  return out.size ? out : undefined;
}

/** A count a model's number may follow: digits without a scale, or a number word. */
function countToken(t: Token | undefined): boolean {
  return !!t && (/^\d{1,3}$/.test(t.text) || (isWordToken(t) && isNumberWord(t.lower)));
}
/**
 * A model's number inside a counted phrase: two to four plain digits right after a count, before a capitalised word
 * or a plural ("75 737 MAX 8s", "14 777 freighters", "five additional 777 freighters").
 */
function modelNumberAt(toks: Token[], j: number): boolean {
  const t = toks[j];
  const n = toks[j + 1];
  return !!t && !!n && /^\d{2,4}$/.test(t.text) && isWordToken(n) && n.start > t.end && (isCap(n) || (isPluralNoun(n.lower) && !SCALE_OR_UNIT_AFTER_MODEL.test(n.lower)));
}
const SCALE_OR_UNIT_AFTER_MODEL = /^(?:millions|billions|thousands|hundreds|dollars|euros|pounds|yuan|rupees|years|days|hours|minutes|weeks|months|metres|meters|kilometres|kilometers|miles|feet|tonnes|tons|people|passengers|percent|votes|seats)$/;
/** A number glued to a capital that is no scale ("26A", "4C"), joined to the token next to it by "and", "or", "&" or a comma. */
function letterDesignation(t: Token | undefined, joiner: Token | undefined): boolean {
  return !!t && !!joiner && /^(?:and|or|&|,|\/)$/.test(joiner.lower) && /^\d+[A-Z]$/.test(t.text) && !/^\d+[BMKT]$/.test(t.text);
}

/** Counts before a model's number, in an article: "75 737 MAX 8s" makes 737 a model's number there. */
const MODEL_AFTER_COUNT = /\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozen)\s+(?:(?:additional|more|new|further|extra)\s+)?(\d{3})\s+(?:[A-Z]|[a-z]+s\b)/g;
function modelNumbersOf(text: string, boeing: boolean): Set<string> | undefined {
  let out: Set<string> | undefined;
  MODEL_AFTER_COUNT.lastIndex = 0;
  for (let m = MODEL_AFTER_COUNT.exec(text); m; m = MODEL_AFTER_COUNT.exec(text)) {
    if (!SCALE_OR_UNIT_AFTER_MODEL.test(text.slice(m.index + m[0].length - 1).split(/\s/, 1)[0].toLowerCase())) (out ??= new Set()).add(m[1]);
  }
  // (and Boeing's airliners, in an article that names the maker: "orders for its embattled 737 MAX")
  if (boeing) for (const n of BOEING_MODELS) (out ??= new Set()).add(n);
  return out;
}
const BOEING_MODELS = ['707', '717', '727', '737', '747', '757', '767', '777', '787'];
const BOEING_MODEL_SET = new Set(BOEING_MODELS);
/** Scales after a number, in the singular (SCALE_OR_UNIT_AFTER_MODEL has the plurals and units): "737 million", "777 per cent". */
const SCALE_WORDS_AFTER = words('million billion trillion thousand hundred per cent');

export function findFigures(text: string, seg: Segmentation): FoundFigure[] {
  const figures: FoundFigure[] = [];
  if (!text || !seg?.sentences) return figures;
  // One pass of the prefilter over the whole text marks the sentences that may hold a figure.
  const candidates = new Uint8Array(seg.sentences.length);
  const re = MAY_HOLD_G;
  re.lastIndex = 0;
  let si0 = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    while (si0 < seg.sentences.length && seg.sentences[si0].end <= m.index) si0++;
    if (si0 >= seg.sentences.length) break;
    const s = seg.sentences[si0];
    if (s.start <= m.index) {
      candidates[si0] = 1;
      re.lastIndex = Math.max(re.lastIndex, s.end);
    } else re.lastIndex = Math.max(re.lastIndex, s.start);
  }
  const counters = galleryCounters(text, seg);
  const boeing = text.indexOf('Boeing') >= 0;
  const models = modelNumbersOf(text, boeing);
  let prevParagraph = -1;
  for (let si = 0; si < seg.sentences.length; si++) {
    const s = seg.sentences[si];
    const paragraphStart = s.paragraph === undefined ? true : s.paragraph !== prevParagraph;
    prevParagraph = s.paragraph ?? -1;
    if (s.kind === 'furniture' || !candidates[si]) continue;
    const toks = sentenceTokens(text, s.start, s.end);
    const c: Ctx = { text, toks, sentence: si, titleCase: s.kind === 'headline' && isTitleCase(toks), paragraphStart };
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (!mayStart(t)) continue;
      if (i === 0 && paragraphStart && counters?.has(t.text)) continue;
      // the patterns below all start with a digit: words skip them
      const c0 = t.text.charCodeAt(0);
      const digit0 = isDigitCode(c0);
      if (digit0 && ORDINAL_RE.test(t.text)) continue;
      // numbers glued to letters are designations or ids (M1, G7, SU-24, COVID-19) unless a known glued form
      if (digit0 && hasLetterAndDigit(t.text) && !GLUED_SCALE_RE.test(t.text) && !GLUED_UNITS.test(t.text) && !GLUED_COUNT.test(t.text) && !GLUED_TEMPERATURE.test(t.text) && !GLUED_PERCENT.test(t.text) && !GLUED_POINTS.test(t.text) && !DIGIT_COMPOUND_RE.test(t.text) && !WORD_FOLD_RE.test(t.text)) continue;
      // (a glued capital after a name's word is a model's letter, no scale: "Britain's Skynet 5B was deployed", "Star One C1")
      if (digit0 && /^\d+[BMK]$/.test(t.text) && toks[i - 1] && designationName(toks[i - 1]) && !/^[$€£¥₩₹₽₴]/.test(toks[i - 1].text)) continue;
      // (and so is one beside a seat's or a unit's letter: "no one was seated in 26A and 26B", "Flats 4B and 4C")
      if (digit0 && /^\d+[BMK]$/.test(t.text) && (letterDesignation(toks[i - 2], toks[i - 1]) || letterDesignation(toks[i + 2], toks[i + 1]))) continue;
      if (digit0 && (/[/:]/.test(t.text) || (/\.\d+\./.test(t.text) && !DOTTED_THOUSANDS.test(t.text))) && !GLUED_UNITS.test(t.text)) continue; // dates 01/28/2023, times 16:00, versions
      if (digit0 && /^\d+s$/.test(t.text)) continue; // the 1990s, in his 40s
      // a model's number the article writes after a count: "its embattled 737 MAX" beside "75 737 MAX 8s"
      if (digit0 && models?.has(t.text) && toks[i + 1] && isWordToken(toks[i + 1]) && (isCap(toks[i + 1]) || isPluralNoun(toks[i + 1].lower)) && !SCALE_OR_UNIT_AFTER_MODEL.test(toks[i + 1].lower)) continue;
      // (Boeing's airliners by their number alone, in an article that names the maker: "the 737 assembly plant", "a 787 or 777 crash")
      if (digit0 && boeing && BOEING_MODEL_SET.has(t.text) && !/^[$€£¥₩₹₽₴]/.test(toks[i - 1]?.text ?? '') && !(toks[i + 1] && (SCALE_OR_UNIT_AFTER_MODEL.test(toks[i + 1].lower) || SCALE_WORDS_AFTER.has(toks[i + 1].lower)))) continue;
      // a name that opens with a number in Title Case, in a sentence that is not: "a 10-Point Plan of Action", "the 12-Step Program"
      if (digit0 && !c.titleCase && /^\d+-\p{Lu}\p{Ll}+$/u.test(t.text) && toks[i + 1] && isWordToken(toks[i + 1]) && isCap(toks[i + 1])) continue;
      // what a rate divides by: "$4,000 per 40-foot container", "12 deaths per 1,000 live births"
      if (digit0 && toks[i - 1]?.lower === 'per') continue;
      // a chart or a ranking's name: "her third top 10 album", "reached the Top 40" ("could top 10 million" is the verb)
      if (digit0 && toks[i - 1]?.lower === 'top' && rankingTop(toks, i)) continue;
      // a race: "won the 400 metres", "in the 100m final" ("the 400 metres of track" is a length)
      if (digit0 && raceDistance(toks, i)) continue;
      // a number inside a web address: "...?utm_campaign=Feed%3A+rappler+%28Rappler%29", "example.com/2023/45-deaths"
      if (digit0 && inUrl(text, t.start)) continue;
      // a wire story's exchange rate inside a line: "... per share. ($1 = 0.7747 pounds) (Reporting by ...)"
      if (exchangeRateAt(text, t.start)) continue;
      // a phone number dialled: "by dialling 901", "call 999"
      if (digit0 && /^(?:dialling|dialing|dial|calling)$/.test(toks[i - 1]?.lower ?? '')) continue;
      // (after "call" or "ring", a number with no noun after it: "you should continue to call 999.", not "call 20 witnesses")
      if (digit0 && /^(?:call|calls|ring|text)$/.test(toks[i - 1]?.lower ?? '') && /^\d{3,}$/.test(t.text) && (!toks[i + 1] || !isWordToken(toks[i + 1]) || /^(?:or|and|for|if|immediately|now)$/.test(toks[i + 1].lower))) continue;
      // (or after "at" in a call, and the list after it: "call the police at 911, 311, or the Tip Line at 800-CASH")
      if (digit0 && /^\d{3,}$/.test(t.text) && (!toks[i + 1] || !isWordToken(toks[i + 1]) || /^(?:or|and|for|if|now|immediately)$/.test(toks[i + 1].lower)) && phoneAfterCall(toks, i)) continue;
      // sections of a law, listed with what they are about: "under sections 420 (cheating) and 120B (conspiracy)"
      if (digit0 && legalList(toks, i)) continue;
      // a phone number spelled in letters: "800-TIPS", "800-4CTU"
      if (digit0 && /^\d{3}-(?=[A-Z\d]*[A-Z])[A-Z\d]{4}$/.test(t.text)) continue;
      // a number written with a leading zero is a code or a name: "the 007 franchise", "stock code 0700"
      // (or the tail of a broken amount: "K146, 000.00")
      if (digit0 && /^0\d+(?:\.\d+)?$/.test(t.text)) continue;
      // a block or a unit by number and letter: "Camp No. 8-W", "Block 4-C"
      // (or letters: "Chak No 261-RB", a village of the Punjab's canal colonies)
      if (digit0 && /^\d{1,4}-[A-Z]{1,3}$/.test(t.text)) continue;
      // a time: "three o’clock", "at 11 o'clock"
      if (/^o['’]clock$/.test(toks[i + 1]?.lower ?? '')) continue;
      // a spelled number after what it numbers: "by day three of the strike", "stage two restrictions", "game five of the series"
      if (!digit0 && SPELLED_DESIGNATORS.has(toks[i - 1]?.lower ?? '') && isWordToken(toks[i - 1]) && toks[i + 1]?.lower !== 'times' && wordNumber(t.lower) !== undefined) continue;
      // numbers listed after a plural of what they number: "lockdown levels 2, 3 and 4", "phases 1 and 2"
      if (digit0 && DIGITS_RE.test(t.text) && designatorList(toks, i)) continue;
      // numbers inside a model designation: "SU-24", "F-16", "Kh-101" are single tokens; "T -72" is rare
      let f: Found | undefined;
      try {
        f = readFigure(c, i);
      } catch {
        f = undefined;
      }
      if (!f) {
        // a rejected number takes its range partner with it: "aged 18 to 30", "in 2022-2023"
        // (an age's partner whatever follows: "voters aged 18 to 24 backed Labour")
        // (a day's after its month whatever follows: "from June 24 to 27 with", "on May 7 and 8 and")
        // (not a percentage of its own: "1% in 2025 and 1% in 2026")
        if (digit0 && DIGITS_RE.test(t.text) && toks[i + 1] && /^(?:to|-|–|and|or)$/.test(toks[i + 1].lower) && toks[i + 2] && DIGITS_RE.test(toks[i + 2].text) && toks[i + 3]?.text !== '%' && (!toks[i + 3]?.text.match(/^\p{L}/u) || /^(?:aged|age|ages)$/.test(toks[i - 1]?.lower ?? '') || (/^(?:between|of)$/.test(toks[i - 1]?.lower ?? '') && /^(?:aged|age|ages)$/.test(toks[i - 2]?.lower ?? '')) || (MONTHS.has(toks[i - 1]?.lower ?? '') && isCap(toks[i - 1]) && /^\d{1,2}$/.test(toks[i + 2].text) && +toks[i + 2].text <= 31 && !MONTHS.has(toks[i + 3]?.lower ?? '')))) i += 2;
        continue;
      }
      const first = toks[f.first];
      const last = toks[f.last];
      if (!first || !last || last.end <= first.start) continue;
      let approximator: string | undefined;
      if (!f.approxInSpan) {
        const ap = approximatorBefore(toks, f.first, APPROXIMATORS);
        if (ap) approximator = sharedApproximator(toks.slice(ap.first, f.first).map((x) => x.text).join(' '));
      }
      const head = f.head !== undefined ? toks[f.head] : undefined;
      figures.push(
        new FoundFigure(
          text,
          first.start,
          last.end,
          f.kind,
          si,
          approximator || undefined,
          f.value !== undefined && Number.isFinite(f.value) ? f.value : undefined,
          f.high !== undefined && Number.isFinite(f.high) ? f.high : undefined,
          f.vague ? true : undefined,
          f.unit ? sharedUnit(f.unit) : undefined,
          head ? head.start : -1,
          head ? head.end : -1,
        ),
      );
      i = f.last;
    }
  }
  return figures;
}
