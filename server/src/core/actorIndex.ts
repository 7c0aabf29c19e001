// The cross-document actor index: every actor of the corpus with its mentions per
// article, spellings, roles, quotes and where it is introduced. Updated by
// difference (one article removed, one added) so requests never scan the corpus.

import type { CorpusIndex } from './corpus';
import type { DocumentAnalysis } from './analyze';
import type { ActorMention } from './actors';
import type { ActorKind } from './registry';
import { isNameVariant, nameTokens, normalizeName } from './identity';
import { partitionPoint } from './text';

/** Identity in the index: a lone short form (`short:`) is kept per article, never merged across articles. */
export function indexKey(uri: string, m: { key: string }): string {
  return m.key.startsWith('short:') ? `${m.key}@${uri}` : m.key;
}

export interface IndexedRole {
  uri: string;
  path: string;
  text: string;
  start: number;
  end: number;
}

export interface IndexedQuote {
  uri: string;
  path: string;
  start: number;
  end: number;
  /** The quoted words. */
  text: string;
}

/** An actor in one article: what it is read for there (made when asked, never kept). */
export interface ActorDocEntry {
  uri: string;
  path: string;
  /** Indexes into the document's `actors.mentions`. */
  mentions: readonly number[];
  /** Indexes into the document's `actors.roles` and `actors.quotes` for this actor. */
  roles: readonly number[];
  quotes: readonly number[];
}

export interface IndexedActor {
  key: string;
  /** The key its mentions, roles and quotes carry: `key`, or for a lone short form `key` without its article. */
  mentionKey: string;
  kind: ActorKind;
  registryId?: string;
  /**
   * The articles that mention the actor, by uri, in the order they came in.
   * Only the uri: what the actor is there (mentions, roles, quotes) is read from
   * the article's analysis when asked (an entry and lists per actor and article
   * were 11 MB at 10k articles).
   */
  docs: Set<string>;
  /** The articles of `docs` sorted by path, made on first use and dropped when `docs` changes. */
  byPath?: DocumentAnalysis[];
}

/** Indexes of the items (roles, quotes) that carry `key`, in order. */
function indexesOfKey(items: readonly { key: string }[], key: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < items.length; i++) if (items[i].key === key) out.push(i);
  return out;
}

function countOfKey(items: readonly { key: string }[], key: string): number {
  let n = 0;
  for (const x of items) if (x.key === key) n++;
  return n;
}

export interface ActorSummary {
  key: string;
  name: string;
  kind: ActorKind;
  registryId?: string;
  /** Mentions in all articles. */
  count: number;
  /** How many articles mention the actor. */
  articleCount: number;
  /** The first articles by path (up to 20) with their mention counts. */
  articles: { uri: string; path: string; count: number }[];
  /** Spellings seen with how many mentions, most frequent first. */
  spellings: { text: string; count: number }[];
  /** Distinct role texts (up to 50), each with the first article (by path) that states it. */
  roles: IndexedRole[];
  roleCount: number;
  /** The first quotes (up to 10) by article path; `quoteCount` counts them all. */
  quotes: IndexedQuote[];
  quoteCount: number;
  /** The first full mention in the first article by path. */
  introduced?: { uri: string; path: string; start: number; end: number; text: string };
}

export class ActorIndex implements CorpusIndex {
  private readonly byKey = new Map<string, IndexedActor>();
  private readonly docs = new Map<string, DocumentAnalysis>();
  /** normalised token -> keys of actors whose name holds it (for variant proposals and search). */
  private readonly byToken = new Map<string, Set<string>>();
  private readonly summaries = new Map<string, ActorSummary>();
  /**
   * One name of each actor, for variant tests. Every mention of a key has a name
   * with the same normalised form (the registry name, the place, or the spelling
   * the `norm:` key was made from), and `isNameVariant` reads only that form, so
   * any one of them answers as the summary's name would.
   */
  private readonly nameOf = new Map<string, string>();
  /**
   * Per kind and normalised name: the actors that pass the variant test, as long
   * as no actor enters or leaves the index (the test reads names and kinds only,
   * which do not change while an actor is in the index).
   */
  private readonly variantKeys = new Map<string, string[]>();

  add(doc: DocumentAnalysis): void {
    if (this.docs.has(doc.uri)) this.remove(this.docs.get(doc.uri)!);
    this.docs.set(doc.uri, doc);
    const ms = doc.actors?.mentions ?? [];
    for (const m of ms) {
      const key = indexKey(doc.uri, m);
      let a = this.byKey.get(key);
      if (!a) {
        a = { key, mentionKey: m.key, kind: m.kind, registryId: m.registryId, docs: new Set() };
        this.byKey.set(key, a);
        this.nameOf.set(key, m.name);
        if (this.variantKeys.size) this.variantKeys.clear();
        for (const t of nameTokens(m.name)) {
          let s = this.byToken.get(t);
          if (!s) this.byToken.set(t, (s = new Set()));
          s.add(key);
        }
      }
      if (!a.docs.has(doc.uri)) {
        a.docs.add(doc.uri);
        a.byPath = undefined;
      }
      this.summaries.delete(key);
    }
  }

  /** What the actor is in the article (its mentions, roles and quotes there), read from the analysis. */
  entry(a: IndexedActor, doc: DocumentAnalysis): ActorDocEntry {
    return { uri: doc.uri, path: doc.path, mentions: doc.actors.mentionsOfKey(a.mentionKey), roles: indexesOfKey(doc.actors.roles, a.mentionKey), quotes: indexesOfKey(doc.actors.quotes, a.mentionKey) };
  }

  /** The articles that mention the actor (in the index), sorted by path. */
  private docsByPath(a: IndexedActor): DocumentAnalysis[] {
    if (!a.byPath) {
      const docs: DocumentAnalysis[] = [];
      for (const uri of a.docs) {
        const doc = this.docs.get(uri);
        if (doc) docs.push(doc);
      }
      a.byPath = docs.sort(byPath);
    }
    return a.byPath;
  }

  /** The actor in each article that mentions it, sorted by path. */
  entriesByPath(key: string): ActorDocEntry[] {
    const a = this.byKey.get(key);
    return a ? this.docsByPath(a).map((doc) => this.entry(a, doc)) : [];
  }

  remove(doc: DocumentAnalysis): void {
    const known = this.docs.get(doc.uri);
    if (!known) return;
    this.docs.delete(doc.uri);
    for (const m of known.actors?.mentions ?? []) {
      const key = indexKey(known.uri, m);
      const a = this.byKey.get(key);
      if (!a) continue;
      a.docs.delete(known.uri);
      a.byPath = undefined;
      this.summaries.delete(key);
      if (a.docs.size === 0) {
        this.byKey.delete(key);
        this.nameOf.delete(key);
        if (this.variantKeys.size) this.variantKeys.clear();
        for (const t of nameTokens(m.name)) {
          const s = this.byToken.get(t);
          s?.delete(key);
          if (s && s.size === 0) this.byToken.delete(t);
        }
      }
    }
  }

  clear(): void {
    this.byKey.clear();
    this.docs.clear();
    this.byToken.clear();
    this.summaries.clear();
    this.nameOf.clear();
    this.variantKeys.clear();
  }

  get size(): number {
    return this.byKey.size;
  }

  keys(): IterableIterator<string> {
    return this.byKey.keys();
  }

  get(key: string): IndexedActor | undefined {
    return this.byKey.get(key);
  }

  /** The articles that mention the actor. */
  urisOf(key: string): IterableIterator<string> {
    return (this.byKey.get(key)?.docs ?? new Set<string>()).values();
  }

  document(uri: string): DocumentAnalysis | undefined {
    return this.docs.get(uri);
  }

  /** The mention under `offset` in the article `uri` (the innermost when nested). */
  mentionAt(uri: string, offset: number): { doc: DocumentAnalysis; mention: ActorMention; index: number; key: string } | undefined {
    const doc = this.docs.get(uri);
    if (!doc) return undefined;
    const ms = doc.actors?.mentions ?? [];
    let best = -1;
    // mentions are sorted by start: binary search the last one starting at or before offset, then look back
    const last = partitionPoint(ms.length, (i) => ms[i].start <= offset) - 1;
    for (let i = last; i >= 0 && i >= last - 8; i--) {
      const m = ms[i];
      if (offset >= m.start && offset <= m.end && (best < 0 || m.end - m.start < ms[best].end - ms[best].start)) best = i;
    }
    if (best < 0) return undefined;
    return { doc, mention: ms[best], index: best, key: indexKey(uri, ms[best]) };
  }

  /** Every mention of the actor, per article sorted by path then offset. */
  mentions(key: string): { doc: DocumentAnalysis; mention: ActorMention; index: number }[] {
    const a = this.byKey.get(key);
    if (!a) return [];
    const out: { doc: DocumentAnalysis; mention: ActorMention; index: number }[] = [];
    for (const doc of this.docsByPath(a)) {
      for (const i of doc.actors.mentionsOfKey(a.mentionKey)) out.push({ doc, mention: doc.actors.mention(i)!, index: i });
    }
    return out;
  }

  summary(key: string): ActorSummary | undefined {
    const cached = this.summaries.get(key);
    if (cached) return cached;
    const a = this.byKey.get(key);
    if (!a) return undefined;
    const K = 20;
    // the first K articles by path, without sorting them all
    const top: ActorDocEntry[] = [];
    const spellings = new Map<string, number>();
    const roleTexts = new Map<string, IndexedRole>();
    let count = 0;
    let quoteCount = 0;
    let roleCount = 0;
    for (const uri of a.docs) {
      const doc = this.docs.get(uri);
      if (!doc) continue;
      const d = this.entry(a, doc);
      count += d.mentions.length;
      quoteCount += d.quotes.length;
      roleCount += d.roles.length;
      for (const i of d.mentions) {
        const t = doc.actors.mention(i)!.text;
        spellings.set(t, (spellings.get(t) ?? 0) + 1);
      }
      if (top.length < K || byPath(d, top[top.length - 1]) < 0) {
        let at = top.length;
        while (at > 0 && byPath(d, top[at - 1]) < 0) at--;
        top.splice(at, 0, d);
        if (top.length > K) top.pop();
      }
      const roles = d.roles.length ? doc.actors.roles : [];
      for (const ri of d.roles) {
        const r = roles[ri];
        const prior = roleTexts.get(r.text);
        if ((!prior || byPath(d, prior) < 0) && (roleTexts.size < 50 || prior)) roleTexts.set(r.text, { uri: d.uri, path: d.path, text: r.text, start: r.start, end: r.end });
      }
    }
    const articles = top.map((d) => ({ uri: d.uri, path: d.path, count: d.mentions.length }));
    const quotes: IndexedQuote[] = [];
    let name: string | undefined;
    let introduced: ActorSummary['introduced'];
    for (const d of top) {
      const doc = this.docs.get(d.uri)!;
      for (const i of d.mentions) {
        const m = doc.actors.mention(i)!;
        name ??= m.name;
        if (!introduced && m.via !== 'short') introduced = { uri: d.uri, path: d.path, start: m.start, end: m.end, text: m.text };
      }
      const docQuotes = d.quotes.length && quotes.length < 10 ? doc.actors.quotes : [];
      for (const qi of d.quotes) {
        if (quotes.length >= 10) break;
        const q = docQuotes[qi];
        quotes.push({ uri: d.uri, path: d.path, start: q.start, end: q.end, text: doc.text.slice(q.inner.start, q.inner.end) });
      }
    }
    if (!introduced && top[0]) {
      const doc = this.docs.get(top[0].uri)!;
      const m = doc.actors.mention(top[0].mentions[0]);
      if (m) introduced = { uri: top[0].uri, path: top[0].path, start: m.start, end: m.end, text: m.text };
    }
    const s: ActorSummary = {
      key,
      name: name ?? key,
      kind: a.kind,
      registryId: a.registryId,
      count,
      articleCount: a.docs.size,
      articles,
      spellings: [...spellings].map(([text, c]) => ({ text, count: c })).sort((x, y) => y.count - x.count || (x.text < y.text ? -1 : x.text > y.text ? 1 : 0)),
      roles: [...roleTexts.values()].sort(byPath),
      roleCount,
      quotes,
      quoteCount,
      introduced,
    };
    this.summaries.set(key, s);
    return s;
  }

  /**
   * Actors whose name may be a spelling variant of `name` (same kind), most
   * mentioned first; registry actors before others. Never the actor itself.
   */
  variantsOf(name: string, kind: ActorKind, exceptKey?: string): string[] {
    const out: { key: string; reg: boolean; count: number }[] = [];
    for (const k of this.variantKeysOf(name, kind)) {
      if (k === exceptKey) continue;
      const a = this.byKey.get(k)!;
      out.push({ key: k, reg: !!a.registryId, count: this.summaries.get(k)?.count ?? this.mentionCount(a) });
    }
    out.sort((x, y) => Number(y.reg) - Number(x.reg) || y.count - x.count || (x.key < y.key ? -1 : 1));
    return out.map((x) => x.key);
  }

  /** Actors of the kind (no lone short forms) whose name may be a variant of `name`. */
  private variantKeysOf(name: string, kind: ActorKind): string[] {
    const ck = `${kind}\u0000${normalizeName(name)}`;
    const hit = this.variantKeys.get(ck);
    if (hit) return hit;
    const cands = new Set<string>();
    for (const t of nameTokens(name)) for (const k of this.byToken.get(t) ?? []) cands.add(k);
    const keys: string[] = [];
    for (const k of cands) {
      if (k.startsWith('short:')) continue;
      const a = this.byKey.get(k);
      if (!a || a.kind !== kind) continue;
      if (isNameVariant(name, this.nameOf.get(k) ?? this.summary(k)!.name)) keys.push(k);
    }
    if (this.variantKeys.size >= 20000) this.variantKeys.clear();
    this.variantKeys.set(ck, keys);
    return keys;
  }

  /** Mentions of the actor in all articles (the summary's count, without the summary). */
  private mentionCount(a: IndexedActor): number {
    let count = 0;
    for (const uri of a.docs) {
      const doc = this.docs.get(uri);
      if (doc) count += doc.actors.mentionCountOfKey(a.mentionKey);
    }
    return count;
  }

  /** Fuzzy search for workspace symbols: "kirby" finds John Kirby. Best first. */
  search(query: string, limit = 200): ActorSummary[] {
    const q = normalizeName(query);
    const scored: { s: ActorSummary; score: number }[] = [];
    for (const key of this.byKey.keys()) {
      if (key.startsWith('short:')) continue;
      const s = this.summary(key)!;
      const score = q ? fuzzyScore(q, s) : 1;
      if (score > 0) scored.push({ s, score });
    }
    scored.sort((a, b) => b.score - a.score || b.s.count - a.s.count || (a.s.name < b.s.name ? -1 : 1));
    return scored.slice(0, limit).map((x) => x.s);
  }
}

function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** Score of a query against an actor's name and spellings: prefix of a word > substring > subsequence. */
export function fuzzyScore(q: string, s: { name: string; spellings: { text: string }[] }): number {
  let best = 0;
  for (const text of [s.name, ...s.spellings.map((x) => x.text)]) {
    const n = normalizeName(text);
    if (n === q) return 100;
    if (n.startsWith(q) || n.includes(` ${q}`)) best = Math.max(best, 80);
    else if (n.includes(q)) best = Math.max(best, 60);
    else if (subsequence(q.replace(/ /g, ''), n.replace(/ /g, ''))) best = Math.max(best, 20);
  }
  return best;
}

function subsequence(q: string, n: string): boolean {
  let j = 0;
  for (let i = 0; i < n.length && j < q.length; i++) if (n[i] === q[j]) j++;
  return j === q.length;
}

/** The actor at a position: a mention in an article, or an entry in the registry file. */
export interface ActorAt {
  key: string;
  uri: string;
  /** The mention (or registry name) span under the position. */
  span: { start: number; end: number };
  text: string;
  mention?: ActorMention;
  /** The registry entry id when the position is in the registry file. */
  registryId?: string;
}

export function actorAt(
  corpus: { registryFile?: { uri: string; text: string }; registry: { entries: { id: string; name: string; span: { start: number; end: number }; nameSpan: { start: number; end: number } }[] } },
  index: ActorIndex,
  uri: string,
  offset: number,
): ActorAt | undefined {
  const hit = index.mentionAt(uri, offset);
  if (hit) return { key: hit.key, uri, span: { start: hit.mention.start, end: hit.mention.end }, text: hit.mention.text, mention: hit.mention, registryId: hit.mention.registryId };
  const rf = corpus.registryFile;
  if (rf && rf.uri === uri) {
    for (const e of corpus.registry.entries) {
      if (offset >= e.span.start && offset <= e.span.end) {
        const span = offset >= e.nameSpan.start && offset <= e.nameSpan.end ? e.nameSpan : e.nameSpan;
        return { key: `reg:${e.id}`, uri, span, text: rf.text.slice(span.start, span.end), registryId: e.id };
      }
    }
  }
  return undefined;
}
