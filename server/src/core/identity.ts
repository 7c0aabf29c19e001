// Identity of names: normalisation (what counts as the SAME spelling) and
// variant proposals (what MAY be the same name spelt differently). Variants are
// only ever proposed: a `name-variant` finding suggests the canonical spelling,
// the reviewer decides (use it, or record the alias in the registry).
//
// The variant test is general: romanisation-equivalence classes applied to each
// token (Korean, Russian, Arabic transliteration habits), plus a small edit
// distance on long tokens, with guards so that two different people who share
// a family name (Kim Jong Un, Kim Yo Jong, Kim Jong Il) are never proposed.

const APOSTROPHES = /['\u2018\u2019\u02BC\u0060\u00B4]/g;
const SEPARATORS = /[\s\u00A0\-\u2010-\u2015./_,]+/g;

/**
 * The identity of a spelling: case, diacritics, hyphens, dots, spaces and
 * apostrophes do not count. "Kim Jong-un" = "Kim Jong Un"; "Workers' Party" =
 * "Workers Party"; "U.S." = "US".
 */
const SIMPLE = /^[A-Za-z0-9]*$/;
const normCache = new Map<string, string>();

export function normalizeName(s: string): string {
  if (SIMPLE.test(s)) return s.toLowerCase();
  const hit = normCache.get(s);
  if (hit !== undefined) return hit;
  const n = normalizeSlow(s);
  if (normCache.size > 50000) normCache.clear();
  normCache.set(s, n);
  return n;
}

function normalizeSlow(s: string): string {
  let t = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  t = t.replace(APOSTROPHES, '');
  // "U.S." and "N. Korea": a dot between single letters joins them.
  t = t.replace(/\b([A-Za-z])\.(?=[A-Za-z]\b)/g, '$1');
  t = t.replace(SEPARATORS, ' ').trim().toLowerCase();
  return t;
}

/** Tokens of a normalised name. */
export function nameTokens(s: string): string[] {
  const n = normalizeName(s);
  return n ? n.split(' ') : [];
}

/** The normalised name without spaces ("ZeroHedge" = "Zero Hedge"). */
export function compactName(s: string): string {
  return normalizeName(s).replace(/ /g, '');
}

/** Whether two spellings are the same name by normalisation. */
export function sameName(a: string, b: string): boolean {
  return normalizeName(a) === normalizeName(b);
}

// Whole-token equivalence classes of common romanisations of one syllable or
// family name. These are general transliteration facts, not names of anyone
// in particular: the same family name written by different systems.
const TOKEN_CLASSES: string[][] = [
  ['park', 'pak', 'bak', 'bahk', 'pag', 'bark'],
  ['lee', 'rhee', 'ri', 'yi', 'rhie', 'reeh', 'lie', 'i'],
  ['choe', 'choi', 'chwe', 'choy', 'chey'],
  ['jung', 'jeong', 'chung', 'cheong', 'chong', 'jong'],
  ['kang', 'gang'],
  ['kwon', 'gwon', 'kwun'],
  ['cho', 'jo', 'joe'],
  ['ko', 'go', 'koh'],
  ['shin', 'sin', 'sheen'],
  ['yoon', 'yun', 'youn'],
  ['hwang', 'whang'],
  ['un', 'eun', 'un', 'eon', 'oon'],
  ['muhammad', 'mohammed', 'mohammad', 'mohamed', 'mohamad', 'muhammed', 'mohamud'],
  ['al', 'el'],
];
const CLASS_OF = new Map<string, number>();
TOKEN_CLASSES.forEach((c, i) => c.forEach((t) => CLASS_OF.set(t, i)));

/**
 * A coarse phonetic skeleton of one token under common romanisation habits:
 * voicing pairs (b/p, d/t, g/k, j/ch), l/r, y/j at a syllable start,
 * vowel digraphs (eo/o, eu/u, ou/u, oo/u, ee/i), kh/h, sh/s, ts/tz/s, final -iy/-ii/-yy.
 */
const skeletonCache = new Map<string, string>();

export function skeleton(token: string): string {
  const hit = skeletonCache.get(token);
  if (hit !== undefined) return hit;
  const t = skeletonSlow(token);
  if (skeletonCache.size > 50000) skeletonCache.clear();
  skeletonCache.set(token, t);
  return t;
}

function skeletonSlow(token: string): string {
  let t = token.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  t = t.replace(/[^a-z]/g, '');
  t = t
    .replace(/tch/g, 'ch')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/gh/g, 'g')
    .replace(/ck/g, 'k')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/(iy|ii|yy|yi|ij)$/, 'y')
    .replace(/zh/g, 'j')
    .replace(/ch/g, 'j')
    .replace(/sh/g, 's')
    .replace(/t[sz]/g, 's')
    .replace(/z/g, 's')
    .replace(/^y(?=[aeiou])/, 'j')
    .replace(/eo/g, 'o')
    .replace(/eu/g, 'u')
    .replace(/ou/g, 'u')
    .replace(/oo/g, 'u')
    .replace(/ee/g, 'i')
    .replace(/ae/g, 'e')
    .replace(/w(?=[aeiou])/g, 'w')
    .replace(/b/g, 'p')
    .replace(/d/g, 't')
    .replace(/g(?!$)/g, 'k')
    .replace(/r/g, 'l')
    .replace(/v/g, 'f')
    .replace(/([^aeiou])h/g, '$1')
    .replace(/h$/, '')
    .replace(/(.)\1+/g, '$1');
  return t;
}

/** Optimal-string-alignment (Damerau-Levenshtein) distance, capped. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const m = a.length;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    const cur = new Array<number>(n + 1);
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cap) return cap + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[n];
}

/** Whether two (normalised) tokens may be one token romanised differently. */
export function tokensEquivalent(a: string, b: string): boolean {
  if (a === b) return true;
  const ca = CLASS_OF.get(a);
  if (ca !== undefined && ca === CLASS_OF.get(b)) return true;
  const sa = skeleton(a);
  const sb = skeleton(b);
  if (sa === sb && sa.length >= 2) return true;
  // A typo or one-letter transliteration difference on a long enough token.
  const min = Math.min(a.length, b.length);
  if (min >= 4 && a[0] === b[0] && editDistance(a, b, 1) <= 1) return true;
  if (min >= 6 && a[0] === b[0] && editDistance(a, b, 2) <= 2) return true;
  if (min >= 4 && sa.length >= 3 && sa[0] === sb[0] && editDistance(sa, sb, 1) <= 1) return true;
  return false;
}

/**
 * Whether `a` may be a spelling variant of `b` (and not the same spelling).
 * Guards: the same number of tokens (or the same letters once spaces are
 * removed), at least one token identical when there are several, at most two
 * tokens differing, and never a difference on a short token unless the
 * romanisation classes say so (Kim Jong Un is not Kim Jong Il).
 */
export function isNameVariant(a: string, b: string): boolean {
  const na = normalizeName(a);
  const nb = normalizeName(b);
  if (!na || !nb || na === nb) return false;
  if (na.replace(/ /g, '') === nb.replace(/ /g, '')) return na.length >= 4;
  const ta = na.split(' ');
  const tb = nb.split(' ');
  if (ta.length !== tb.length) return false;
  let same = 0;
  let differ = 0;
  for (let i = 0; i < ta.length; i++) {
    if (ta[i] === tb[i]) {
      same++;
      continue;
    }
    if (!tokensEquivalent(ta[i], tb[i])) return false;
    differ++;
  }
  if (ta.length === 1) return ta[0].length >= 3 && CLASS_OF.get(ta[0]) !== undefined && CLASS_OF.get(ta[0]) === CLASS_OF.get(tb[0]);
  if (same === 0) return false;
  return differ <= 2;
}

/**
 * The best canonical spelling among `candidates` that `name` may be a variant
 * of, or undefined. Deterministic: the first best candidate wins (callers put
 * registry names first).
 */
export function proposeVariant(name: string, candidates: Iterable<string>): string | undefined {
  const n = normalizeName(name);
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    if (!isNameVariant(name, c)) continue;
    const score = editDistance(n, normalizeName(c), 6);
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/**
 * `proposeVariant` over a fixed list of candidates, for many names: the same
 * answer as `proposeVariant(name, candidates)`, but only candidates that can
 * pass `isNameVariant` are compared. Such a candidate has the same letters once
 * spaces are removed, or (one token) a token of the same romanisation class, or
 * (several tokens) the same number of tokens with one identical at the same
 * place. Answers are remembered per name.
 */
export class VariantProposer {
  private readonly norms: string[];
  private readonly byKey = new Map<string, number[]>();
  private readonly memo = new Map<string, string | undefined>();

  constructor(private readonly candidates: readonly string[]) {
    this.norms = candidates.map((c) => normalizeName(c));
    this.norms.forEach((n, i) => {
      if (!n) return;
      for (const k of variantKeys(n)) {
        const list = this.byKey.get(k);
        if (!list) this.byKey.set(k, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    });
  }

  propose(name: string): string | undefined {
    if (this.memo.has(name)) return this.memo.get(name);
    const best = this.compute(name);
    if (this.memo.size > 20000) this.memo.clear();
    this.memo.set(name, best);
    return best;
  }

  private compute(name: string): string | undefined {
    const n = normalizeName(name);
    if (!n) return undefined;
    const seen = new Set<number>();
    for (const k of variantKeys(n)) for (const i of this.byKey.get(k) ?? []) seen.add(i);
    if (!seen.size) return undefined;
    // In candidate order, so that the first best candidate wins as in proposeVariant.
    const order = [...seen].sort((x, y) => x - y);
    let best: string | undefined;
    let bestScore = Infinity;
    for (const i of order) {
      const c = this.candidates[i];
      if (!isNameVariant(name, c)) continue;
      const score = editDistance(n, this.norms[i], 6);
      if (score < bestScore) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }
}

/** The keys under which two normalised names that may be variants of each other meet. */
function variantKeys(n: string): string[] {
  const tokens = n.split(' ');
  const keys = [`c:${tokens.join('')}`];
  if (tokens.length === 1) {
    const c = CLASS_OF.get(tokens[0]);
    if (c !== undefined) keys.push(`1:${c}`);
  } else tokens.forEach((t, i) => keys.push(`${tokens.length}:${i}:${t}`));
  return keys;
}
