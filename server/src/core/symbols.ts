// Workspace symbols (every actor, fuzzy query) and document symbols (the
// article's outline: headline, actors, quotations).

import type { Corpus } from './corpus';
import type { ActorIndex } from './actorIndex';
import type { ActorKind } from './registry';
import type { Range } from './types';

export interface ActorSymbol {
  name: string;
  kind: ActorKind;
  /** What the symbol list shows next to the name. */
  containerName: string;
  location: { uri: string; range: Range };
  key: string;
}

/** All actors matching `query` (fuzzy; empty query: all), best first, each at its introduction or registry entry. */
export function workspaceActorSymbols(corpus: Corpus, index: ActorIndex, query: string, limit = 500): ActorSymbol[] {
  const out: ActorSymbol[] = [];
  const rf = corpus.registryFile;
  for (const s of index.search(query, limit)) {
    const entry = s.registryId ? corpus.registry.entries.find((e) => e.id === s.registryId) : undefined;
    let location: ActorSymbol['location'] | undefined;
    if (entry && rf) location = { uri: rf.uri, range: rf.lines.rangeOf(entry.nameSpan) };
    else if (s.introduced) {
      const doc = corpus.get(s.introduced.uri);
      if (doc) location = { uri: doc.uri, range: doc.lines.rangeOf(s.introduced) };
    }
    if (!location) continue;
    out.push({ name: entry?.name ?? s.name, kind: s.kind, containerName: `${s.kind} · ${s.articleCount} article${s.articleCount === 1 ? '' : 's'}`, location, key: s.key });
  }
  return out;
}

export type OutlineKind = 'headline' | 'person' | 'organization' | 'place' | 'quotation' | 'actors' | 'quotations';

export interface OutlineSymbol {
  name: string;
  detail: string;
  kind: OutlineKind;
  range: Range;
  selectionRange: Range;
  children: OutlineSymbol[];
}

/** The article's outline: its headline, then its actors (first mention) and its quotations. */
export function documentOutline(corpus: Corpus, uri: string): OutlineSymbol[] {
  const doc = corpus.get(uri);
  if (!doc) return [];
  const out: OutlineSymbol[] = [];
  const segs = doc.segmentation.sentences;
  const head = segs.find((s) => s.kind === 'headline' && doc.text.slice(s.start, s.end).trim().split(/\s+/).length >= 3) ?? segs.find((s) => s.kind !== 'furniture');
  if (head) {
    const r = doc.lines.rangeOf(head);
    out.push({ name: doc.text.slice(head.start, head.end).trim() || '(headline)', detail: 'headline', kind: 'headline', range: r, selectionRange: r, children: [] });
  }
  const actors = doc.actors.actors ?? [];
  if (actors.length) {
    const children: OutlineSymbol[] = [];
    for (const a of actors) {
      if (a.key.startsWith('short:') && a.count === 0) continue;
      const m = doc.actors.mention(a.first);
      if (!m) continue;
      const r = doc.lines.rangeOf(m);
      children.push({ name: a.name, detail: `${a.kind} · ${a.count} mention${a.count === 1 ? '' : 's'}`, kind: a.kind, range: r, selectionRange: r, children: [] });
    }
    const whole = spanRange(doc, children);
    if (children.length) out.push({ name: 'Actors', detail: `${children.length}`, kind: 'actors', range: whole, selectionRange: children[0].selectionRange, children });
  }
  const attributions = doc.actors.quotes;
  const quotes = doc.segmentation.quotationCount ? doc.segmentation.quotations : attributions;
  if (quotes.length) {
    const children: OutlineSymbol[] = [];
    for (const q of quotes) {
      const inner = doc.text.slice(q.inner.start, q.inner.end).replace(/\s+/g, ' ').trim();
      if (!inner) continue;
      const attributed = attributions.find((x) => x.start === q.start);
      const who = attributed ? doc.actors.mention(attributed.mention)?.name : undefined;
      const r = doc.lines.rangeOf(q);
      children.push({ name: `“${inner.length > 60 ? inner.slice(0, 57) + '…' : inner}”`, detail: who ? `— ${who}` : 'unattributed', kind: 'quotation', range: r, selectionRange: r, children: [] });
    }
    if (children.length) out.push({ name: 'Quotations', detail: `${children.length}`, kind: 'quotations', range: spanRange(doc, children), selectionRange: children[0].selectionRange, children });
  }
  return out;
}

function spanRange(_doc: unknown, children: OutlineSymbol[]): Range {
  if (!children.length) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  let start = children[0].range.start;
  let end = children[0].range.end;
  for (const c of children) {
    if (c.range.start.line < start.line || (c.range.start.line === start.line && c.range.start.character < start.character)) start = c.range.start;
    if (c.range.end.line > end.line || (c.range.end.line === end.line && c.range.end.character > end.character)) end = c.range.end;
  }
  return { start, end };
}
