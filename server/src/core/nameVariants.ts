// `name-variant` findings: a spelling that may be a variant or transliteration
// of a known actor's name (Kim Yo-yong ~ Kim Yo Jong, Park ~ Pak). Proposed,
// never merged: the quick fixes use the canonical spelling or record the alias.

import type { Corpus } from './corpus';
import type { ActorIndex } from './actorIndex';
import type { DocumentAnalysis } from './analyze';
import type { Finding, Severity } from './types';
import type { ActorMention } from './actors';

export interface NameVariantData {
  kind: 'name-variant';
  /** The spelling in the article. */
  text: string;
  /** The proposed canonical spelling. */
  canonical: string;
  /** Index key of the actor as written, and of the proposed actor. */
  key: string;
  canonicalKey: string;
  /** The registry entry of the canonical spelling, when registered (for "record alias"). */
  registryId?: string;
}

export interface VariantProposalFull extends NameVariantData {
  /** Indexes of the article's mentions with this spelling. */
  mentions: number[];
}

/** The proposals for one article: registry spellings first, then other actors of the corpus. */
export function variantProposals(corpus: Corpus, index: ActorIndex, doc: DocumentAnalysis): VariantProposalFull[] {
  const out: VariantProposalFull[] = [];
  const done = new Set<string>();
  for (const v of doc.actors.variants ?? []) {
    done.add(`${v.key}\u0000${v.text}`);
    out.push({ kind: 'name-variant', text: v.text, canonical: v.canonical, key: v.key, canonicalKey: `reg:${v.registryId}`, registryId: v.registryId, mentions: v.mentions });
  }
  let mentions: readonly ActorMention[] | undefined; // made once, when a spelling has a more canonical one (rare)
  for (const a of doc.actors.actors ?? []) {
    if (a.registryId || a.kind === 'place' || a.key.startsWith('short:')) continue;
    const mine = index.summary(a.key);
    for (const spelling of a.spellings) {
      if (done.has(`${a.key}\u0000${spelling}`)) continue;
      const cands = index.variantsOf(spelling, a.kind, a.key);
      const best = cands.map((k) => index.summary(k)!).find((o) => o && moreCanonical(o, mine));
      if (!best) continue;
      const ms = (mentions ??= doc.actors.mentions).flatMap((m, i) => (m.key === a.key && m.text === spelling ? [i] : []));
      if (!ms.length) continue;
      out.push({ kind: 'name-variant', text: spelling, canonical: best.name, key: a.key, canonicalKey: best.key, registryId: best.registryId, mentions: ms });
    }
  }
  return out;
}

/** The other spelling is the canonical one: registered, or in more articles, or more mentioned, or first by name. */
function moreCanonical(o: { registryId?: string; articleCount: number; count: number; name: string }, mine: { registryId?: string; articleCount: number; count: number; name: string } | undefined): boolean {
  if (!mine) return true;
  if (!!o.registryId !== !!mine.registryId) return !!o.registryId;
  if (o.articleCount !== mine.articleCount) return o.articleCount > mine.articleCount;
  if (o.count !== mine.count) return o.count > mine.count;
  return o.name < mine.name;
}

export function nameVariantFindings(corpus: Corpus, index: ActorIndex, doc: DocumentAnalysis, severity?: Severity | 'off'): Finding[] {
  const sev = severity ?? corpus.config.rules['name-variant'] ?? 'information';
  if (sev === 'off') return [];
  const findings: Finding[] = [];
  for (const p of variantProposals(corpus, index, doc)) {
    const { mentions, ...data } = p;
    for (const i of mentions) {
      const m = doc.actors.mention(i)!;
      findings.push({
        uri: doc.uri,
        range: doc.lines.rangeOf(m),
        severity: sev,
        code: 'name-variant',
        message: `"${m.text}" may be a spelling of "${p.canonical}"${p.registryId ? ` (registry: ${p.registryId})` : ''}; not merged. Use the canonical spelling, or record the alias in the registry if they are the same ${m.kind}.`,
        text: m.text,
        data: { ...data } satisfies NameVariantData,
      });
    }
  }
  findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return findings;
}
