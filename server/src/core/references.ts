// Find all references of an actor: every mention in every article, plus the
// registry entry's name when the declaration is included.

import type { Corpus } from './corpus';
import type { ActorIndex } from './actorIndex';
import { actorAt } from './actorIndex';
import type { ActorLocation } from './definition';

export function actorReferences(corpus: Corpus, index: ActorIndex, uri: string, offset: number, includeDeclaration: boolean): ActorLocation[] {
  const at = actorAt(corpus, index, uri, offset);
  if (!at) return [];
  const out: ActorLocation[] = [];
  const rf = corpus.registryFile;
  if (includeDeclaration && at.registryId && rf) {
    const e = corpus.registry.entries.find((x) => x.id === at.registryId);
    if (e) out.push({ uri: rf.uri, range: rf.lines.rangeOf(e.nameSpan) });
  }
  for (const { doc, mention } of index.mentions(at.key)) out.push({ uri: doc.uri, range: doc.lines.rangeOf(mention) });
  return out;
}
