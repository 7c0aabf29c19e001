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
  /**
   * The articles of `docs` by uri, sorted by path: made on first use (for an actor
   * of more than SORTED_FROM articles, on its first summary), then kept sorted as an
   * article enters or leaves `docs` (an article analysed again keeps its place).
   */
  byPath?: string[];
  /**
   * Counted by difference as articles come and go, so a summary never reads every
   * article that mentions the actor (a country in half of 10k articles took about
   * 10 ms a summary): mentions, mentions of each spelling, roles and quotes.
   */
  count: number;
  spellings: Map<string, number>;
  roleCount: number;
  quoteCount: number;
  /** The articles of `docs` that state a role of the actor, in the order they came in (undefined: none). */
  roleDocs?: Set<string>;
}

/** An article's mentions of one actor: the first, and every mention's spelling. */
interface KeyMentions {
  first: ActorMention;
  texts: string[];
}

/** Indexes of the items (roles, quotes) that carry `key`, in order. */
function indexesOfKey(items: readonly { key: string }[], key: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < items.length; i++) if (items[i].key === key) out.push(i);
  return out;
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
    const known = this.docs.get(doc.uri);
    if (known) return this.replace(known, doc);
    this.docs.set(doc.uri, doc);
    const keys = this.keysOf(doc);
    for (const [key, k] of keys) this.enter(key, k.first, doc.uri);
    this.tally(doc, keys, 1);
  }

  remove(doc: DocumentAnalysis): void {
    const known = this.docs.get(doc.uri);
    if (!known) return;
    const keys = this.keysOf(known);
    this.tally(known, keys, -1);
    this.docs.delete(known.uri);
    for (const key of keys.keys()) this.leave(key, known.uri);
  }

  /** An article analysed again: what it says is counted anew; actors it mentions in both keep its place among their articles. */
  replace(old: DocumentAnalysis, doc: DocumentAnalysis): void {
    const known = this.docs.get(old.uri);
    if (!known || known.uri !== doc.uri) {
      this.remove(old);
      this.add(doc);
      return;
    }
    const before = this.keysOf(known);
    const after = this.keysOf(doc);
    this.tally(known, before, -1);
    this.docs.set(doc.uri, doc);
    for (const key of before.keys()) if (!after.has(key)) this.leave(key, doc.uri);
    for (const [key, k] of after) {
      if (before.has(key)) this.summaries.delete(key);
      else this.enter(key, k.first, doc.uri);
    }
    this.tally(doc, after, 1);
  }

  /** The index keys of the article's mentions, each with its first mention and the spelling of every mention (one pass over the mentions). */
  private keysOf(doc: DocumentAnalysis): Map<string, KeyMentions> {
    const keys = new Map<string, KeyMentions>();
    for (const m of doc.actors?.mentions ?? []) {
      const key = indexKey(doc.uri, m);
      const k = keys.get(key);
      if (k) k.texts.push(m.text);
      else keys.set(key, { first: m, texts: [m.text] });
    }
    return keys;
  }

  /** The article `uri` mentions the actor `key` (`m`, one of its mentions). */
  private enter(key: string, m: ActorMention, uri: string): void {
    let a = this.byKey.get(key);
    if (!a) {
      a = { key, mentionKey: m.key, kind: m.kind, registryId: m.registryId, docs: new Set(), count: 0, spellings: new Map(), roleCount: 0, quoteCount: 0 };
      this.byKey.set(key, a);
      this.nameOf.set(key, m.name);
      if (this.variantKeys.size) this.variantKeys.clear();
      for (const t of nameTokens(m.name)) {
        let s = this.byToken.get(t);
        if (!s) this.byToken.set(t, (s = new Set()));
        s.add(key);
      }
    }
    if (!a.docs.has(uri)) {
      a.docs.add(uri);
      if (a.byPath) this.placeByPath(a.byPath, uri);
    }
    this.summaries.delete(key);
  }

  /** Puts `uri` (an article in the index) in its place in a list sorted by path: after the articles of the same path, as a stable sort of the actor's articles would. */
  private placeByPath(byPath: string[], uri: string): void {
    const path = this.docs.get(uri)!.path;
    const at = partitionPoint(byPath.length, (i) => this.docs.get(byPath[i])!.path <= path);
    if (at === byPath.length) byPath.push(uri);
    else byPath.splice(at, 0, uri);
  }

  /** The article `uri` no longer mentions the actor `key`. */
  private leave(key: string, uri: string): void {
    const a = this.byKey.get(key);
    if (!a) return;
    a.docs.delete(uri);
    if (a.byPath) {
      const at = a.byPath.indexOf(uri);
      if (at >= 0) a.byPath.splice(at, 1);
    }
    this.summaries.delete(key);
    if (a.docs.size === 0) {
      this.byKey.delete(key);
      if (this.variantKeys.size) this.variantKeys.clear();
      for (const t of nameTokens(this.nameOf.get(key)!)) {
        const s = this.byToken.get(t);
        s?.delete(key);
        if (s && s.size === 0) this.byToken.delete(t);
      }
      this.nameOf.delete(key);
    }
  }

  /**
   * Adds (`sign` 1) or takes away (-1) what the article says of each actor it
   * mentions (`keys`): mentions by spelling, roles, quotes. Roles and quotes of an
   * actor the article does not mention are not its.
   */
  private tally(doc: DocumentAnalysis, keys: ReadonlyMap<string, KeyMentions>, sign: 1 | -1): void {
    const acts = doc.actors;
    if (!acts) return;
    const uri = doc.uri;
    for (const [key, k] of keys) {
      const a = this.byKey.get(key)!;
      a.count += sign * k.texts.length;
      for (const text of k.texts) {
        const c = (a.spellings.get(text) ?? 0) + sign;
        if (c > 0) a.spellings.set(text, c);
        else a.spellings.delete(text);
      }
    }
    for (const r of acts.roles) {
      const key = indexKey(uri, r);
      if (!keys.has(key)) continue;
      const a = this.byKey.get(key)!;
      a.roleCount += sign;
      if (sign > 0) (a.roleDocs ??= new Set()).add(uri);
      else if (a.roleDocs?.delete(uri) && a.roleDocs.size === 0) a.roleDocs = undefined;
    }
    for (const q of acts.quotes) {
      const key = indexKey(uri, q);
      if (keys.has(key)) this.byKey.get(key)!.quoteCount += sign;
    }
  }

  /** What the actor is in the article (its mentions, roles and quotes there), read from the analysis. */
  entry(a: IndexedActor, doc: DocumentAnalysis): ActorDocEntry {
    return { uri: doc.uri, path: doc.path, mentions: doc.actors.mentionsOfKey(a.mentionKey), roles: indexesOfKey(doc.actors.roles, a.mentionKey), quotes: indexesOfKey(doc.actors.quotes, a.mentionKey) };
  }

  /** The articles that mention the actor (in the index), sorted by path. */
  private docsByPath(a: IndexedActor): DocumentAnalysis[] {
    if (!a.byPath) this.sortByPath(a);
    const out: DocumentAnalysis[] = [];
    for (const uri of a.byPath!) {
      const doc = this.docs.get(uri);
      if (doc) out.push(doc);
    }
    return out;
  }

  /** Sorts the actor's articles by path, kept from now on as articles come and go (`enter`, `leave`). */
  private sortByPath(a: IndexedActor): void {
    const docs: DocumentAnalysis[] = [];
    for (const uri of a.docs) {
      const doc = this.docs.get(uri);
      if (doc) docs.push(doc);
    }
    a.byPath = docs.sort(byPath).map((d) => d.uri);
  }

  /** The first `k` articles by path that mention the actor, without sorting them all when they are not sorted yet. */
  private firstByPath(a: IndexedActor, k: number): DocumentAnalysis[] {
    const top: DocumentAnalysis[] = [];
    // an actor of many articles is sorted once: each edit of an article that mentions it asks again
    if (!a.byPath && a.docs.size > SORTED_FROM) this.sortByPath(a);
    if (a.byPath) {
      for (const uri of a.byPath) {
        if (top.length >= k) break;
        const doc = this.docs.get(uri);
        if (doc) top.push(doc);
      }
      return top;
    }
    for (const uri of a.docs) {
      const d = this.docs.get(uri);
      if (!d) continue;
      if (top.length < k || byPath(d, top[top.length - 1]) < 0) {
        let at = top.length;
        while (at > 0 && byPath(d, top[at - 1]) < 0) at--;
        top.splice(at, 0, d);
        if (top.length > k) top.pop();
      }
    }
    return top;
  }

  /** The actor in each article that mentions it, sorted by path. */
  entriesByPath(key: string): ActorDocEntry[] {
    const a = this.byKey.get(key);
    return a ? this.docsByPath(a).map((doc) => this.entry(a, doc)) : [];
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
    const top = this.firstByPath(a, K).map((doc) => this.entry(a, doc));
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
      count: a.count,
      articleCount: a.docs.size,
      articles,
      spellings: [...a.spellings].map(([text, c]) => ({ text, count: c })).sort((x, y) => y.count - x.count || (x.text < y.text ? -1 : x.text > y.text ? 1 : 0)),
      roles: this.roleTexts(a),
      roleCount: a.roleCount,
      quotes,
      quoteCount: a.quoteCount,
      introduced,
    };
    this.summaries.set(key, s);
    return s;
  }

  /** Distinct role texts (up to 50), each with the first article by path that states it; read from the articles that state one. */
  private roleTexts(a: IndexedActor): IndexedRole[] {
    const MAX = 50;
    const roleDocs = a.roleDocs;
    if (!roleDocs) return [];
    const texts = new Map<string, IndexedRole>();
    // Which fifty are kept depends on the order the articles are read in: when a text is left out, they are read
    // again in the order of `docs` (an article that began to state a role after it came in is later in `roleDocs`).
    const read = (uris: Iterable<string>): boolean => {
      let full = false;
      for (const uri of uris) {
        if (!roleDocs.has(uri)) continue;
        const doc = this.docs.get(uri);
        if (!doc) continue;
        const roles = doc.actors.roles;
        for (const r of roles) {
          if (r.key !== a.mentionKey) continue;
          const prior = texts.get(r.text);
          if (!prior && texts.size >= MAX) full = true;
          else if (!prior || byPath(doc, prior) < 0) texts.set(r.text, { uri, path: doc.path, text: r.text, start: r.start, end: r.end });
        }
      }
      return full;
    };
    if (read(roleDocs)) {
      texts.clear();
      read(a.docs);
    }
    return [...texts.values()].sort(byPath);
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
      out.push({ key: k, reg: !!a.registryId, count: a.count });
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

/** How many articles an actor is in before its articles are kept sorted by path (a pass over fewer costs less than the list). */
const SORTED_FROM = 64;

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
