// Hover on an actor mention: who it is and what the corpus says about them.

import type { Corpus } from './corpus';
import type { ActorIndex, ActorSummary } from './actorIndex';
import { actorAt } from './actorIndex';
import type { Range } from './types';
import { LineIndex } from './text';

export interface ActorHover {
  /** Markdown. */
  markdown: string;
  range: Range;
}

const MAX_LIST = 5;

function linkOf(l: string): string {
  if (/^Q\d+$/.test(l)) return `[${l}](https://www.wikidata.org/wiki/${l})`;
  if (/^https?:\/\//.test(l)) return `<${l}>`;
  return l;
}

function quoteText(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 120 ? `${t.slice(0, 117)}…` : t;
}

function lineOf(corpus: Corpus, uri: string, offset: number): number {
  const doc = corpus.get(uri);
  return doc ? doc.lines.positionAt(offset).line + 1 : 0;
}

/** The markdown describing one actor (also used for a proposed variant). */
export function describeActor(corpus: Corpus, s: ActorSummary, heading = true): string[] {
  const entry = s.registryId ? corpus.registry.entries.find((e) => e.id === s.registryId) : undefined;
  const out: string[] = [];
  const name = entry?.name ?? s.name;
  if (heading) out.push(`**${name}** · ${s.kind}${entry ? ` · registry \`${entry.id}\`` : ' · not in the registry'}`);
  if (entry?.description) out.push('', entry.description);
  const roles: string[] = [];
  // A role the registry gives and an article states is one line, with both sources.
  const roleKey = (t: string) => t.toLowerCase().replace(/^(the|a|an)\s+/, '').replace(/\s+/g, ' ').trim();
  const registered = new Map<string, number>();
  for (const r of entry?.roles ?? []) {
    registered.set(roleKey(r), roles.length);
    roles.push(`- ${r} *(registry)*`);
  }
  const seen = new Set<string>();
  for (const r of s.roles) {
    const k = `${r.text}\u0000${r.path}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const at = registered.get(roleKey(r.text));
    if (at !== undefined && !roles[at].includes('stated in')) roles[at] = roles[at].replace(/\*\(registry\)\*$/, `*(registry; stated in ${r.path})*`);
    else if (at === undefined) roles.push(`- ${r.text} — *${r.path}*`);
  }
  if (roles.length) out.push('', 'Roles:', ...roles.slice(0, 8));
  out.push('', `Spellings seen: ${s.spellings.map((x) => `${x.text} (${x.count})`).join(', ')}`);
  const arts = s.articles.slice(0, MAX_LIST).map((a) => `${a.path} (${a.count})`).join(', ');
  out.push('', `Mentioned ${s.count} time${s.count === 1 ? '' : 's'} in ${s.articleCount} article${s.articleCount === 1 ? '' : 's'}: ${arts}${s.articleCount > MAX_LIST ? ', …' : ''}`);
  if (s.introduced) out.push('', `Introduced in ${s.introduced.path}, line ${lineOf(corpus, s.introduced.uri, s.introduced.start)}: "${s.introduced.text}"`);
  if (s.quotes.length) {
    out.push('', `Quotes attributed: ${s.quoteCount}`);
    for (const q of s.quotes.slice(0, 3)) out.push(`- “${quoteText(q.text)}” — *${q.path}*`);
  }
  if (entry?.links.length) out.push('', `Links: ${entry.links.map(linkOf).join(', ')}`);
  return out;
}

export function actorHover(corpus: Corpus, index: ActorIndex, uri: string, offset: number): ActorHover | undefined {
  const at = actorAt(corpus, index, uri, offset);
  if (!at) return undefined;
  const s = index.summary(at.key);
  const lines = corpus.get(uri)?.lines ?? (corpus.registryFile?.uri === uri ? corpus.registryFile.lines : new LineIndex(''));
  const range = lines.rangeOf(at.span);
  if (!s) {
    // a registry entry no article mentions
    const e = corpus.registry.entries.find((x) => x.id === at.registryId);
    if (!e) return undefined;
    const md = [`**${e.name}** · ${e.kind} · registry \`${e.id}\``, ...(e.description ? ['', e.description] : []), '', 'Not mentioned in any article.'];
    return { markdown: md.join('\n'), range };
  }
  const md = describeActor(corpus, s);
  if (at.mention?.via === 'short') md.splice(1, 0, '', `"${at.mention.text}" here is a short form of ${s.name}.`);
  // A spelling variant: proposed, never merged.
  if (!s.registryId && s.kind !== 'place') {
    const doc = corpus.get(uri);
    const proposal = doc?.actors.variants?.find((v) => v.key === at.mention?.key);
    const otherKey = proposal ? `reg:${proposal.registryId}` : index.variantsOf(s.name, s.kind, s.key)[0];
    const other = otherKey ? index.summary(otherKey) : undefined;
    const otherName = other?.name ?? proposal?.canonical;
    if (otherName) {
      md.push('', '---', '', `Possibly the same as **${otherName}** (a spelling variant; proposed, not merged):`, '');
      if (other) md.push(...describeActor(corpus, other));
      else if (proposal) {
        const e = corpus.registry.entries.find((x) => x.id === proposal.registryId);
        if (e) md.push(`**${e.name}** · ${e.kind} · registry \`${e.id}\``, ...(e.roles.length ? ['', 'Roles:', ...e.roles.map((r) => `- ${r} *(registry)*`)] : []));
      }
    }
  }
  return { markdown: md.join('\n'), range };
}
