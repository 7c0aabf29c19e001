// Go to definition on an actor mention: its registry entry's name when
// registered, else the mention that introduces the actor in the corpus.

import type { Corpus } from './corpus';
import type { ActorIndex } from './actorIndex';
import { actorAt } from './actorIndex';
import type { Range } from './types';

export interface ActorLocation {
  uri: string;
  range: Range;
}

export function actorDefinition(corpus: Corpus, index: ActorIndex, uri: string, offset: number): ActorLocation[] {
  const at = actorAt(corpus, index, uri, offset);
  if (!at) return [];
  const rf = corpus.registryFile;
  if (at.registryId && rf) {
    const e = corpus.registry.entries.find((x) => x.id === at.registryId);
    if (e) return [{ uri: rf.uri, range: rf.lines.rangeOf(e.nameSpan) }];
  }
  const intro = index.summary(at.key)?.introduced;
  if (!intro) return [];
  const doc = corpus.get(intro.uri);
  if (!doc) return [];
  return [{ uri: intro.uri, range: doc.lines.rangeOf(intro) }];
}
